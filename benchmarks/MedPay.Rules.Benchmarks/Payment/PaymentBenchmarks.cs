using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Benchmarks.Payment;

/// <summary>
/// DRG payment on the embedded example parameter pack (issue 5 target: ≥ 1,000,000 grouped cases/s on one core, allocation-free in
/// the batch path). Cases cycle through templates that reach normal, high and low outliers, an add-on, the long-stay exclusion, an
/// ungroupable case and both funds and three grades. Memory diagnoser: bytes allocated per operation.
/// </summary>
[MemoryDiagnoser]
public class PaymentBenchmarks
{
    private const int BatchSize = 100_000;

    private DrgPaymentEngine _engine = null!;
    private PaymentCase[] _cases = null!;
    private CasePayment[] _results = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parameters = PaymentParameters.LoadDefault();
        _engine = new DrgPaymentEngine(parameters);
        var daySurgery = parameters.FindAddOn("day_surgery")!.Bit;
        PaymentCase Case(string drg, decimal cost, string grade, InsuredFund fund, int los = 7, uint addOns = 0) => new()
        {
            DrgCode = drg, GroupingStatus = drg == DrgResult.UngroupableCode ? DrgGroupingStatus.Ungroupable : DrgGroupingStatus.Grouped,
            TotalCost = cost, PersonalPayment = cost / 5m, Grade = grade, Fund = fund, LengthOfStay = los, AddOns = addOns, Hospital = "H" + grade,
        };
        var templates = new[]
        {
            Case("HC25", 15000m, "3", InsuredFund.Employee), Case("HC25", 60000m, "3", InsuredFund.Employee), Case("HC23", 4000m, "2", InsuredFund.Resident),
            Case("CW19", 6000m, "1", InsuredFund.Resident, 1, daySurgery), Case("ET23", 13000m, "2", InsuredFund.Employee), Case("AH19", 240000m, "3", InsuredFund.Employee, 30),
            Case("0000", 9000m, "2", InsuredFund.Resident), Case("FV25", 5000m, "3", InsuredFund.Resident, 61), Case("HT11", 50000m, "3", InsuredFund.Resident),
            Case("OB19", 8800m, "1", InsuredFund.Employee),
        };
        _cases = Enumerable.Range(0, BatchSize).Select(i => templates[i % templates.Length]).ToArray();
        _results = new CasePayment[BatchSize];
    }

    /// <summary>Pay 100,000 grouped cases into a preallocated buffer (time per case = mean).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void PayPerCase() => _engine.PayBatch(_cases, _results);

    /// <summary>One case with its full explanation (every step in zh/en): the interactive path.</summary>
    [Benchmark]
    public PaymentExplanation ExplainOneCase() => _engine.Explain(_cases[1]);

    /// <summary>Year-end result by hospital, department and DRG over the 100,000 paid cases.</summary>
    [Benchmark]
    public int YearEndOf100000Cases() => HospitalYearResult.Compute(_cases, _results).Length;
}
