namespace MedPay.Rules.Settlement;

/// <summary>A code-combination rule row (pack file <c>code_pairs.csv</c>): when a code of the left set is present,
/// a code of the right set must (<c>requires</c>) or must not (<c>excludes</c>) be present too.</summary>
public sealed class SettlementCodePair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="ruleId">The rule the pair belongs to.</param>
    /// <param name="leftKind">Where the left codes are looked for: <c>dx</c>, <c>main_dx</c> or <c>pr</c>.</param>
    /// <param name="left">The left code ranges.</param>
    /// <param name="requires">Whether the right set is required (else excluded).</param>
    /// <param name="rightKind">Where the right codes are looked for.</param>
    /// <param name="right">The right code ranges.</param>
    /// <param name="suggestion">A combined code to use instead, when the pack gives one.</param>
    public SettlementCodePair(string ruleId, string leftKind, CodeRangeSet left, bool requires, string rightKind, CodeRangeSet right, string? suggestion)
    {
        RuleId = ruleId;
        LeftKind = leftKind;
        Left = left;
        Requires = requires;
        RightKind = rightKind;
        Right = right;
        Suggestion = string.IsNullOrWhiteSpace(suggestion) ? null : suggestion;
    }

    /// <summary>The rule the pair belongs to.</summary>
    public string RuleId { get; }

    /// <summary>Where the left codes are looked for: <c>dx</c>, <c>main_dx</c> or <c>pr</c>.</summary>
    public string LeftKind { get; }

    /// <summary>The left code ranges.</summary>
    public CodeRangeSet Left { get; }

    /// <summary>Whether the right set is required (else excluded).</summary>
    public bool Requires { get; }

    /// <summary>Where the right codes are looked for.</summary>
    public string RightKind { get; }

    /// <summary>The right code ranges.</summary>
    public CodeRangeSet Right { get; }

    /// <summary>A combined code to use instead, or <see langword="null"/>.</summary>
    public string? Suggestion { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId + ": " + LeftKind + " " + Left + (Requires ? " requires " : " excludes ") + RightKind + " " + Right;
}
