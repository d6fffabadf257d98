using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Reporting;
using MedPay.Rules.Tests.Reporting;

namespace MedPay.Rules.Benchmarks.Reporting;

/// <summary>
/// The HTML report of a year of 1,000,000 grouped and paid cases (issue 16 target: built in under 10 s, page under 5 MB). The cases are the
/// tests' made-up year (tests/MedPay.Rules.Tests/Reporting/SyntheticYear.cs, linked in), one hospital, twelve departments; grouping and
/// payment happen in the setup, so the figure is the report alone: the indicator and year-end code plus the writing. The page's size is
/// printed once in the setup. One launch, one warm-up, three measured runs: each run takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReportBenchmarks
{
    private ReportBuilder _builder = null!;

    [Params(1_000_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheme = DrgScheme.LoadDefault();
        var parameters = PaymentParameters.LoadDefault();
        var cases = SyntheticYear.Cases(Cases, 16, scheme, parameters);
        _builder = new ReportBuilder(scheme, parameters, cases) { Payments = SyntheticYear.Pay(cases, parameters) };
        Console.WriteLine($"// report page for {Cases:N0} cases: {System.Text.Encoding.UTF8.GetByteCount(_builder.ToHtml()):N0} bytes");
    }

    [Benchmark]
    public int BuildPage() => _builder.ToHtml().Length;
}
