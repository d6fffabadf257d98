namespace MedPay.Rules.Drg;

/// <summary>An other diagnosis of a case that the CC/MCC list names: its level, and whether it counted or which exclusion group removed it.</summary>
public sealed class ComplicationFinding
{
    internal ComplicationFinding(string code, ComplicationLevel level, bool counted, string? excludedByGroup)
    {
        Code = code;
        Level = level;
        Counted = counted;
        ExcludedByGroup = excludedByGroup;
    }

    /// <summary>The diagnosis code.</summary>
    public string Code { get; }

    /// <summary>Its level in <c>cc.csv</c>.</summary>
    public ComplicationLevel Level { get; }

    /// <summary>Whether it counted as a CC/MCC of the case.</summary>
    public bool Counted { get; }

    /// <summary>The exclusion group (排除表) that removed it because of the main diagnosis, or <see langword="null"/>.</summary>
    public string? ExcludedByGroup { get; }

    /// <inheritdoc />
    public override string ToString() => Counted ? $"{Code} {Level} counted" : $"{Code} {Level} excluded by group {ExcludedByGroup}";
}
