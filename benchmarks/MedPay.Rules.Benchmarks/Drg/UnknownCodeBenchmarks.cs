using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// Grouping cases whose codes the scheme does not know (issue 17, item B): the national CHS-DRG 1.1 conformance cases grouped
/// with the wrong scheme, the embedded 2.0 excerpt, so that ~99 % of them are invalid input with about five unknown codes each
/// (155,458 <c>CODE_UNKNOWN</c> issues over 30,615 cases); and, for comparison, the same cases with the national scheme. Per case,
/// trace off, through the span entry point; memory diagnoser: bytes per case.
/// </summary>
[MemoryDiagnoser]
public class UnknownCodeBenchmarks
{
    private DrgGrouper _wrong = null!;
    private DrgGrouper _right = null!;
    private DrgCase[] _cases = null!;
    private DrgResult[] _results = null!;

    /// <summary>The cases of the fixture, in file order.</summary>
    public const int BatchSize = 30_000;

    [GlobalSetup]
    public void Setup()
    {
        _wrong = DrgScheme.LoadDefault().CreateGrouper();
        _right = DrgScheme.Load(Fixtures.ChsDrg11).CreateGrouper();
        var all = DrgCaseCsv.Parse(File.ReadAllText(Path.Combine(Fixtures.ChsDrg11, "cases.csv")), "cases.csv", out _).Select(r => r.Case!).ToArray();
        _cases = Enumerable.Range(0, BatchSize).Select(i => all[i % all.Length]).ToArray();
        _results = new DrgResult[_cases.Length];
    }

    /// <summary>The national cases with the excerpt scheme: nearly every code unknown, nearly every case invalid input.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void WrongSchemePerCase() => _wrong.Group(_cases, _results);

    /// <summary>The same cases with their own scheme: every code known.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize, Baseline = true)]
    public void RightSchemePerCase() => _right.Group(_cases, _results);
}
