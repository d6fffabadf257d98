using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>The budget point value (预算点值) set at the start of a year, with its parts and steps (see <see cref="DipPointValues.Budget"/>).</summary>
public sealed class DipBudgetPointValue
{
    /// <summary>The weighted mean of the yearly inpatient total costs (weights 1 : 2 : 7 by default, oldest first).</summary>
    public decimal WeightedMeanCost { get; init; }

    /// <summary>The expected total score Σ(group score × case count).</summary>
    public decimal ExpectedTotalScore { get; init; }

    /// <summary>The point value = weighted mean cost ÷ expected total score, or <see langword="null"/> when it cannot be computed (see <see cref="Issues"/>).</summary>
    public decimal? PointValue { get; init; }

    /// <summary>The computation, step by step.</summary>
    public ImmutableArray<LocalizedText> Steps { get; init; } = ImmutableArray<LocalizedText>.Empty;

    /// <summary>Problems (zero total score, weights that do not fit the years).</summary>
    public ImmutableArray<Issue> Issues { get; init; } = ImmutableArray<Issue>.Empty;
}
