using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Capitation;

/// <summary>The settlement of a capitation contract: budget, surplus, the outcome reward and the capability fund, with every step.</summary>
public sealed record CapitationResult
{
    /// <summary>Enrolled persons × capitation per person.</summary>
    public decimal Budget { get; init; }

    /// <summary>The actual cost.</summary>
    public decimal Cost { get; init; }

    /// <summary>Budget − cost when positive (kept by the contractor), else 0.</summary>
    public decimal Surplus { get; init; }

    /// <summary>Cost − budget when positive, else 0 (not paid by the fund).</summary>
    public decimal Overspend { get; init; }

    /// <summary>The reward's share of the surplus: the base share, plus the extra share when the extra targets are met.</summary>
    public decimal RewardShare { get; init; }

    /// <summary>Surplus × reward share, rounded to the fen.</summary>
    public decimal Reward { get; init; }

    /// <summary>The part of the budget set aside for primary-care capability (equipment, training).</summary>
    public decimal CapabilityFund { get; init; }

    /// <summary>The <c>capitation_extra</c> targets checked.</summary>
    public ImmutableArray<TargetCheck> ExtraChecks { get; init; } = ImmutableArray<TargetCheck>.Empty;

    /// <summary>Every step, in order.</summary>
    public ImmutableArray<RetentionStep> Steps { get; init; } = ImmutableArray<RetentionStep>.Empty;
}
