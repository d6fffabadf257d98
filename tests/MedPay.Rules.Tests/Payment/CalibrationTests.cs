using MedPay.Rules.Payment;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// Weight calibration and base rate, hand-worked: RW = DRG average cost ÷ average cost of all cases, 4 decimals (domain-primer §2.1,
/// county glossary and textbook); trimming by percentiles (P1/P99, 777doc lecture) or interquartile fences (Q1 − 0.5·IQR, Q3 + 1.5·IQR,
/// PKU 2022); rate = budget ÷ total weight (§2.2, textbook).
/// </summary>
public class CalibrationTests
{
    private static HistoricalCase H(string drg, decimal cost, int los = 5) => new(drg, cost, los);

    [Fact]
    public void Weights_without_trimming()
    {
        // A: 100, 200, 300 → mean 200; B: 1,000; all: 1,600 ÷ 4 = 400; RW A = 200 ÷ 400 = 0.5000, B = 1,000 ÷ 400 = 2.5000.
        var c = WeightCalibration.Compute(new[] { H("A", 100m), H("A", 200m), H("A", 300m), H("B", 1000m, 9), H("0000", 5000m) });
        Assert.Equal(400m, c.OverallAverageCost);
        Assert.Equal(new[] { ("A", 0.5m, 200m), ("B", 2.5m, 1000m) }, c.Weights.Select(w => (w.Drg, w.Weight, w.AverageCost)));
        Assert.Equal(9m, c.Weights[1].AverageLengthOfStay);
    }

    [Fact]
    public void A_weight_exactly_halfway_rounds_away_from_zero()
    {
        // X: 100.625 × 2, Y: 99.375 × 2 → all: 400 ÷ 4 = 100; RW X = 1.00625 → 1.0063 (banker's rounding would give 1.0062),
        // RW Y = 0.99375 → 0.9938. The midpoint the property Calibration_reproduces_known_weights_up_to_the_case_mix met (seed below).
        var c = WeightCalibration.Compute(new[] { H("X", 100.625m), H("X", 100.625m), H("Y", 99.375m), H("Y", 99.375m) });
        Assert.Equal(new[] { ("X", 1.0063m), ("Y", 0.9938m) }, c.Weights.Select(w => (w.Drg, w.Weight)));
    }

    [Fact]
    public void Percentile_trimming()
    {
        // A sorted 100, 200, 300: P1 at position 2 × 0.01 = 0.02 → 100 + 0.02 × 100 = 102; P99 at 1.98 → 200 + 0.98 × 100 = 298; keeps 200.
        // B: one case, bounds 1,000 … 1,000, kept. All: (200 + 1,000) ÷ 2 = 600; RW A = 200 ÷ 600 = 0.3333…→ 0.3333; B = 1.6666…→ 1.6667.
        var c = WeightCalibration.Compute(new[] { H("A", 100m), H("A", 200m), H("A", 300m), H("B", 1000m) }, TrimRule.P1P99);
        Assert.Equal((2, 2), (c.CasesKept, c.CasesTrimmed));
        Assert.Equal(new[] { ("A", 0.3333m, 1, 2), ("B", 1.6667m, 1, 0) }, c.Weights.Select(w => (w.Drg, w.Weight, w.CasesKept, w.CasesTrimmed)));
    }

    [Fact]
    public void Interquartile_fence_trimming()
    {
        // 10, 20, 30, 40, 1,000: Q1 at 4 × 0.25 = 1 → 20; Q3 at 3 → 40; IQR 20; fences 20 − 0.5 × 20 = 10 and 40 + 1.5 × 20 = 70:
        // keeps 10 (on the fence), 20, 30, 40; trims 1,000.
        Assert.Equal((10m, 70m), TrimRule.PkuFences.Bounds(new[] { 10m, 20m, 30m, 40m, 1000m }));
        var c = WeightCalibration.Compute(new[] { 10m, 20m, 30m, 40m, 1000m }.Select(x => H("A", x)), TrimRule.PkuFences);
        Assert.Equal((4, 1, 25m), (c.Weights[0].CasesKept, c.Weights[0].CasesTrimmed, c.Weights[0].AverageCost));
    }

    [Fact]
    public void Base_rate_from_a_budget()
    {
        // 1,000,000.00 ÷ 80 = 12,500.
        Assert.Equal(12500m, WeightCalibration.RateFromBudget(1000000m, 80m, out var none));
        Assert.Null(none);
        Assert.Null(WeightCalibration.RateFromBudget(1000000m, 0m, out var issue));
        Assert.Equal("PAY_CALIBRATION_BAD_BUDGET", issue!.Code);
    }

    [Fact]
    public void Calibrated_weights_become_candidate_parameters()
    {
        var c = WeightCalibration.Compute(new[] { H("HC25", 10000m), H("HC25", 30000m), H("BV39", 10000m) });
        // all: 50,000 ÷ 3 = 16,666.67; HC25 20,000 ÷ 16,666.666… = 1.2; BV39 10,000 ÷ 16,666.666… = 0.6.
        var candidate = PaymentPacks.Example.WithWeights(c.Weights.Select(w => w.ToDrgWeight()));
        Assert.Equal((1.2m, "胆囊切除手术，不伴合并症或并发症", MortalityRiskTier.Low), (candidate.FindWeight("HC25")!.Weight, candidate.FindWeight("HC25")!.Name, candidate.FindWeight("HC25")!.RiskTier));
        Assert.Equal(0.6m, candidate.FindWeight("BV39")!.Weight);
        // The other 42 DRGs keep the example's rows: 44 in all (rules/drg-payment-example/weights.csv: 45 lines less the header; SOURCES.md).
        Assert.Equal(44, candidate.Weights.Length);
        Assert.Equal(0.7200m, candidate.FindWeight("CW19")!.Weight); // weights.csv row CW19, untouched
    }
}
