namespace MedPay.Rules.Dip;

/// <summary>One step of a grouping trace: a group that was tried at a stage, whether it matched, and why.</summary>
public sealed class DipTraceEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="stage">The stage: <c>core</c>, <c>basic</c>, <c>comprehensive-prefix</c>, <c>comprehensive-range</c>, <c>auxiliary</c>, <c>choice</c>.</param>
    /// <param name="code">The group code or auxiliary subtype concerned, or empty.</param>
    /// <param name="matched">Whether it matched (for <c>choice</c>: whether it was chosen).</param>
    /// <param name="reason">Why, in Chinese and English.</param>
    public DipTraceEntry(string stage, string code, bool matched, LocalizedText reason)
    {
        Stage = stage;
        Code = code;
        Matched = matched;
        Reason = reason;
    }

    /// <summary>The stage.</summary>
    public string Stage { get; }

    /// <summary>The group code or auxiliary subtype.</summary>
    public string Code { get; }

    /// <summary>Whether it matched or was chosen.</summary>
    public bool Matched { get; }

    /// <summary>Why.</summary>
    public LocalizedText Reason { get; }

    /// <inheritdoc />
    public override string ToString() => Stage + " " + Code + (Matched ? " ✓ " : " ✗ ") + Reason;
}
