using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// How an alliance's overspend is split between members (docs/retention.md §3): by the share rule's overspend split
/// (<c>&lt;rule&gt;_overspend</c>, base shares only), never with the bonus points that reward a member in a surplus year.
/// </summary>
public class AllianceOverspendSplitTests
{
    /// <summary>The issue's example: a 30:40:30 alliance whose tertiary hospital posted 10 experts, in a year with 50,000 of overspend to bear.</summary>
    private static AllianceYearEndInput ThreeMembers(decimal budget, params (string, decimal)[] tertiaryIndicators) => new()
    {
        Budget = budget, ShareRule = "alliance_30_40_30", QualityGrade = "qualified", // the grade only matters with alliance_retention_tiers = 1
        Members =
        [
            Member("T", "tertiary", cost: 600000m, indicators: tertiaryIndicators),
            Member("S", "secondary", cost: 300000m),
            Member("P", "primary", cost: 200000m, volume: 1m),
        ],
    };

    [Fact]
    public void A_tertiary_member_with_ten_experts_posted_bears_its_base_share_of_an_overspend()
    {
        // Budget 1,000,000, costs 600,000 + 300,000 + 200,000 = 1,100,000 → overspend 100,000 = 10% of the budget, inside the 20% band
        // (primer §4.2): fund 50% = 50,000.00, the alliance bears 50,000.00.
        // Base shares 30 : 40 : 30 (one member per level), bonus points not counted:
        //   T = −50,000 × 30/100 = −15,000.00; S = −50,000 × 40/100 = −20,000.00; P = −50,000 × 30/100 = −15,000.00.
        // (Counting T's 10 points would give weights 40 : 40 : 30 and T −50,000 × 40/110 = −18,181.818… → −18,181.82, the figure the issue
        //  measured: a member that earned rewards would bear more of the loss.)
        var report = AllianceYearEnd.Compute(Seed, ThreeMembers(1000000m, ("experts_posted", 10m)));
        Assert.Equal((100000.00m, 50000.00m, 50000.00m), (report.Alliance!.Overspend, report.Alliance.FundBorne, report.Alliance.HospitalBorne));
        Assert.Equal(new[] { -15000.00m, -20000.00m, -15000.00m }, report.Members.Select(m => m.Share));
        Assert.Equal(new[] { 30m, 40m, 30m }, report.Members.Select(m => m.Weight));
        Assert.All(report.Members, m => Assert.Equal(0m, m.Points));
        Assert.Contains(report.Members[0].Steps, s => s.Code == "WEIGHT" && s.Text.En.Contains("alliance_30_40_30_overspend", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_points_still_raise_the_members_share_of_a_surplus()
    {
        // Budget 1,200,000, costs 1,100,000 → surplus 100,000, kept whole. Weights T 30 + 10 experts × 1 = 40, S 40, P 30; Σ 110.
        // In fen: T = S = 10,000,000 × 40/110 = 3,636,363.64 (remainder .636), P = 10,000,000 × 30/110 = 2,727,272.73 (remainder .727);
        // floors 3,636,363 + 3,636,363 + 2,727,272 = 9,999,998, the 2 fen left go to P (.727) and T (.636, listed before S).
        var report = AllianceYearEnd.Compute(Seed, ThreeMembers(1200000m, ("experts_posted", 10m)));
        Assert.Equal(new[] { 40m, 40m, 30m }, report.Members.Select(m => m.Weight));
        Assert.Equal(new[] { 36363.64m, 36363.63m, 27272.73m }, report.Members.Select(m => m.Share));
    }

    [Fact]
    public void A_pack_can_give_the_overspend_its_own_split()
    {
        // The surplus rule a gives 50 : 50; its overspend rule a_overspend gives 80 : 20 (e.g. the leading hospital bears most of a loss). No
        // overspend bands: the fund shares nothing. Budget 1,000, costs 700 + 400 = 1,100 → overspend 100.00 → T −80.00, P −20.00.
        var policy = RetentionPolicy.Load(Pack(
            ("shares.csv", "rule,party,share,within\na,tertiary,50,equal\na,primary,50,volume\na_overspend,tertiary,80,equal\na_overspend,primary,20,volume\n"),
            ("points.csv", "rule,indicator,points_per_unit\na,experts_posted,1\n")));
        var input = new AllianceYearEndInput
        {
            Budget = 1000m, ShareRule = "a",
            Members = [Member("T", "tertiary", cost: 700m, indicators: ("experts_posted", 30m)), Member("P", "primary", cost: 400m, volume: 1m)],
        };
        var report = AllianceYearEnd.Compute(policy, input);
        Assert.Empty(report.Issues);
        Assert.Equal(new[] { -80.00m, -20.00m }, report.Members.Select(m => m.Share));
        Assert.Equal("a_overspend", policy.OverspendRule(policy.ShareRule("a")!).Name);
    }

    [Fact]
    public void Bonus_points_on_an_overspend_rule_are_a_pack_error()
    {
        var pack = Pack(
            ("shares.csv", "rule,party,share\na,tertiary,50\na,primary,50\na_overspend,tertiary,50\na_overspend,primary,50\n"),
            ("points.csv", "rule,indicator,points_per_unit\na,experts_posted,1\na_overspend,experts_posted,1\n"));
        Assert.False(RetentionPolicy.TryLoad(pack, out _, out var issues));
        var issue = Assert.Single(issues);
        Assert.Equal(("RETENTION_POINTS_ON_OVERSPEND_RULE", "points.csv", 3, "rule", "a_overspend"),
            (issue.Code, issue.Location!.File, issue.Location.Row, issue.Location.ColumnName, issue.Value));
    }

    [Fact]
    public void Without_an_overspend_rule_the_surplus_rules_base_shares_split_the_overspend()
    {
        // Only rule a (60 : 40) with 1 point per expert. Budget 1,000, costs 600 + 500 = 1,100 → overspend 100.00 borne whole (no bands):
        // T (30 experts) −100 × 60/100 = −60.00, P −40.00; with the points T would have 90/130 = −69.23.
        var policy = RetentionPolicy.Load(Pack(
            ("shares.csv", "rule,party,share\na,tertiary,60\na,primary,40\n"),
            ("points.csv", "rule,indicator,points_per_unit\na,experts_posted,1\n")));
        var report = AllianceYearEnd.Compute(policy, new AllianceYearEndInput
        {
            Budget = 1000m, ShareRule = "a",
            Members = [Member("T", "tertiary", cost: 600m, indicators: ("experts_posted", 30m)), Member("P", "primary", cost: 500m)],
        });
        Assert.Equal(new[] { -60.00m, -40.00m }, report.Members.Select(m => m.Share));
    }
}
