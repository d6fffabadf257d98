using System.Collections.Immutable;
using static MedPay.Rules.Retention.HospitalYearEnd;

namespace MedPay.Rules.Retention.Capitation;

/// <summary>
/// Settles a capitation contract with its outcome bonus (P3): prepayment = enrolled × capitation per person; the capability fund is set aside
/// from it and the rest is the care budget the cost is measured against. When the cost stays within the care budget the reward is the base
/// share of the surplus, plus the extra when the <c>capitation_extra</c> condition holds (<see cref="RetentionPolicy.Holds"/>), the extra
/// being a share of what <c>capitation_extra_basis</c> names (<see cref="CapitationExtraBasis"/>).
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
            $"人头预付 = {input.Enrolled} 人 × {Figures.Yuan(p.CapitationPerPerson)} = {Figures.Yuan(budget)}",
            $"capitation prepayment = {input.Enrolled} persons × {Figures.Yuan(p.CapitationPerPerson)} = {Figures.Yuan(budget)}"));
        var capability = Money.RoundToFen(budget * p.CapabilityFundRate);
        steps.Add(Step("CAPABILITY_FUND", capability,
            $"能力建设基金 = 预付 {Figures.Yuan(budget)} × {Figures.Percent(p.CapabilityFundRate)} = {Figures.Yuan(capability)}，从预付中提取",
            $"capability fund = prepayment {Figures.Yuan(budget)} × {Figures.Percent(p.CapabilityFundRate)} = {Figures.Yuan(capability)}, set aside from the prepayment"));
        var care = budget - capability;
        steps.Add(Step("CARE_BUDGET", care,
            $"医疗费用预算 = 预付 {Figures.Yuan(budget)} − 能力建设基金 {Figures.Yuan(capability)} = {Figures.Yuan(care)}",
            $"care budget = prepayment {Figures.Yuan(budget)} − capability fund {Figures.Yuan(capability)} = {Figures.Yuan(care)}"));
        var surplus = Math.Max(care - cost, 0m);
        var overspend = Math.Max(cost - care, 0m);
        var checks = policy.Check("capitation_extra", input.Indicators);
        var share = 0m;
        var baseReward = 0m;
        var reward = 0m;
        if (overspend == 0m)
        {
            steps.Add(Step("CAPITATION_SURPLUS", surplus,
                $"结余 = 医疗费用预算 {Figures.Yuan(care)} − 费用 {Figures.Yuan(cost)} = {Figures.Yuan(surplus)}",
                $"surplus = care budget {Figures.Yuan(care)} − cost {Figures.Yuan(cost)} = {Figures.Yuan(surplus)}"));
            foreach (var c in checks)
                steps.Add(Step("CAPITATION_EXTRA_TARGET", c.Met ? p.CapitationExtraReward : 0m,
                    $"{c.Target}：实际 {(c.Value is { } v ? Figures.Number(v) : "缺失")}，{(c.Met ? "达标" : "未达标")}",
                    $"{c.Target}: value {(c.Value is { } w ? Figures.Number(w) : "missing")}, {(c.Met ? "met" : "not met")}"));
            share = p.CapitationSurplusReward;
            baseReward = reward = Money.RoundToFen(surplus * share);
            steps.Add(Step("CAPITATION_BASE_REWARD", baseReward,
                $"基础奖励 = 结余 {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(baseReward)}",
                $"base reward = surplus {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(baseReward)}"));
            if (RetentionPolicy.Holds(checks) && p.CapitationExtraReward != 0m)
            {
                var extra = p.CapitationExtraReward;
                (string Zh, string En) text;
                switch (p.CapitationExtraBasis)
                {
                    case CapitationExtraBasis.Reward:
                        share = p.CapitationSurplusReward * (1m + extra);
                        reward = Money.RoundToFen(surplus * share);
                        text = ($"额外奖励按基础奖励的 {Figures.Percent(extra)}：奖励比例 {Figures.Percent(p.CapitationSurplusReward)} × (1 + {Figures.Percent(extra)}) = {Figures.Percent(share)}，奖励 = 结余 {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}",
                            $"extra of {Figures.Percent(extra)} of the base reward: share {Figures.Percent(p.CapitationSurplusReward)} × (1 + {Figures.Percent(extra)}) = {Figures.Percent(share)}, reward = surplus {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}");
                        break;
                    case CapitationExtraBasis.Prepayment:
                        var onPrepayment = Money.RoundToFen(budget * extra);
                        reward = baseReward + onPrepayment;
                        text = ($"额外奖励按预付的 {Figures.Percent(extra)}：预付 {Figures.Yuan(budget)} × {Figures.Percent(extra)} = {Figures.Yuan(onPrepayment)}",
                            $"extra of {Figures.Percent(extra)} of the prepayment: {Figures.Yuan(budget)} × {Figures.Percent(extra)} = {Figures.Yuan(onPrepayment)}");
                        break;
                    default:
                        share = p.CapitationSurplusReward + extra;
                        reward = Money.RoundToFen(surplus * share);
                        text = ($"额外奖励按结余的 {Figures.Percent(extra)}：奖励比例 {Figures.Percent(p.CapitationSurplusReward)} + {Figures.Percent(extra)} = {Figures.Percent(share)}，奖励 = 结余 {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}",
                            $"extra of {Figures.Percent(extra)} of the surplus: share {Figures.Percent(p.CapitationSurplusReward)} + {Figures.Percent(extra)} = {Figures.Percent(share)}, reward = surplus {Figures.Yuan(surplus)} × {Figures.Percent(share)} = {Figures.Yuan(reward)}");
                        break;
                }

                steps.Add(Step("CAPITATION_EXTRA_REWARD", reward - baseReward, text.Zh, text.En));
            }
        }
        else
        {
            steps.Add(Step("CAPITATION_OVERSPEND", overspend,
                $"超支 = 费用 {Figures.Yuan(cost)} − 医疗费用预算 {Figures.Yuan(care)} = {Figures.Yuan(overspend)}，不予奖励",
                $"overspend = cost {Figures.Yuan(cost)} − care budget {Figures.Yuan(care)} = {Figures.Yuan(overspend)}; no reward"));
        }

        steps.Add(Step("CAPITATION_REWARD", reward,
            $"奖励合计 = 基础 {Figures.Yuan(baseReward)} + 额外 {Figures.Yuan(reward - baseReward)} = {Figures.Yuan(reward)}",
            $"reward = base {Figures.Yuan(baseReward)} + extra {Figures.Yuan(reward - baseReward)} = {Figures.Yuan(reward)}"));
        return new CapitationResult
        {
            Budget = budget, CapabilityFund = capability, Cost = cost, Surplus = surplus, Overspend = overspend, RewardShare = share,
            BaseReward = baseReward, Reward = reward, ExtraChecks = checks, Steps = steps.ToImmutable(),
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
