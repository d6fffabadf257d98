using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Dip;
using static MedPay.Rules.Tests.Dip.DipCases;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// The invariants of DIP scoring and year-end settlement as FsCheck properties. The generators are explicit. The ones they replace drew
/// costs as 97 × k + cents, which is never exactly 0.5 or 2 times any reference mean of the example catalogue, and year-end scores that
/// were never 0 with no own payments at all, so neither a case on a bound nor a negative fund share could ever be generated. Here a cost
/// is drawn as a ratio r of the case's reference mean, with r = 0, 0.5, 1, 2 and 5 themselves drawn often and r anywhere in [0, 8)
/// otherwise; year-end cases include score-0 (not grouped) cases and own payments up to 100,000 yuan.
/// <see cref="Generators_reach_every_deviation_class_and_both_exact_bounds"/> and
/// <see cref="Year_end_generator_reaches_uncovered_own_payments_and_remainder_fen"/> check that they do.
/// Monotonicity holds for the national / Node-DIP parameters, for the Jining "+ coefficient" high formula with coefficients ≥ 0.5 and for
/// both readings of the subtype reference; it does NOT hold for Jining's extreme rule (score × coefficient above 5×, which drops the
/// score on purpose before special review) — docs/dip.md says so.
/// </summary>
public sealed class DipPropertyTests
{
    private static readonly DipCase[] Templates =
    {
        Case("K80.100", "51.2300", grade: "3"), Case("K80.100", "51.2300", grade: "2"), Case("I21.000", "36.0700", grade: "3"),
        Case("I21.000|R57.000", "", los: 9), Case("I21.000", "", los: 2, discharge: 5), Case("J18.900", "", grade: "1", ageYears: 0, ageDays: 100),
        Case("K35.800", "47.0100", grade: "2"), Case("C34.100|C78.000", "92.2400", grade: "3"), Case("C34.100", "99.2501", grade: "2"),
        Case("K81.000", "51.2300", grade: "2"), Case("S72.000", "81.5100", ageYears: 80),
    };

    private static readonly DipParameters NodeDip = DipParameters.Default with { LowInclusive = true, HighInclusive = true };

    private static readonly DipParameters Jining = DipParameters.Default with { HighFormula = DipHighFormula.HospitalCoefficient, CoefficientAfterDeviation = false };

    private static readonly DipParameters[] Variants =
    {
        DipParameters.Default, NodeDip, Jining, Jining with { LowInclusive = true, HighInclusive = true },
        DipParameters.Default with { DeviationReference = DipDeviationReference.Group },
    };

    private static readonly DipEngine[] Engines = Variants.Select(v => new DipEngine(DipCatalogue.Example.WithParameters(v))).ToArray();

    /// <summary>r = cost ÷ reference mean: the bounds and the extreme threshold exactly, or anything in [0, 8) to the thousandth.</summary>
    private static readonly Gen<decimal> Ratio = Gen.Frequency(
        (1, Gen.Elements(0m, 0.5m, 1m, 2m, 5m)),
        (3, Gen.Choose(0, 8000).Select(k => k / 1000m)));

    private static readonly Gen<(int Engine, int Template, decimal R1, decimal R2, decimal OwnShare)> CaseDraw =
        from engine in Gen.Choose(0, Engines.Length - 1)
        from template in Gen.Choose(0, Templates.Length - 1)
        from r1 in Ratio
        from r2 in Ratio
        from own in Gen.Choose(0, 1500)
        select (engine, template, Math.Min(r1, r2), Math.Max(r1, r2), own / 1000m);

    private static decimal ReferenceOf(DipEngine engine, DipCase c) => engine.Evaluate(c).ScoreDetail.ReferenceCost!.Value;

    private static DipCase WithCost(DipCase c, decimal cost, decimal? personal = null) => new()
    {
        HospitalGrade = c.HospitalGrade, AgeYears = c.AgeYears, AgeDays = c.AgeDays, LengthOfStayDays = c.LengthOfStayDays,
        Discharge = c.Discharge, Diagnoses = c.Diagnoses, Procedures = c.Procedures, TotalCost = cost, PersonalPayment = personal,
    };

    [Fact]
    public void Generators_reach_every_deviation_class_and_both_exact_bounds()
    {
        // A generator that cannot reach the high side, or never hits r = 0.5 or r = 2 exactly, makes the properties below vacuous there.
        var draws = CaseDraw.Sample(50, new Rnd(20261201UL), 2000);
        var seen = new HashSet<(DipDeviation, decimal?)>();
        var classes = new HashSet<DipDeviation>();
        foreach (var (e, t, r1, _, _) in draws)
        {
            var engine = Engines[e];
            var result = engine.Evaluate(WithCost(Templates[t], ReferenceOf(engine, Templates[t]) * r1));
            classes.Add(result.Deviation);
            if (r1 is 0.5m or 2m) seen.Add((result.Deviation, r1));
        }

        Assert.Superset(new HashSet<DipDeviation> { DipDeviation.Low, DipDeviation.Normal, DipDeviation.High, DipDeviation.Extreme }, classes);
        // exactly on a bound: normal under the national bounds, low / high under Node-DIP's inclusive ones
        Assert.Superset(new HashSet<(DipDeviation, decimal?)> { (DipDeviation.Normal, 0.5m), (DipDeviation.Normal, 2m), (DipDeviation.Low, 0.5m), (DipDeviation.High, 2m) }, seen);
        Assert.Contains(draws, d => Templates[d.Template].Diagnoses.Count > 1 && d.R1 > 2m); // a subtype case on the high side
    }

    [Property(MaxTest = 500)]
    public Property Case_score_is_non_decreasing_in_cost_and_the_fund_share_stays_within_the_payment() =>
        Prop.ForAll(Arb.From(CaseDraw), draw =>
        {
            var engine = Engines[draw.Engine];
            var template = Templates[draw.Template];
            var reference = ReferenceOf(engine, template);
            var prices = new DipPointPrices(10.5m);
            var low = engine.Evaluate(WithCost(template, reference * draw.R1), prices);
            // own payment drawn as 0 … 1.5 × the cost, so that it can exceed the DIP payment
            var high = engine.Evaluate(WithCost(template, reference * draw.R2, Money.RoundToFen(reference * draw.R2 * draw.OwnShare)), prices);
            return (low.Score <= high.Score && high.FundShare >= 0m && high.FundShare <= high.Payment)
                .Label($"variant {draw.Engine}, template {draw.Template}, r {draw.R1} → {low.Score}, r {draw.R2} → {high.Score}, fund share {high.FundShare} of {high.Payment}");
        });

    private static readonly Gen<(DipParameters P, decimal Score, decimal Aux, decimal Coef, decimal Mean, decimal R1, decimal R2)> FormulaDraw =
        from p in Gen.Elements(Variants.Take(4).ToArray())
        from score in Gen.Choose(1, 500000)
        from aux in Gen.Choose(50, 200)
        from coef in Gen.Choose(50, 150)
        from mean in Gen.Choose(10000, 20000000)
        from r1 in Ratio
        from r2 in Ratio
        select (p, score / 100m, aux / 100m, coef / 100m, mean / 100m, Math.Min(r1, r2), Math.Max(r1, r2));

    [Property(MaxTest = 500)]
    public Property Scoring_formula_is_non_decreasing_in_cost_for_any_group() =>
        Prop.ForAll(Arb.From(FormulaDraw), d =>
        {
            var low = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * d.R1, d.Mean, d.P);
            var high = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * d.R2, d.Mean, d.P);
            return (low.Score <= high.Score).Label($"r {d.R1} → {low.Score} ({low.Deviation}), r {d.R2} → {high.Score} ({high.Deviation})");
        });

    [Property(MaxTest = 300)]
    public Property Exactly_on_a_bound_the_national_reading_is_normal_and_the_inclusive_one_deviates() =>
        Prop.ForAll(Arb.From(FormulaDraw), d =>
        {
            // primer §3.7: national r < 0.5 / r > 2, Node-DIP r ≤ 0.5 / r ≥ 2; unrounded so that the relations below are exact.
            var strict = DipParameters.Default with { ScoreDecimals = null };
            var inclusive = strict with { LowInclusive = true, HighInclusive = true };
            var normal = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean, d.Mean, strict);
            var strictHalf = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * 0.5m, d.Mean, strict);
            var strictTwo = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * 2m, d.Mean, strict);
            var inclusiveHalf = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * 0.5m, d.Mean, inclusive);
            var inclusiveTwo = DipScoring.Compute(d.Score, d.Aux, d.Coef, d.Mean * 2m, d.Mean, inclusive);
            // At r = 2 the high formula (2 − 2 + 1) gives the normal score (continuous); at r = 0.5 the low one gives half of it (a jump).
            return (strictHalf.Deviation == DipDeviation.Normal && strictTwo.Deviation == DipDeviation.Normal
                    && strictHalf.Score == normal.Score && strictTwo.Score == normal.Score
                    && inclusiveHalf.Deviation == DipDeviation.Low && inclusiveHalf.Score * 2 == normal.Score
                    && inclusiveTwo.Deviation == DipDeviation.High && inclusiveTwo.Score == normal.Score)
                .Label($"normal {normal.Score}; strict {strictHalf.Score}/{strictTwo.Score}; inclusive {inclusiveHalf.Score}/{inclusiveTwo.Score}");
        });

    private static Gen<DipScoredCase> ScoredCase(int hospitals) =>
        from hospital in Gen.Choose(0, hospitals - 1)
        from fund in Gen.Choose(0, 2)
        from score in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 1_000_000_000)))
        from personal in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(0, 10_000_000)))
        select new DipScoredCase("H" + hospital.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), (DipFund)fund, score / 10000m, personal / 100m);

    private static readonly Gen<DipYearEndInput> Region =
        from hospitals in Gen.Choose(1, 25)
        from count in Gen.Choose(1, 120)
        from cases in Gen.ArrayOf(ScoredCase(hospitals), count)
        from available in Gen.Choose(0, int.MaxValue)
        from cents in Gen.Choose(0, 99)
        from ratio in Gen.Choose(50, 100)
        from employee in Gen.Elements(false, true)
        from method in Gen.Elements(DipPointValueMethod.Floating, DipPointValueMethod.Floating, DipPointValueMethod.Fixed)
        from pointValue in Gen.Choose(1, 3000)
        from decimals in Gen.Elements<int?>(null, null, 2, 4)
        select new DipYearEndInput
        {
            Method = method,
            PointValueDecimals = decimals,
            Budgets = employee
                ? ImmutableArray.Create(Budget(DipFund.Unspecified, available, cents, ratio, pointValue), Budget(DipFund.Employee, available / 3, cents, ratio, pointValue))
                : ImmutableArray.Create(Budget(DipFund.Unspecified, available, cents, ratio, pointValue)),
            Cases = cases,
        };

    private static DipFundBudget Budget(DipFund fund, int available, int cents, int ratio, int pointValue) => new()
    {
        Fund = fund, FundAvailable = available + (cents / 100m), ReimbursementRatio = ratio / 100m, BudgetPointValue = pointValue / 100m,
    };

    [Property(MaxTest = 300)]
    public Property Year_end_payments_exhaust_the_budget_and_fund_shares_are_never_negative() =>
        Prop.ForAll(Arb.From(Region), input =>
        {
            var report = DipPointValues.YearEnd(input);
            var exact = input.Method == DipPointValueMethod.Floating && input.PointValueDecimals is null;
            var fundsOk = report.Funds.All(f => !exact
                || (Money.RoundToFen(f.PointValue * f.TotalScore) == f.DistributableBudget
                    && report.Hospitals.Where(h => h.Fund == f.Fund).Sum(h => h.Payment) == f.DistributableBudget));
            var hospitalsOk = report.Hospitals.All(h =>
                h.Payment >= 0 && h.Payment == Money.RoundToFen(h.Payment)
                && h.FundShare >= 0 && h.FundShare <= h.Payment
                && h.FundShare == h.Payment - h.PersonalPayments + h.PersonalPaymentsAbovePayment
                && h.PersonalPaymentsAbovePayment >= 0 && h.PersonalPaymentsAbovePayment <= h.PersonalPayments
                // a hospital with one case: the case's own definition, max(0, payment − own payment) (primer §2.2)
                && (h.CaseCount != 1 || h.FundShare == Math.Max(0m, h.Payment - h.PersonalPayments)));
            return (report.Issues.All(i => i.Code == "DIP_YEAR_ZERO_TOTAL_SCORE") && fundsOk && hospitalsOk)
                .Label(string.Join("; ", report.Hospitals.Select(h => $"{h.HospitalId}/{h.Fund}: {h.Payment} − {h.PersonalPayments} + {h.PersonalPaymentsAbovePayment} = {h.FundShare}")));
        });

    [Fact]
    public void Year_end_generator_reaches_uncovered_own_payments_and_remainder_fen()
    {
        var inputs = Region.Sample(50, new Rnd(20261202UL), 200);
        var reports = inputs.Select(DipPointValues.YearEnd).ToArray();
        Assert.Contains(reports, r => r.Hospitals.Any(h => h.PersonalPaymentsAbovePayment > 0 && h.CaseCount > 1));
        Assert.Contains(reports, r => r.Hospitals.Any(h => h.TotalScore == 0 && h.PersonalPayments > 0));
        Assert.Contains(reports, r => r.Funds.Any(f => f.RemainderFen > 0));
        Assert.Contains(reports, r => r.Funds.Any(f => f.Gap != 0));
    }

    [Property]
    public bool Grouping_is_deterministic_in_single_and_batch_calls(int t, int a, int b)
    {
        var c = WithCost(Templates[Math.Abs(t % Templates.Length)], Math.Abs(a % 3000) * 97m + Math.Abs(b % 100) * 0.01m);
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
