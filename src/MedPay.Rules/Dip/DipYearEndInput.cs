using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>The input of a year-end DIP settlement (年终清算): the method, each fund's budget and every hospital's scored cases.</summary>
public sealed class DipYearEndInput
{
    private IReadOnlyList<DipScoredCase> _cases = ImmutableArray<DipScoredCase>.Empty;

    /// <summary>The catalogue pack the cases were scored with, carried into the report; <see langword="null"/> when not known.</summary>
    public RulePacks.RulePackIdentity? Pack { get; init; }

    /// <summary>Floating or fixed point value.</summary>
    public DipPointValueMethod Method { get; init; }

    /// <summary>The budgets; cases of a fund without its own budget go to the <see cref="DipFund.Unspecified"/> budget when there is one.</summary>
    public ImmutableArray<DipFundBudget> Budgets { get; init; } = ImmutableArray<DipFundBudget>.Empty;

    /// <summary>The scored cases of all hospitals.</summary>
    public IReadOnlyList<DipScoredCase> Cases
    {
        get => _cases;
        init => _cases = value ?? ImmutableArray<DipScoredCase>.Empty;
    }

    /// <summary>Decimal places the floating point value is published with, or <see langword="null"/> to keep it exact (then payments add up to the budget to the fen).</summary>
    public int? PointValueDecimals { get; init; }
}
