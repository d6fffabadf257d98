using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// Grouping CHS-DRG 1.1 conformance cases, from the folder pack and from the workbook pack of the same scheme: a batch of <see cref="BatchSize"/> cases taken in file order from the fixture (repeated
/// from the start if the fixture holds fewer) with trace off (through the span entry point, and one case at a time for comparison), a single case, and the single case with trace on. Memory
/// diagnoser: bytes allocated per operation.
/// </summary>
[MemoryDiagnoser]
public class DrgGroupingBenchmarks
{
    private DrgGrouper _grouper = null!;
    private DrgCase[] _cases = null!;
    private DrgResult[] _results = null!;
    private DrgCase _single = null!;

    /// <summary>The number of cases of a batch: fixed, so that figures compare across fixture rebuilds.</summary>
    public const int BatchSize = 30_000;

    /// <summary>Where the scheme comes from: the folder pack, or the same scheme rendered as the official workbook (side by side).</summary>
    [Params("folder", "workbook")]
    public string Pack { get; set; } = "folder";

    [GlobalSetup]
    public void Setup()
    {
        var scheme = Pack == "workbook"
            ? DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11Workbook), MedPay.Rules.Workbooks.XlsxWorkbookReader.Instance)
            : DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11));
        _grouper = scheme.CreateGrouper();
        var all = DrgCaseCsv.Parse(File.ReadAllText(Path.Combine(Fixtures.ChsDrg11, "cases.csv")), "cases.csv", out _).Select(r => r.Case!).ToArray();
        _cases = Enumerable.Range(0, BatchSize).Select(i => all[i % all.Length]).ToArray();
        _results = new DrgResult[_cases.Length];
        _single = _cases.First(c => c.Diagnoses.Count == 4 && c.Procedures.Count == 2);
    }

    /// <summary><see cref="BatchSize"/> cases, trace off, into a preallocated result span.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void BatchPerCase() => _grouper.Group(_cases, _results);

    /// <summary>
    /// The same batch grouped one case at a time through <see cref="DrgGrouper.Group(DrgCase)"/>, as before 2026-12-02: no
    /// prefetching, so each case waits on the memory its codes touch (docs/performance.md, 2026-12-02).
    /// </summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void LoopPerCase()
    {
        for (var i = 0; i < _cases.Length; i++) _results[i] = _grouper.Group(_cases[i]);
    }

    /// <summary>One case with four diagnoses and two procedures.</summary>
    [Benchmark]
    public DrgResult SingleCase() => _grouper.Group(_single);

    /// <summary>The same single case with the trace recorded.</summary>
    [Benchmark]
    public DrgResult SingleCaseWithTrace() => _grouper.Group(_single, includeTrace: true);
}
