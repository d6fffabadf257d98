namespace MedPay.Rules.Drg;

/// <summary>One difference between two schemes, as <see cref="DrgSchemeDiff"/> lists it.</summary>
public sealed class DrgSchemeChange
{
    internal DrgSchemeChange(DrgSchemeChangeKind kind, string subject, string code, string? before, string? after)
    {
        Kind = kind;
        Subject = subject;
        Code = code;
        Before = before;
        After = after;
    }

    /// <summary>Added, removed or changed.</summary>
    public DrgSchemeChangeKind Kind { get; }

    /// <summary>What changed: <c>mdc</c>, <c>adrg</c>, <c>drg</c>, <c>table</c>, <c>cc</c>, <c>diagnosis</c> or <c>procedure</c>.</summary>
    public string Subject { get; }

    /// <summary>The code of the MDC, ADRG, DRG or table, or the dictionary code.</summary>
    public string Code { get; }

    /// <summary>The old value (name, condition, code list summary), when there was one.</summary>
    public string? Before { get; }

    /// <summary>The new value, when there is one.</summary>
    public string? After { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Subject} {Code}: {Before} -> {After}";
}
