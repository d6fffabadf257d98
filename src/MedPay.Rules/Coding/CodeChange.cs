namespace MedPay.Rules.Coding;

/// <summary>One change that normalisation made to an input code: the rule (with its reason code) and the text before and after.</summary>
public sealed class CodeChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="reason">The rule that made the change.</param>
    /// <param name="before">The text before the rule.</param>
    /// <param name="after">The text after the rule.</param>
    public CodeChange(CodeNormalizationReason reason, string before, string after)
    {
        Reason = reason;
        Before = before ?? string.Empty;
        After = after ?? string.Empty;
    }

    /// <summary>The rule that made the change.</summary>
    public CodeNormalizationReason Reason { get; }

    /// <summary>The stable reason code, e.g. <c>DOT_INSERTED</c>.</summary>
    public string ReasonCode => Reason.Code();

    /// <summary>The text before the rule.</summary>
    public string Before { get; }

    /// <summary>The text after the rule.</summary>
    public string After { get; }

    /// <inheritdoc />
    public override string ToString() => ReasonCode + ": '" + Before + "' -> '" + After + "'";
}
