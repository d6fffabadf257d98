using System.Collections.Immutable;
using FsCheck.Xunit;
using MedPay.Rules.Dip;
using static MedPay.Rules.Tests.Dip.DipCases;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// The invariants of issue 4 as FsCheck properties. Generated integers are mapped into the ranges that matter (costs 0 … ~300,000
/// yuan, coefficients 0.5 … 1.5). Monotonicity holds for the national / Node-DIP parameters and for the Jining "+ coefficient" high
/// formula with coefficients ≥ 0.5; it does NOT hold for Jining's extreme rule (score × coefficient above 5×, which drops the score
/// on purpose before special review) — docs/dip.md says so.
/// </summary>
public sealed class DipPropertyTests
{
    private static readonly DipCase[] Templates =
    {
        Case("K80.100", "51.2300", grade: "3"), Case("K80.100", "51.2300", grade: "2"), Case("I21.000", "36.0700", grade: "3"),
        Case("I21.000|R57.000", "", los: 9), Case("J18.900", "", grade: "1", ageYears: 0, ageDays: 100), Case("K35.800", "47.0100", grade: "2"),
        Case("C34.100|C78.000", "92.2400", grade: "3"), Case("K81.000", "51.2300", grade: "2"), Case("S72.000", "81.5100", ageYears: 80),
    };

    private static readonly DipParameters Jining = DipParameters.Default with { HighFormula = DipHighFormula.HospitalCoefficient, CoefficientAfterDeviation = false };

    private static decimal Cost(int a, int b) => Math.Abs(a % 3000) * 97m + Math.Abs(b % 100) * 0.01m;

    private static DipCase WithCost(DipCase c, decimal cost) => new()
    {
        HospitalGrade = c.HospitalGrade, AgeYears = c.AgeYears, AgeDays = c.AgeDays, LengthOfStayDays = c.LengthOfStayDays,
        Discharge = c.Discharge, Diagnoses = c.Diagnoses, Procedures = c.Procedures, TotalCost = cost,
    };

    [Property]
    public bool Case_score_is_non_decreasing_in_cost(int t, int a1, int a2, int b1, int b2, bool jining)
    {
        var engine = jining ? new DipEngine(DipCatalogue.Example.WithParameters(Jining)) : Engine;
        var template = Templates[Math.Abs(t % Templates.Length)];
        var low = Cost(a1, a2);
        var high = low + Cost(b1, b2);
        return engine.Evaluate(WithCost(template, low)).Score <= engine.Evaluate(WithCost(template, high)).Score;
    }

    [Property]
    public bool Scoring_formula_is_non_decreasing_in_cost_for_any_group(int s, int aux, int coef, int avg, int a1, int a2, int b1, int b2, bool jining)
    {
        var score = 1 + Math.Abs(s % 50000) / 10m;
        var auxiliary = 0.5m + Math.Abs(aux % 101) / 100m;
        var coefficient = 0.5m + Math.Abs(coef % 101) / 100m;
        var mean = 100m + Math.Abs(avg % 100000);
        var low = Cost(a1, a2);
        var high = low + Cost(b1, b2);
        var p = jining ? Jining : DipParameters.Default;
        return DipScoring.Compute(score, auxiliary, coefficient, low, mean, p).Score <= DipScoring.Compute(score, auxiliary, coefficient, high, mean, p).Score;
    }

    [Property]
    public bool High_formula_meets_the_normal_score_at_exactly_twice_the_mean(int s, int aux, int coef, int avg, bool jining)
    {
        // Normal score = score × aux × coefficient (the NotAssessed path computes the same product). At r = 2: (2 − 2 + 1) × C = C and
        // (2 − 2 + C) = C, so both the "+1" and the regional-coefficient variants meet it.
        var score = 1 + Math.Abs(s % 50000) / 10m;
        var auxiliary = 0.5m + Math.Abs(aux % 101) / 100m;
        var coefficient = 0.5m + Math.Abs(coef % 101) / 100m;
        var mean = 100m + Math.Abs(avg % 100000) / 100m;
        var p = jining ? Jining : DipParameters.Default;
        var atTwo = DipScoring.Compute(score, auxiliary, coefficient, 2 * mean, mean, p);
        var normal = DipScoring.Compute(score, auxiliary, coefficient, mean, mean, p);
        return atTwo.Deviation == DipDeviation.High && normal.Deviation == DipDeviation.Normal && atTwo.Score == normal.Score;
    }

    [Property]
    public bool Point_value_times_total_score_is_the_distributable_budget_to_the_fen(int[] scores, int available, int ratio)
    {
        if (scores is null || scores.Length == 0) return true;
        var cases = scores.Select((x, i) => new DipScoredCase("H" + (Math.Abs(x) % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (DipFund)(i % 3), 0.0001m + Math.Abs(x % 1000000) / 10000m)).ToArray();
        var input = new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(new DipFundBudget
            {
                FundAvailable = Math.Abs(available % 100000000) + Math.Abs(available % 97) / 100m,
                ReimbursementRatio = 0.5m + Math.Abs(ratio % 50) / 100m,
            }),
            Cases = cases,
        };
        var report = DipPointValues.YearEnd(input);
        var fund = report.Funds.Single();
        return Money.RoundToFen(fund.PointValue * fund.TotalScore) == fund.DistributableBudget
            && report.Hospitals.Sum(h => h.Payment) == fund.DistributableBudget
            && report.Hospitals.All(h => h.Payment == Money.RoundToFen(h.Payment) && h.Payment >= 0);
    }

    [Property]
    public bool Grouping_is_deterministic_in_single_and_batch_calls(int t, int a, int b)
    {
        var c = WithCost(Templates[Math.Abs(t % Templates.Length)], Cost(a, b));
        var first = Engine.Evaluate(c, new DipPointPrices(10m));
        var second = Engine.Evaluate(c, new DipPointPrices(10m));
        var batch = Engine.EvaluateAll(new[] { c, c }, new DipPointPrices(10m));
        return Same(first, second) && Same(first, batch[0]) && Same(first, batch[1]);
    }

    private static bool Same(DipCaseResult x, DipCaseResult y) =>
        x.Status == y.Status && ReferenceEquals(x.Group, y.Group) && ReferenceEquals(x.Auxiliary, y.Auxiliary) && x.Score == y.Score && x.Payment == y.Payment
        && x.Deviation == y.Deviation;

    [Property]
    public void Grouping_never_throws_on_arbitrary_input(string[] diagnoses, string[] procedures, int age, int days, int los, int discharge, decimal cost, string grade, decimal personal)
    {
        var c = new DipCase
        {
            Diagnoses = diagnoses, Procedures = procedures, AgeYears = age, AgeDays = days, LengthOfStayDays = los, Discharge = discharge,
            TotalCost = cost, HospitalGrade = grade, PersonalPayment = personal,
        };
        var result = Engine.Evaluate(c, new DipPointPrices(12.34m));
        var explanation = Engine.Explain(c, new DipPointPrices(12.34m));
        Assert.Equal(result.Status, explanation.Result.Status);
        Assert.Equal(result.Score, explanation.Result.Score);
    }

    [Property]
    public void Case_file_reader_never_throws(string text)
    {
        var run = DipRun.Execute(DipCatalogue.Example, text ?? string.Empty, "fuzz.csv", new DipPointPrices(10m));
        _ = run.ToCsv();
        _ = run.ToJson();
    }
}
