using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>The input of an alliance's year-end settlement under one global budget (总额付费).</summary>
public sealed class AllianceYearEndInput
{
    /// <summary>The alliance's id.</summary>
    public string Id { get; init; } = "alliance";

    /// <summary>The alliance's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The global budget for the year, in yuan.</summary>
    public decimal Budget { get; init; }

    /// <summary>The member institutions, in the order that breaks fen ties.</summary>
    public ImmutableArray<AllianceMember> Members { get; init; } = ImmutableArray<AllianceMember>.Empty;

    /// <summary>
    /// The share rule that splits the retained surplus between members, e.g. <c>alliance_30_40_30</c>; a borne overspend is split by its
    /// overspend rule (<see cref="RetentionPolicy.OverspendRule"/>: <c>&lt;name&gt;_overspend</c> when the pack has one, else this rule's base shares).
    /// </summary>
    public string ShareRule { get; init; } = string.Empty;

    /// <summary>The alliance's quality grade, if assigned (needed only when the policy applies the retention tiers to alliances or the grade's payment coefficient).</summary>
    public string? QualityGrade { get; init; }

    /// <summary>The alliance's quality score, used when no grade is given.</summary>
    public decimal? QualityScore { get; init; }

    /// <summary>Alliance-level indicators for the <c>retention</c> targets.</summary>
    public ImmutableDictionary<string, decimal> Indicators { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Referred cases.</summary>
    public ImmutableArray<Referral> Referrals { get; init; } = ImmutableArray<Referral>.Empty;

    /// <summary>Adverse events to split.</summary>
    public ImmutableArray<AdverseEvent> AdverseEvents { get; init; } = ImmutableArray<AdverseEvent>.Empty;
}
