namespace MedPay.Rules.Dip;

/// <summary>
/// A DIP group (病种组合) of a catalogue: code, name, kind, main-diagnosis key, procedure combination or treatment type,
/// score (分值) and the region-wide mean cost (次均费用) when the catalogue publishes one.
/// </summary>
public sealed class DipGroup
{
    internal DipGroup(int index, string code, string name, DipGroupKind kind, string diagnosisKey, DipProcedureCombination procedures,
        DipTreatment treatment, decimal score, decimal? averageCost, SourceLocation location)
    {
        Index = index;
        Code = code;
        Name = name;
        Kind = kind;
        DiagnosisKey = diagnosisKey;
        Procedures = procedures;
        Treatment = treatment;
        Score = score;
        AverageCost = averageCost;
        Location = location;
    }

    internal int Index { get; }

    /// <summary>The group code, e.g. <c>K80.1-01</c>.</summary>
    public string Code { get; }

    /// <summary>The group name.</summary>
    public string Name { get; }

    /// <summary>Core, basic-level or comprehensive.</summary>
    public DipGroupKind Kind { get; }

    /// <summary>
    /// The main-diagnosis key: for core and basic groups the diagnosis sub-category (e.g. <c>K80.1</c>); for comprehensive groups a
    /// diagnosis prefix (<c>K80</c>, <c>I2</c>, <c>J</c>) or a chapter range of categories (<c>K00-K93</c>).
    /// </summary>
    public string DiagnosisKey { get; }

    /// <summary>Whether the group is a comprehensive group keyed by a chapter range (<c>A00-B99</c>).</summary>
    public bool IsRange => Kind == DipGroupKind.Comprehensive && DiagnosisKey.IndexOf('-') > 0;

    /// <summary>The procedure combination; empty for conservative and comprehensive groups.</summary>
    public DipProcedureCombination Procedures { get; }

    /// <summary>The treatment type: stated for comprehensive groups, derived from the procedure types for core and basic groups.</summary>
    public DipTreatment Treatment { get; }

    /// <summary>The group score (病种分值) on the catalogue's scale.</summary>
    public decimal Score { get; }

    /// <summary>The region-wide mean cost per case of the group in yuan, or <see langword="null"/> when not published.</summary>
    public decimal? AverageCost { get; }

    /// <summary>Where the group is defined (<c>groups.csv</c> row).</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}
