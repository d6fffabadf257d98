using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>
/// The region parameters of a DIP catalogue (<c>parameters.csv</c>): score scale, diagnosis key length, deviation thresholds and
/// formulas and reference, rounding, unknown-procedure policy, choice order and tie-breakers, history weights. The defaults are the
/// national text as summarised in domain-primer §3.7 (strict bounds r &lt; 0.5 / r &gt; 2, "+1" high formula, expert review above 5) with
/// Node-DIP's matching order (§3.3) where the national text says nothing; every one is data so that a region's variant is a pack edit.
/// </summary>
public sealed record DipParameters
{
    /// <summary>The fixed choice order of Node-DIP (domain-primer §3.3 step 5).</summary>
    public static readonly ImmutableArray<DipChoiceSlot> DefaultChoiceOrder = ImmutableArray.Create(
        new DipChoiceSlot(DipGroupKind.Core, DipTreatment.Surgical), new DipChoiceSlot(DipGroupKind.Basic, DipTreatment.Surgical),
        new DipChoiceSlot(DipGroupKind.Core, DipTreatment.Therapeutic), new DipChoiceSlot(DipGroupKind.Basic, DipTreatment.Therapeutic),
        new DipChoiceSlot(DipGroupKind.Core, DipTreatment.Diagnostic), new DipChoiceSlot(DipGroupKind.Basic, DipTreatment.Diagnostic),
        new DipChoiceSlot(DipGroupKind.Comprehensive, DipTreatment.Surgical), new DipChoiceSlot(DipGroupKind.Comprehensive, DipTreatment.Therapeutic),
        new DipChoiceSlot(DipGroupKind.Comprehensive, DipTreatment.Diagnostic), new DipChoiceSlot(DipGroupKind.Core, DipTreatment.Conservative),
        new DipChoiceSlot(DipGroupKind.Basic, DipTreatment.Conservative), new DipChoiceSlot(DipGroupKind.Comprehensive, DipTreatment.Conservative));

    /// <summary>The national parameters as summarised in domain-primer §3.7, with Node-DIP's matching order (the defaults of every property).</summary>
    public static DipParameters Default { get; } = new();

    /// <summary>The score scale (1, 100 or 1000; informative: scores are read as published). Default 1000.</summary>
    public int ScoreScale { get; init; } = 1000;

    /// <summary>How many characters of the main diagnosis form its key (5 = sub-category such as <c>K80.1</c>; Tangshan uses the same). Default 5.</summary>
    public int DiagnosisKeyLength { get; init; } = 5;

    /// <summary>The prefix lengths tried for comprehensive groups by diagnosis, in order. Default 3, 2, 1.</summary>
    public ImmutableArray<int> ComprehensivePrefixLengths { get; init; } = ImmutableArray.Create(3, 2, 1);

    /// <summary>The low-deviation threshold on r = cost ÷ reference mean. Default 0.5.</summary>
    public decimal LowThreshold { get; init; } = 0.5m;

    /// <summary>
    /// Whether r equal to <see cref="LowThreshold"/> is low (≤, Node-DIP) rather than normal (&lt;, the national text as summarised in
    /// domain-primer §3.7). Default false: the national text.
    /// </summary>
    public bool LowInclusive { get; init; }

    /// <summary>The high-deviation threshold T. Default 2.</summary>
    public decimal HighThreshold { get; init; } = 2m;

    /// <summary>
    /// Whether r equal to <see cref="HighThreshold"/> is high (≥, Node-DIP) rather than normal (&gt;, the national text as summarised in
    /// domain-primer §3.7). Default false: the national text.
    /// </summary>
    public bool HighInclusive { get; init; }

    /// <summary>
    /// What r is measured against for a case in an auxiliary subtype: the subtype's reference (its own published mean, else the group's
    /// reference × the subtype coefficient) or the group's reference. Default <see cref="DipDeviationReference.Subtype"/>.
    /// </summary>
    public DipDeviationReference DeviationReference { get; init; } = DipDeviationReference.Subtype;

    /// <summary>The high-deviation formula: the "+1" or a regional hospital coefficient in its place. Default <see cref="DipHighFormula.PlusOne"/>.</summary>
    public DipHighFormula HighFormula { get; init; } = DipHighFormula.PlusOne;

    /// <summary>Whether the hospital-grade (or basic) coefficient multiplies a deviation score again (Node-DIP base: yes; Jining: no). Default true.</summary>
    public bool CoefficientAfterDeviation { get; init; } = true;

    /// <summary>The extreme threshold (r strictly above it is extreme), or <see langword="null"/> for none. Default 5 (national: expert review).</summary>
    public decimal? ExtremeThreshold { get; init; } = 5m;

    /// <summary>What an extreme case is scored with. Default <see cref="DipExtremeFormula.High"/> (flag only).</summary>
    public DipExtremeFormula ExtremeFormula { get; init; } = DipExtremeFormula.High;

    /// <summary>The decimal places a case score is rounded to (half away from zero), or <see langword="null"/> for no rounding. Default 4.</summary>
    public int? ScoreDecimals { get; init; } = 4;

    /// <summary>What to do with a procedure the dictionary does not list. Default <see cref="DipUnknownProcedurePolicy.Ignore"/>.</summary>
    public DipUnknownProcedurePolicy UnknownProcedure { get; init; } = DipUnknownProcedurePolicy.Ignore;

    /// <summary>The order in which a candidate's (kind, treatment) slot is preferred; slots not listed are never chosen.</summary>
    public ImmutableArray<DipChoiceSlot> ChoiceOrder { get; init; } = DefaultChoiceOrder;

    /// <summary>The tie-breakers within one slot, in order; the catalogue row order decides last. Default combination, matched, closest cost, higher score.</summary>
    public ImmutableArray<DipTieBreaker> TieBreakers { get; init; } = ImmutableArray.Create(DipTieBreaker.Combination, DipTieBreaker.Matched, DipTieBreaker.ClosestCost, DipTieBreaker.HigherScore);

    /// <summary>The weights of the last three years, oldest first, for weighted means (domain-primer §3.5, §3.8). Default 1, 2, 7.</summary>
    public ImmutableArray<decimal> HistoryWeights { get; init; } = ImmutableArray.Create(1m, 2m, 7m);
}
