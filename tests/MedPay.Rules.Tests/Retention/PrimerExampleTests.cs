using MedPay.Rules.Retention;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// The retention and budget examples of /work/shared/docs/domain-primer.md §2.7 and §4.2, to the fen. The per-case quota rule (§4.2, row
/// "Per-case quota", Taiyuan-type, secondary source) is the embedded <c>retention-quota-example</c> pack; the withholds are adjustments and a
/// share rule of the seed pack. (anchors.md gives no retention figure: its only retention mention is a vendor's surplus forecast.)
/// </summary>
public class PrimerExampleTests
{
    [Fact]
    public void Primer_4_2_quota_saving_rewarded_thirty_percent_capped_at_three_percent_of_the_quota()
    {
        // Quota 1,000,000, cost 800,000 → saving 200,000; 30% = 60,000 > cap 3% × 1,000,000 = 30,000 → reward 30,000.00; fund keeps 170,000.00.
        var outcome = HospitalYearEnd.Compute(Quota, new YearEndTotals(new YearEndLine("H", "h", 1000000m, 800000m))
        {
            Indicators = Indicators(("inpatient_outpatient_ratio", 0.018m)),
        }).Hospital!;
        Assert.Equal((200000.00m, 30000.00m, 170000.00m), (outcome.Surplus, outcome.Retained, outcome.SurplusToFund));
        Assert.Contains(outcome.Steps, s => s.Code == "RETENTION_CAP" && s.Amount == 30000.00m);
    }

    [Fact]
    public void Primer_4_2_quota_small_saving_rewarded_thirty_percent_below_the_cap()
    {
        // Quota 1,000,000, cost 950,000 → saving 50,000 × 30% = 15,000.00 (below the 30,000 cap).
        var outcome = HospitalYearEnd.Compute(Quota, new YearEndTotals(new YearEndLine("H", "h", 1000000m, 950000m))
        {
            Indicators = Indicators(("inpatient_outpatient_ratio", 0.01m)),
        }).Hospital!;
        Assert.Equal(15000.00m, outcome.Retained);
    }

    [Fact]
    public void Primer_4_2_no_reward_when_the_inpatient_outpatient_ratio_exceeds_1_8_percent()
    {
        // Ratio 1.9% > 1.8% → reward 0; the fund keeps the whole saving of 200,000.00. A missing ratio counts as not met and warns.
        var outcome = HospitalYearEnd.Compute(Quota, new YearEndTotals(new YearEndLine("H", "h", 1000000m, 800000m))
        {
            Indicators = Indicators(("inpatient_outpatient_ratio", 0.019m)),
        }).Hospital!;
        Assert.Equal((0m, 200000.00m), (outcome.Retained, outcome.SurplusToFund));
        Assert.Contains(outcome.Steps, s => s.Code == "RETENTION_GATE");
        var missing = HospitalYearEnd.Compute(Quota, new YearEndTotals(new YearEndLine("H", "h", 1000000m, 800000m)));
        Assert.Equal(0m, missing.Hospital!.Retained);
        Assert.Contains(missing.Issues, i => i.Code == "RETENTION_MISSING_INDICATOR" && i.Field == "inpatient_outpatient_ratio");
    }

    [Theory]
    [InlineData(1100000, 100000, 50000, 50000)] // overspend 10% of the quota: fund 50% = 50,000.00, hospital 50,000.00
    [InlineData(1200000, 200000, 100000, 100000)] // exactly 20%: still all in the shared band
    [InlineData(1300000, 300000, 100000, 200000)] // 30%: first 200,000 × 50% = 100,000 by the fund; the 100,000 beyond 20% wholly by the hospital
    public void Primer_4_2_quota_overspend_shared_half_up_to_twenty_percent(int cost, int overspend, int fund, int hospital)
    {
        var outcome = HospitalYearEnd.Compute(Quota, new YearEndTotals(new YearEndLine("H", "h", 1000000m, cost))).Hospital!;
        Assert.Equal((decimal)overspend, outcome.Overspend);
        Assert.Equal((decimal)fund, outcome.FundBorne);
        Assert.Equal((decimal)hospital, outcome.HospitalBorne);
    }

    [Theory]
    [InlineData("quality_deposit", 970000.00)] // §2.7 / §4.2 Chongqing 2025: 3% of a 1,000,000 monthly prepayment withheld → 970,000.00 paid
    [InlineData("settlement_withhold_typical", 900000.00)] // §2.7: 10% withheld → 900,000.00
    [InlineData("minimum_prepayment", 850000.00)] // §2.7 Zhejiang: prepayment at least 85% → 850,000.00
    public void Primer_2_7_withholds_on_a_million(string adjustment, double paid) =>
        Assert.Equal((decimal)paid, Money.RoundToFen(Seed.Adjustment(adjustment)!.Apply(1000000m)));

    [Fact]
    public void Primer_2_7_point_method_city_keeps_five_percent_of_the_DRG_budget_as_adjustment_fund()
    {
        // §2.7 / §4.2: 5% of a 100,000,000 DRG budget → 5,000,000.00 adjustment fund, 95,000,000.00 payable.
        Assert.Equal(new[] { 5000000.00m, 95000000.00m }, Seed.ShareRule("drg_budget_reserve")!.Split(100000000m).Select(s => s.Value));
    }
}
