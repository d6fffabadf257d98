using System.Collections.Immutable;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// A synthetic county alliance of five members (one tertiary, one secondary, three primary) under one global budget and the seed's 30:40:30
/// rule with bonus points, referrals, risk fund and one adverse event. Every figure is worked by hand below; the snapshot records the report.
/// </summary>
public class AllianceReportTests
{
    internal static AllianceYearEndInput FiveMembers() => new()
    {
        Id = "A1", Name = "示例县域医共体", Budget = 52000000m, ShareRule = "alliance_30_40_30", QualityGrade = "excellent",
        Members =
        [
            Member("T1", "tertiary", cost: 30000000m, revenue: 80000000m, indicators: new[] { ("experts_posted", 4m), ("remote_consultations", 300m) }) with { Name = "县人民医院" },
            Member("S1", "secondary", cost: 12000000m, revenue: 30000000m, indicators: ("group_cost_reduction", 0.11m)) with { Name = "县中医院" },
            Member("P1", "primary", cost: 3000000m, revenue: 5000000m, volume: 6000m, indicators: ("group_cost_reduction", 0.12m)) with { Name = "城关卫生院" },
            Member("P2", "primary", cost: 2500000m, revenue: 4000000m, volume: 4000m) with { Name = "东乡卫生院" },
            Member("P3", "primary", cost: 1500000m, revenue: 2000000m, volume: 2000m, indicators: ("group_cost_reduction", 0.05m)) with { Name = "西乡卫生院" },
        ],
        Referrals =
        [
            new Referral("R1", "P1", "T1", ReferralDirection.Up, GroupCost: 40000m),
            new Referral("R2", "T1", "P2", ReferralDirection.Down, InsuranceQuota: 15000m),
            new Referral("R3", "P3", "S1", ReferralDirection.Up, GroupCost: 12345.67m),
        ],
        AdverseEvents = [new AdverseEvent("E1", "P2", "T1", "primary_capability", 50000m)],
    };

    [Fact]
    public void Five_member_alliance_by_hand()
    {
        var report = AllianceYearEnd.Compute(Seed, FiveMembers());
        Assert.Empty(report.Issues);
        var a = report.Alliance!;
        // Budget 52,000,000 − costs (30,000,000 + 12,000,000 + 3,000,000 + 2,500,000 + 1,500,000 = 49,000,000) = 3,000,000 surplus. The seed
        // keeps an alliance's whole surplus (alliance_retention_tiers = 0; P3: one global budget, surplus kept): retained 3,000,000.00, 0 to
        // the fund; staff pool 50% = 1,500,000.00.
        Assert.Equal((3000000.00m, 3000000.00m, 0m, 1500000.00m), (a.Surplus, a.Retained, a.SurplusToFund, a.StaffPool));
        // Weights: T1 30 + 4 experts × 1 + 300 consultations × 0.01 = 37; S1 40 + 5 (cost −11% ≥ 10%) = 45; primary 30 by volume
        // 6,000 : 4,000 : 2,000 → 15, 10, 5; P1 + 5 (−12%) = 20; P3 −5% earns nothing. Σ = 117.
        Assert.Equal(new[] { 37m, 45m, 20m, 10m, 5m }, report.Members.Select(m => m.Weight));
        // 300,000,000 fen × w / 117: T1 94,871,794 r 102/117 (.872), S1 115,384,615 r 45/117 (.385), P1 51,282,051 r 33/117 (.282),
        // P2 25,641,025 r 75/117 (.641), P3 12,820,512 r 96/117 (.821); floors sum to 299,999,997 fen, the 3 left go to T1, P3, P2.
        Assert.Equal(new[] { 948717.95m, 1153846.15m, 512820.51m, 256410.26m, 128205.13m }, report.Members.Select(m => m.Share));
        // Referrals: R1 up 40,000 × 10% = 4,000.00 T1 → P1; R2 down 15,000 × 70% = 10,500.00 T1 → P2; R3 up 12,345.67 × 10% = 1,234.567 → 1,234.57 S1 → P3.
        Assert.Equal(new[] { 0m, 0m, 4000.00m, 10500.00m, 1234.57m }, report.Members.Select(m => m.ReferralIn));
        Assert.Equal(new[] { 14500.00m, 1234.57m, 0m, 0m, 0m }, report.Members.Select(m => m.ReferralOut));
        // Risk fund: 80,000,000 × 1% = 800,000; 30,000,000 × 0.8% = 240,000; 5,000,000 / 4,000,000 / 2,000,000 × 0.5% = 25,000 / 20,000 / 10,000.
        Assert.Equal(new[] { 800000.00m, 240000.00m, 25000.00m, 20000.00m, 10000.00m }, report.Members.Select(m => m.RiskContribution));
        // E1 50,000 for primary capability: fund 30,000, T1 15,000, P2 5,000; fund net = 1,095,000 − 30,000 = 1,065,000.00.
        Assert.Equal(new[] { 15000.00m, 0m, 0m, 5000.00m, 0m }, report.Members.Select(m => m.Liability));
        Assert.Equal(1065000.00m, report.RiskFundNet);
        // Net: T1 948,717.95 − 14,500 − 800,000 − 15,000 = 119,217.95; S1 1,153,846.15 − 1,234.57 − 240,000 = 912,611.58;
        // P1 512,820.51 + 4,000 − 25,000 = 491,820.51; P2 256,410.26 + 10,500 − 20,000 − 5,000 = 241,910.26; P3 128,205.13 + 1,234.57 − 10,000 = 119,439.70.
        Assert.Equal(new[] { 119217.95m, 912611.58m, 491820.51m, 241910.26m, 119439.70m }, report.Members.Select(m => m.Net));
        Assert.Equal(1885000.00m, report.Members.Sum(m => m.Net)); // 3,000,000 − 1,095,000 − 20,000
    }

    [Fact]
    public void Five_member_alliance_with_the_retention_tiers_opted_in()
    {
        // alliance_retention_tiers = 1 cuts the 3,000,000 surplus by the hospital tiers first (P4): excellent 70% = 2,100,000.00 retained,
        // 900,000.00 kept by the fund; staff pool 1,050,000.00.
        var policy = Seed.WithParameters(Seed.Parameters.With("alliance_retention_tiers", 1m));
        var report = AllianceYearEnd.Compute(policy, FiveMembers());
        var a = report.Alliance!;
        Assert.Equal((3000000.00m, 2100000.00m, 900000.00m, 1050000.00m), (a.Surplus, a.Retained, a.SurplusToFund, a.StaffPool));
        // 2,100,000 × w / 117 in fen: T1 66,410,256.41, S1 80,769,230.77, P1 35,897,435.90, P2 17,948,717.95, P3 8,974,358.97;
        // floors sum to 209,999,996 fen, 4 left for the largest remainders P3 (.97), P2 (.95), P1 (.90), S1 (.77).
        Assert.Equal(new[] { 664102.56m, 807692.31m, 358974.36m, 179487.18m, 89743.59m }, report.Members.Select(m => m.Share));
        // Net: T1 664,102.56 − 14,500 − 800,000 − 15,000 = −165,397.44; S1 807,692.31 − 1,234.57 − 240,000 = 566,457.74;
        // P1 358,974.36 + 4,000 − 25,000 = 337,974.36; P2 179,487.18 + 10,500 − 20,000 − 5,000 = 164,987.18; P3 89,743.59 + 1,234.57 − 10,000 = 80,978.16.
        Assert.Equal(new[] { -165397.44m, 566457.74m, 337974.36m, 164987.18m, 80978.16m }, report.Members.Select(m => m.Net));
    }

    [Fact]
    public void Five_member_alliance_report_text() => Snapshot.Match(AllianceYearEnd.Compute(Seed, FiveMembers()).ToText());

    [Fact]
    public void Alliance_overspend_is_borne_by_the_members_by_the_base_shares()
    {
        // Budget 100,000, costs 60,000 + 50,000 = 110,000 → overspend 10,000 = 10% of the budget: fund 50% = 5,000, alliance 5,000.00,
        // split by alliance_60_40_overspend 40 : 60 (tertiary : primary, one member each) → −2,000.00 / −3,000.00.
        var report = AllianceYearEnd.Compute(Seed, new AllianceYearEndInput
        {
            Budget = 100000m, ShareRule = "alliance_60_40", QualityGrade = "qualified",
            Members = [Member("T", "tertiary", cost: 60000m), Member("P", "primary", cost: 50000m, volume: 1m)],
        });
        Assert.Equal((5000.00m, 5000.00m), (report.Alliance!.FundBorne, report.Alliance.HospitalBorne));
        Assert.Equal(new[] { -2000.00m, -3000.00m }, report.Members.Select(m => m.Share));
    }

    [Fact]
    public void Alliance_input_errors_are_issues()
    {
        var input = FiveMembers();
        var bad = new AllianceYearEndInput
        {
            Budget = input.Budget, QualityGrade = "excellent", ShareRule = "no_such_rule", Members = input.Members,
            Referrals = [new Referral("R9", "P9", "T1", ReferralDirection.Up, GroupCost: 1m)],
            AdverseEvents = [new AdverseEvent("E9", "P1", "T1", "weather", 1m)],
        };
        var report = AllianceYearEnd.Compute(Seed, bad);
        Assert.Null(report.Alliance);
        Assert.Equal(new[] { "RETENTION_UNKNOWN_RULE", "RETENTION_UNKNOWN_MEMBER", "RETENTION_UNKNOWN_RULE" }, report.Issues.Select(i => i.Code));
        Assert.Equal("RETENTION_NO_MEMBERS", Assert.Single(AllianceYearEnd.Compute(Seed, new AllianceYearEndInput { Budget = 1m, QualityGrade = "qualified", ShareRule = "alliance_60_40" }).Issues).Code);
        var emptyLevel = AllianceYearEnd.Compute(Seed, new AllianceYearEndInput
        {
            Budget = 10m, QualityGrade = "qualified", ShareRule = "alliance_30_40_30", Members = [Member("T", "tertiary"), Member("X", "clinic")],
        });
        Assert.Equal(new[] { "RETENTION_PARTY_WITHOUT_MEMBERS", "RETENTION_PARTY_WITHOUT_MEMBERS", "RETENTION_MEMBER_WITHOUT_PARTY" }, emptyLevel.Issues.Select(i => i.Code));
        Assert.Equal(new[] { 10.00m, 0m }, emptyLevel.Members.Select(m => m.Share)); // surplus 10 kept whole, all to the tertiary hospital
    }
}
