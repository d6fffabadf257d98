using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Capitation;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// One rule for a condition that has no target, in the retention gate, the extra capitation reward and the pathway reward: it holds
/// (<see cref="RetentionPolicy.Holds"/>). A pack that pays an amount under such a condition loads with a warning saying so.
/// </summary>
public class ConditionWithoutTargetsTests
{
    [Fact]
    public void The_pathway_reward_without_targets_is_paid()
    {
        // pathway_reward_per_case 200 and no pathway_reward target: 15 cases × 200 = 3,000.00.
        Assert.True(RetentionPolicy.TryLoad(Pack(("parameters.csv", "name,value\npathway_reward_per_case,200\n")), out var policy, out var issues));
        Assert.Equal(3000.00m, PathwayReward.Compute(policy!, 15, Indicators(), out var checks));
        Assert.Empty(checks);
        var warning = Assert.Single(issues);
        Assert.Equal(("RETENTION_CONDITION_WITHOUT_TARGETS", IssueSeverity.Warning, "parameters.csv", 2, "value"),
            (warning.Code, warning.Severity, warning.Location!.File, warning.Location.Row, warning.Location.ColumnName));
    }

    [Fact]
    public void The_extra_capitation_reward_without_targets_is_paid()
    {
        // 1,000 × 1,200 = 1,200,000, no capability fund, cost 1,000,000 → surplus 200,000; no capitation_extra target, so the extra holds:
        // 50% + 10% = 60% of 200,000 = 120,000.00.
        var policy = RetentionPolicy.Load(Pack(("parameters.csv", "name,value\ncapitation_per_person,1200\ncapitation_surplus_reward,0.5\ncapitation_extra_reward,0.1\n")));
        Assert.Equal(120000.00m, CapitationSettlement.Settle(policy, new CapitationInput(1000, 1000000m)).Reward);
        Assert.Equal("RETENTION_CONDITION_WITHOUT_TARGETS", Assert.Single(policy.Issues).Code);
    }

    [Fact]
    public void Retention_without_targets_is_granted_as_before()
    {
        // The seed has no retention target: a qualified hospital with a 1,000,000 surplus keeps 50% = 500,000.00 (P4).
        Assert.Empty(Seed.Check("retention", Indicators()));
        Assert.Equal(500000.00m, HospitalYearEnd.Compute(Seed, Hospital(11000000m, 10000000m, "qualified")).Hospital!.Retained);
        Assert.True(RetentionPolicy.Holds(Seed.Check("retention", Indicators())));
    }

    [Fact]
    public void A_target_that_is_not_met_still_blocks_each_of_them()
    {
        // With targets the rule is unchanged: the seed's pathway entry rate 0.89 < 0.90 → 0; HbA1c 0.80 ≤ 0.85 → base reward only.
        Assert.Equal(0m, PathwayReward.Compute(Seed, 15, Indicators(("pathway_entry_rate", 0.89m), ("pathway_variation_rate", 0.05m)), out _));
        Assert.False(RetentionPolicy.Holds(Seed.Check("capitation_extra", Indicators(("hba1c_control_rate", 0.80m)))));
    }
}
