using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// Grouping the 31,400 CHS-DRG 1.1 conformance cases: a whole batch with trace off (cases per second = 31,400 / mean),
/// a single case, and a batch with trace on. Memory diagnoser: bytes allocated per operation.
/// </summary>
[MemoryDiagnoser]
public class DrgGroupingBenchmarks
{
    private DrgGrouper _grouper = null!;
    private DrgCase[] _cases = null!;
    private DrgResult[] _results = null!;
    private DrgCase _single = null!;

    [GlobalSetup]
    public void Setup()
    {
        var scheme = DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11));
        _grouper = scheme.CreateGrouper();
        _cases = DrgCaseCsv.Parse(File.ReadAllText(Path.Combine(Fixtures.ChsDrg11, "cases.csv")), "cases.csv", out _).Select(r => r.Case!).ToArray();
        _results = new DrgResult[_cases.Length];
        _single = _cases.First(c => c.Diagnoses.Count == 4 && c.Procedures.Count == 2);
    }

    /// <summary>All 31,400 cases, trace off, into a preallocated result span.</summary>
    [Benchmark(OperationsPerInvoke = 31_400)]
    public void BatchPerCase() => _grouper.Group(_cases, _results);

    /// <summary>One case with four diagnoses and two procedures.</summary>
    [Benchmark]
    public DrgResult SingleCase() => _grouper.Group(_single);

    /// <summary>The same single case with the trace recorded.</summary>
    [Benchmark]
    public DrgResult SingleCaseWithTrace() => _grouper.Group(_single, includeTrace: true);
}
