using MedPay.Rules.Payment;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// Hospital indicators (domain-primer §5): CMI = Σ weight ÷ cases (WeChat / textbook); CEI and TEI in variants A (Σ actual ÷ Σ benchmark,
/// rehr) and B (per-DRG ratio with case weights, Jian et al. 2009); grouping rate = grouped ÷ (all − excluded), excluded = stay &gt; 60
/// days or cost &lt; 5 yuan, QY and 0000 not grouped (rehr); low-risk mortality = deaths ÷ low-risk cases (PUMCH 2025). Weights,
/// averages and tiers from the example pack (illustrative).
/// </summary>
public class IndicatorTests
{
    internal static readonly PaymentCase[] Cases =
    {
        Case("HC25", 15000m, los: 6, hospital: "H-A", department: "普外科"),              // RW 1.65, average 16,500 / 7 days, tier low
        Case("HC25", 18000m, los: 8, hospital: "H-A", department: "普外科", died: true), // low-risk death
        Case("HT11", 64000m, los: 20, hospital: "H-A", department: "消化内科"),           // RW 5.80, average 58,000 / 18 days, tier high
        Case("0000", 3000m, los: 4, hospital: "H-A", department: "消化内科"),             // ungroupable
        Case("0000", 90000m, los: 61, hospital: "H-A", department: "消化内科"),           // stay > 60: out of the grouping-rate denominator
    };

    [Fact]
    public void Hospital_indicators_by_hand()
    {
        var row = Assert.Single(IndicatorReport.Compute(Cases, Example, IndicatorLevel.Hospital).Rows);
        // grouping rate = 3 ÷ (5 − 1) = 0.75; DRGs {HC25, HT11} = 2; total weight = 1.65 + 1.65 + 5.80 = 9.10 (weights.csv rows HC25, HT11);
        // CMI = 9.10 ÷ 3 = 3.0333… (long division: 9 ÷ 3 = 3, 0.10 ÷ 3 = 0.0333…) → 3.0333333333 to 10 places.
        Assert.Equal((5, 1, 3, 0.75m, 3, 2, 9.10m), (row.Cases, row.ExcludedCases, row.GroupedCases, row.GroupingRate, row.WeightedCases, row.DrgCount, row.TotalWeight));
        Assert.Equal(3.0333333333m, Math.Round(row.Cmi!.Value, 10));
        // CEI A = (15,000 + 18,000 + 64,000) ÷ (16,500 + 16,500 + 58,000) = 97,000 ÷ 91,000 = 97 ÷ 91 = 1.065934 065934… (period 065934)
        // → 1.0659340659 to 10 places.
        Assert.Equal(1.0659340659m, Math.Round(row.CostIndex!.Value, 10));
        // CEI B = (15,000/16,500 + 18,000/16,500 + 64,000/58,000) ÷ 3 = (2 + 1.103448…) ÷ 3 = 1.034482…
        Assert.Equal(1.0345m, Math.Round(row.CostIndexByDrg!.Value, 4));
        // TEI A = (6 + 8 + 20) ÷ (7 + 7 + 18) = 34 ÷ 32 = 1.0625; TEI B = (6/7 + 8/7 + 20/18) ÷ 3 = (2 + 1.1111…) ÷ 3 = 1.037037…
        Assert.Equal(1.0625m, row.TimeIndex);
        Assert.Equal(1.0370m, Math.Round(row.TimeIndexByDrg!.Value, 4));
        // low-risk: the two HC25 cases, one death → 0.5.
        Assert.Equal((2, 1, 0.5m), (row.LowRiskCases, row.LowRiskDeaths, row.LowRiskMortality));
    }

    [Fact]
    public void Empty_denominators_give_no_ratio()
    {
        var row = Assert.Single(IndicatorReport.Compute(new[] { Case("0000", 3m, los: 1, hospital: "H") }, Example, IndicatorLevel.Hospital).Rows);
        Assert.Equal((1, 0, (decimal?)null, (decimal?)null, (decimal?)null), (row.ExcludedCases, row.WeightedCases, row.GroupingRate, row.Cmi, row.LowRiskMortality));
    }

    [Fact]
    public void Indicator_report_by_hospital_department_and_drg()
    {
        var text = string.Join(Environment.NewLine, new[] { IndicatorLevel.Hospital, IndicatorLevel.Department, IndicatorLevel.Drg }
            .Select(level => IndicatorReport.Compute(Cases, Example, level).ToString()));
        Snapshot.Match(text);
    }
}
