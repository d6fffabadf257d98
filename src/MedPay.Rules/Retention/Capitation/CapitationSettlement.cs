using System.Collections.Immutable;
using static MedPay.Rules.Retention.HospitalYearEnd;

namespace MedPay.Rules.Retention.Capitation;

/// <summary>
/// Settles a capitation contract with its outcome bonus: budget = enrolled × rate; when the cost stays within the budget, the reward is the
/// base share of the surplus, plus the extra share when every <c>capitation_extra</c> target is met (read as percentage points of the surplus:
/// 50% + 10% = 60%); the capability fund is a share of the prepayment.
/// </summary>
public static class CapitationSettlement
{
    /// <summary>Settles the contract.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="input">The year's figures.</param>
    /// <returns>The result.</returns>
    public static CapitationResult Settle(RetentionPolicy policy, CapitationInput input)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        if (input is null) throw new ArgumentNullException(nameof(input));
        if (input.Enrolled < 0) throw new ArgumentOutOfRangeException(nameof(input), input.Enrolled, "enrolled persons must not be negative");
        if (input.ActualCost < 0) throw new ArgumentOutOfRangeException(nameof(input), input.ActualCost, "the cost must not be negative");
        var p = policy.Parameters;
        var steps = ImmutableArray.CreateBuilder<RetentionStep>();
        var budget = Money.RoundToFen(input.Enrolled * p.CapitationPerPerson);
        var cost = Money.RoundToFen(input.ActualCost);
        steps.Add(Step("CAPITATION_BUDGET", budget,
            $"人头预算 = {input.Enrolled} 人 × {Figures.Yuan(p.CapitationPerPerson)} = {Figures.Yuan(budget)}",
            $"capitation budget = {input.Enrolled} persons × {Figures.Yuan(p.CapitationPerPerson)} = {Figures.Yuan(budget)}"));
        var capability = Money.RoundToFen(budget * p.CapabilityFundRate);
        steps.Add(Step("CAPABILITY_FUND", capability,
            $"能力建设基金 = 预付 {Figures.Yuan(budget)} × {Figures.Percent(p.CapabilityFundRate)} = {Figures.Yuan(capability)}",
            $"capability fund = prepayment {Figures.Yuan(budget)} × {Figures.Percent(p.CapabilityFundRate)} = {Figures.Yuan(capability)}"));
        var surplus = Math.Max(budget - cost, 0m);
        var overspend = Math.Max(cost - budget, 0m);
        var checks = policy.Check("capitation_extra", input.Indicators);
        var share = 0m;
        if (surplus > 0)
        {
            share = p.CapitationSurplusReward + (checks.Length > 0 && checks.All(c => c.Met) ? p.CapitationExtraReward : 0m);
            steps.Add(Step("CAPITATION_SURPLUS", surplus,
                $"结余 = 预算 {Figures.Yuan(budget)} − 费用 {Figures.Yuan(cost)} = {Figures.Yuan(surplus)}",
                $"surplus = budget {Figures.Yuan(budget)} − cost {Figures.Yuan(cost)} = {Figures.Yuan(surplus)}"));
            foreach (var c in checks)
                steps.Add(Step("CAPITATION_EXTRA_TARGET", c.Met ? p.CapitationExtraReward : 0m,
                    $"{c.Target}：实际 {(c.Value is { } v ? Figures.Number(v) : "缺失")}，{(c.Met ? "达标" : "未达标")}",
                    $"{c.Target}: value {(c.Value is { } w ? Figures.Number(w) : "missing")}, {(c.Met ? "met" : "not met")}"));
        }
        else if (overspend > 0)
        {
            steps.Add(Step("CAPITATION_OVERSPEND", overspend,
                $"超支 = 费用 {Figures.Yuan(cost)} − 预算 {Figures.Yuan(budget)} = {Figures.Yuan(overspend)}，不予奖励",
                $"overspend = cost {Figures.Yuan(cost)} − budget {Figures.Yuan(budget)} = {Figures.Yuan(overspend)}; no reward"));
        }

        var reward = Money.RoundToFen(surplus * share);
        steps.Add(Step("CAPITATION_REWARD", reward,
            $"奖励 = 结余 {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}",
            $"reward = surplus {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}"));
        return new CapitationResult
        {
            Budget = budget, Cost = cost, Surplus = surplus, Overspend = overspend, RewardShare = share, Reward = reward, CapabilityFund = capability,
            ExtraChecks = checks, Steps = steps.ToImmutable(),
        };
    }

    /// <summary>How much cheaper one cost is than another, as a fraction: 1 − cheaper ÷ dearer (e.g. 800 a month in primary care against 5,000 in a tertiary hospital: 0.84).</summary>
    /// <param name="cheaper">The lower cost.</param>
    /// <param name="dearer">The higher cost (&gt; 0).</param>
    /// <returns>The relative saving, not rounded.</returns>
    public static decimal RelativeSaving(decimal cheaper, decimal dearer)
    {
        if (dearer <= 0) throw new ArgumentOutOfRangeException(nameof(dearer), dearer, "must be positive");
        return 1m - cheaper / dearer;
    }
}
