using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>A member institution of a medical alliance (医联体/医共体成员单位) and its year's figures.</summary>
public sealed record AllianceMember
{
    /// <summary>The member's id.</summary>
    public required string Id { get; init; }

    /// <summary>The member's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its level as the share rules and risk-fund rates name it, e.g. <c>tertiary</c>, <c>secondary</c>, <c>primary</c>.</summary>
    public required string Level { get; init; }

    /// <summary>Its insured medical cost for the year, counted against the alliance's global budget.</summary>
    public decimal Cost { get; init; }

    /// <summary>Its business revenue (业务收入), the base of its risk-fund contribution.</summary>
    public decimal Revenue { get; init; }

    /// <summary>Its service volume (服务量), used by shares split by volume.</summary>
    public decimal Volume { get; init; }

    /// <summary>Its indicator values for bonus points (e.g. <c>experts_posted</c>, <c>group_cost_reduction</c>).</summary>
    public ImmutableDictionary<string, decimal> Indicators { get; init; } = ImmutableDictionary<string, decimal>.Empty;
}
