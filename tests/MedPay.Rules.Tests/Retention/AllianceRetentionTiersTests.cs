using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// Whether an alliance's surplus passes the hospital retention tiers before the member split (<c>alliance_retention_tiers</c>): off in the
/// seed, where the alliance keeps its whole surplus (P3: one global budget, surplus kept; primer §4.1: 总额付费、结余留用 for county
/// communities), opt-in for the P4 tiers 70/50/20.
/// </summary>
public class AllianceRetentionTiersTests
{
    private static AllianceYearEndInput SixtyForty(string? grade) => new()
    {
        Budget = 1000000m, ShareRule = "alliance_60_40", QualityGrade = grade,
        Members = [Member("T", "tertiary", cost: 500000m), Member("P", "primary", cost: 300000m, volume: 10m)],
    };

    [Fact]
    public void The_seed_splits_the_whole_surplus_of_a_global_budget()
    {
        // Budget 1,000,000 − costs 800,000 = 200,000 surplus, all kept (P3): 60% primary = 120,000.00, 40% tertiary = 80,000.00; the fund
        // keeps nothing. The grade (qualified) would have kept only 50% = 100,000 under the hospital tiers.
        var report = AllianceYearEnd.Compute(Seed, SixtyForty("qualified"));
        Assert.Equal((200000.00m, 200000.00m, 0m), (report.Alliance!.Surplus, report.Alliance.Retained, report.Alliance.SurplusToFund));
        Assert.Equal(new[] { 80000.00m, 120000.00m }, report.Members.Select(m => m.Share));
        Assert.Contains(report.Alliance.Steps, s => s.Code == "SURPLUS_KEPT_WHOLE" && s.Amount == 200000.00m);
        Assert.DoesNotContain(report.Alliance.Steps, s => s.Code == "RETAIN_BAND");
    }

    [Fact]
    public void Without_tiers_an_alliance_needs_no_quality_grade()
    {
        // Same figures with no grade: nothing depends on it, so no RETENTION_NO_GRADE; shares 80,000.00 / 120,000.00 as above.
        var report = AllianceYearEnd.Compute(Seed, SixtyForty(null));
        Assert.Empty(report.Issues);
        Assert.Equal(new[] { 80000.00m, 120000.00m }, report.Members.Select(m => m.Share));
    }

    [Fact]
    public void Opting_in_cuts_the_surplus_by_the_hospital_tiers_first()
    {
        // alliance_retention_tiers = 1, read from the pack: qualified keeps 50% (P4) of 200,000 = 100,000.00, the fund 100,000.00;
        // 60 : 40 → P 60,000.00, T 40,000.00. Without a grade the tiers cannot be chosen: RETENTION_NO_GRADE.
        var policy = RetentionPolicy.Load(Pack(
            ("parameters.csv", "name,value\nalliance_retention_tiers,1\n"),
            ("grades.csv", "grade,rank\nqualified,2\n"),
            ("surplus_bands.csv", "grade,up_to,rate\nqualified,,0.5\n"),
            ("shares.csv", "rule,party,share,within\nalliance_60_40,primary,60,volume\nalliance_60_40,tertiary,40,equal\n")));
        Assert.True(policy.Parameters.AllianceRetentionTiers);
        var report = AllianceYearEnd.Compute(policy, SixtyForty("qualified"));
        Assert.Equal((100000.00m, 100000.00m), (report.Alliance!.Retained, report.Alliance.SurplusToFund));
        Assert.Equal(new[] { 40000.00m, 60000.00m }, report.Members.Select(m => m.Share));
        Assert.Equal("RETENTION_NO_GRADE", Assert.Single(AllianceYearEnd.Compute(policy, SixtyForty(null)).Issues).Code);
    }

    [Fact]
    public void The_seed_states_the_choice_with_its_source()
    {
        // The row of the seed pack says which source the default follows (P3), and the default is off.
        Assert.False(Seed.Parameters.AllianceRetentionTiers);
        var row = File.ReadAllLines(Path.Combine(SharedFixtures.RepositoryRoot, "rules", "retention-seed", "parameters.csv"))
            .Single(l => l.StartsWith("alliance_retention_tiers,", StringComparison.Ordinal));
        Assert.StartsWith("alliance_retention_tiers,0,", row, StringComparison.Ordinal);
        Assert.Contains("P3", row, StringComparison.Ordinal);
    }
}
