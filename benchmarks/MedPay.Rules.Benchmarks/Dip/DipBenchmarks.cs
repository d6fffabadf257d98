using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using MedPay.Rules.Dip;

namespace MedPay.Rules.Benchmarks.Dip;

/// <summary>
/// DIP grouping + scoring + payment on the embedded example catalogue (issue 4 target: ≥ 1,000,000 cases/s on one core), and the
/// year-end point value over 10 million scored cases (target: under 2 s). Cases cycle through templates that reach every kind of
/// group, auxiliary entries, the deviation branches and an ungrouped case. Memory diagnoser: bytes allocated per operation.
/// </summary>
[MemoryDiagnoser]
public class DipBenchmarks
{
    private const int BatchSize = 100_000;
    private const int YearCases = 10_000_000;

    private DipEngine _engine = null!;
    private DipCase[] _cases = null!;
    private DipCaseResult[] _results = null!;
    private DipPointPrices _prices = null!;
    private DipYearEndInput _year = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DipEngine(DipCatalogue.Example);
        _prices = new DipPointPrices(10.5m, employee: 11m, resident: 9.5m);
        var templates = new[]
        {
            Case("K80.100", "51.2300", 12000m, "3"), Case("K80.100|E87.100", "51.2300|51.4100", 30000m, "2"), Case("I21.000", "36.0700|00.2400", 41000m, "3"),
            Case("J18.900", "", 3900m, "1"), Case("C34.100|C78.000", "99.2501", 13000m, "3"), Case("K81.000", "51.2300", 16000m, "2"),
            Case("R50.900", "", 2000m, "1"), Case("S72.000", "81.5100", 43000m, "2"), Case("I21.100", "", 5000m, "2"), Case("K35.800", "47.0100", 7000m, "1"),
        };
        _cases = Enumerable.Range(0, BatchSize).Select(i => templates[i % templates.Length]).ToArray();
        _results = new DipCaseResult[BatchSize];

        var random = new Random(20261123);
        var hospitals = Enumerable.Range(0, 300).Select(i => "H" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var scored = new DipScoredCase[YearCases];
        for (var i = 0; i < scored.Length; i++)
        {
            scored[i] = new DipScoredCase(hospitals[(i / 1000) % hospitals.Length], (DipFund)(1 + (i % 2)), random.Next(100, 500000) / 100m, random.Next(0, 100000) / 100m);
        }

        _year = new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(
                new DipFundBudget { Fund = DipFund.Employee, FundAvailable = 9_000_000_000m, ReimbursementRatio = 0.8m },
                new DipFundBudget { Fund = DipFund.Resident, FundAvailable = 6_000_000_000m, ReimbursementRatio = 0.6m }),
            Cases = scored,
        };
    }

    /// <summary>Group, score and price 100,000 cases, trace off, into a preallocated buffer (time per case = mean).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public void GroupScoreAndPayPerCase() => _engine.EvaluateBatch(_cases, _results, _prices);

    /// <summary>One case with its full explanation (trace and zh/en steps): the interactive path.</summary>
    [Benchmark]
    public DipCaseExplanation ExplainOneCase() => _engine.Explain(_cases[1], _prices);

    /// <summary>Year-end floating point values and hospital payments over 10 million scored cases, 300 hospitals, two funds.</summary>
    [Benchmark]
    public DipYearEndReport YearEndTenMillionCases() => DipPointValues.YearEnd(_year);

    private static DipCase Case(string diagnoses, string procedures, decimal cost, string grade) => new()
    {
        HospitalGrade = grade, AgeYears = 50, LengthOfStayDays = 6, Discharge = 1, Fund = DipFund.Employee, TotalCost = cost, PersonalPayment = 1000m,
        Diagnoses = diagnoses.Split('|'), Procedures = procedures.Length == 0 ? Array.Empty<string>() : procedures.Split('|'),
    };
}
