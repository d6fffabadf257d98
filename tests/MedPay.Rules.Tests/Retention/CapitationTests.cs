using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Capitation;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// Capitation with the outcome bonus and the capability fund (P3), under each reading of "a further 10%" (<c>capitation_extra_basis</c>)
/// and with the 15% capability fund taken out of the prepayment before the surplus is measured. Every figure is worked by hand below.
/// </summary>
public class CapitationTests
{
    /// <summary>
    /// The seed's contract: 1,000 enrolled × 1,200 = 1,200,000.00 prepayment; capability fund 15% = 180,000.00; care budget 1,020,000.00;
    /// cost 900,000 → surplus 120,000.00; base reward 50% = 60,000.00.
    /// </summary>
    private static CapitationInput Year(decimal control) => new(1000, 900000m) { Indicators = Indicators(("hba1c_control_rate", control)) };

    private static RetentionPolicy Reading(string basis) => RetentionPolicy.Load(Pack(("parameters.csv",
        "name,value\ncapitation_per_person,1200\ncapitation_surplus_reward,0.5\ncapitation_extra_reward,0.10\ncapability_fund_rate,0.15\ncapitation_extra_basis," + basis + "\n"),
        ("targets.csv", "applies_to,indicator,operator,threshold\ncapitation_extra,hba1c_control_rate,>,0.85\n")));

    [Theory]
    // surplus (the seed's reading): 50% + 10 points = 60% of 120,000 = 72,000.00 (extra 12,000.00).
    [InlineData("surplus", 72000.00, 0.60)]
    // reward: 50% × (1 + 10%) = 55% of 120,000 = 66,000.00 (extra 6,000.00).
    [InlineData("reward", 66000.00, 0.55)]
    // prepayment: 60,000 + 10% of the 1,200,000 prepayment = 60,000 + 120,000 = 180,000.00 (the share of the surplus stays 50%).
    [InlineData("prepayment", 180000.00, 0.50)]
    public void Each_reading_of_a_further_ten_percent(string basis, double reward, double share)
    {
        var result = CapitationSettlement.Settle(Reading(basis), Year(0.86m));
        Assert.Equal((1200000.00m, 180000.00m, 1020000.00m, 120000.00m), (result.Budget, result.CapabilityFund, result.CareBudget, result.Surplus));
        Assert.Equal((60000.00m, (decimal)reward, (decimal)share), (result.BaseReward, result.Reward, result.RewardShare));
        Assert.Equal((decimal)reward - 60000.00m, Assert.Single(result.Steps, s => s.Code == "CAPITATION_EXTRA_REWARD").Amount);
    }

    [Theory]
    [InlineData("surplus")]
    [InlineData("reward")]
    [InlineData("prepayment")]
    public void No_extra_in_any_reading_when_the_control_rate_does_not_exceed_85_percent(string basis)
    {
        // 85% does not exceed 85%: the base reward alone, 50% of 120,000 = 60,000.00.
        var result = CapitationSettlement.Settle(Reading(basis), Year(0.85m));
        Assert.Equal((60000.00m, 60000.00m), (result.BaseReward, result.Reward));
        Assert.DoesNotContain(result.Steps, s => s.Code == "CAPITATION_EXTRA_REWARD");
    }

    [Fact]
    public void The_seed_reads_the_extra_as_points_of_the_surplus()
    {
        Assert.Equal(CapitationExtraBasis.Surplus, Seed.Parameters.CapitationExtraBasis);
        Assert.Equal(72000.00m, CapitationSettlement.Settle(Seed, Year(0.86m)).Reward); // as the "surplus" row above
    }

    [Fact]
    public void The_capability_fund_comes_out_of_the_prepayment()
    {
        // 1,000 enrolled, cost 1,100,000 (1,100 per person). The prepayment 1,200,000 less the 15% fund (180,000) leaves 1,020,000 for care,
        // so the year overspends by 1,100,000 − 1,020,000 = 80,000.00 and earns no reward although the control rate is met. (Left in the
        // budget, the fund would have made a surplus of 100,000 and a reward of 60,000.)
        var result = CapitationSettlement.Settle(Seed, new CapitationInput(1000, 1100000m) { Indicators = Indicators(("hba1c_control_rate", 0.9m)) });
        Assert.Equal((0m, 80000.00m, 0m), (result.Surplus, result.Overspend, result.Reward));
    }

    [Fact]
    public void The_seed_contract_with_fund_and_bonus_together()
    {
        // P3's two mechanisms together: 1,000 patients costing 1,000,000; care budget 1,020,000 → surplus 20,000.00; control 86% > 85% →
        // 60% of 20,000 = 12,000.00 (base 10,000.00 + extra 2,000.00).
        var result = CapitationSettlement.Settle(Seed, new CapitationInput(1000, 1000000m) { Indicators = Indicators(("hba1c_control_rate", 0.86m)) });
        Assert.Equal((20000.00m, 10000.00m, 2000.00m, 12000.00m), (result.Surplus, result.BaseReward, result.ExtraReward, result.Reward));
    }

    [Fact]
    public void A_basis_that_is_not_a_reading_is_an_error_at_its_cell()
    {
        Assert.False(RetentionPolicy.TryLoad(Pack(("parameters.csv", "name,value\ncapitation_extra_basis,budget\ncapitation_extra_basis,surplus\n")), out _, out var issues));
        Assert.Contains(issues, i => (i.Code, i.Location!.File, i.Location.Row, i.Location.ColumnName, i.Value) == ("RETENTION_VALUE_NOT_ALLOWED", "parameters.csv", 2, "value", "budget"));
        Assert.Contains(issues, i => (i.Code, i.Location!.Row, i.Location.ColumnName) == ("RETENTION_DUPLICATE", 3, "name"));
        Assert.Equal(CapitationExtraBasis.Reward, Seed.Parameters.With("capitation_extra_basis", "reward").CapitationExtraBasis);
        Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Parameters.With("capitation_extra_basis", "budget"));
        Assert.Throws<ArgumentException>(() => Seed.Parameters.With("capitation_extra_basis", 1m));
    }
}
