using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Capitation;

/// <summary>The settlement of a capitation contract: prepayment, capability fund, care budget, surplus, the outcome reward, with every step.</summary>
public sealed record CapitationResult
{
    /// <summary>The prepayment: enrolled persons × capitation per person.</summary>
    public decimal Budget { get; init; }

    /// <summary>The part of the prepayment set aside for primary-care capability (equipment, training): prepayment × <c>capability_fund_rate</c>.</summary>
    public decimal CapabilityFund { get; init; }

    /// <summary>What is left of the prepayment for care, against which the cost is measured: <see cref="Budget"/> − <see cref="CapabilityFund"/>.</summary>
    public decimal CareBudget => Budget - CapabilityFund;

    /// <summary>The actual cost.</summary>
    public decimal Cost { get; init; }

    /// <summary>Care budget − cost when positive (kept by the contractor), else 0.</summary>
    public decimal Surplus { get; init; }

    /// <summary>Cost − care budget when positive, else 0 (not paid by the fund).</summary>
    public decimal Overspend { get; init; }

    /// <summary>
    /// The share of the surplus paid as a reward: the base share, raised by the extra when the <c>capitation_extra</c> condition holds and the
    /// extra is a share of the surplus (+ rate) or of the base reward (× (1 + rate)); with the extra a share of the prepayment, the base share.
    /// </summary>
    public decimal RewardShare { get; init; }

    /// <summary>The base reward: surplus × <c>capitation_surplus_reward</c>, rounded to the fen (0 when the cost exceeds the care budget).</summary>
    public decimal BaseReward { get; init; }

    /// <summary>The extra reward: <see cref="Reward"/> − <see cref="BaseReward"/>.</summary>
    public decimal ExtraReward => Reward - BaseReward;

    /// <summary>The whole reward, rounded to the fen.</summary>
    public decimal Reward { get; init; }

    /// <summary>The <c>capitation_extra</c> targets checked.</summary>
    public ImmutableArray<TargetCheck> ExtraChecks { get; init; } = ImmutableArray<TargetCheck>.Empty;

    /// <summary>Every step, in order.</summary>
    public ImmutableArray<RetentionStep> Steps { get; init; } = ImmutableArray<RetentionStep>.Empty;
}
