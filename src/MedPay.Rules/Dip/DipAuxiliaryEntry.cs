namespace MedPay.Rules.Dip;

/// <summary>
/// One entry of the auxiliary catalogue (辅助目录): a subtype of a group (or of every group, <c>*</c>) with the conditions a case must
/// meet and the coefficient applied to the group score. All given conditions must hold; when several entries match, the highest
/// coefficient wins (Node-DIP, domain-primer §3.4).
/// </summary>
public sealed class DipAuxiliaryEntry
{
    internal DipAuxiliaryEntry(string group, string subtype, DipAuxiliaryDimension dimension, string name, string? otherDiagnosisList,
        string? procedureList, DipAgeBound? ageMin, DipAgeBound? ageMax, int? losMin, int? losMax, int? discharge, decimal coefficient, decimal? averageCost, SourceLocation location)
    {
        Group = group;
        Subtype = subtype;
        Dimension = dimension;
        Name = name;
        OtherDiagnosisList = otherDiagnosisList;
        ProcedureList = procedureList;
        AgeMin = ageMin;
        AgeMax = ageMax;
        LosMin = losMin;
        LosMax = losMax;
        Discharge = discharge;
        Coefficient = coefficient;
        AverageCost = averageCost;
        Location = location;
    }

    /// <summary>The group code the entry belongs to, or <c>*</c> for every group.</summary>
    public string Group { get; }

    /// <summary>The subtype code, e.g. <c>III</c>, <c>T-V-A</c>, <c>AGE-1</c>.</summary>
    public string Subtype { get; }

    /// <summary>What the entry adjusts for.</summary>
    public DipAuxiliaryDimension Dimension { get; }

    /// <summary>The subtype name.</summary>
    public string Name { get; }

    /// <summary>A code list (<c>code_lists.csv</c>) that some other (secondary) diagnosis must fall in, or <see langword="null"/>.</summary>
    public string? OtherDiagnosisList { get; }

    /// <summary>A code list that some procedure must fall in, or <see langword="null"/>.</summary>
    public string? ProcedureList { get; }

    /// <summary>The lowest age (inclusive), or <see langword="null"/>.</summary>
    public DipAgeBound? AgeMin { get; }

    /// <summary>The highest age (inclusive), or <see langword="null"/>.</summary>
    public DipAgeBound? AgeMax { get; }

    /// <summary>The shortest length of stay in days (inclusive), or <see langword="null"/>.</summary>
    public int? LosMin { get; }

    /// <summary>The longest length of stay in days (inclusive), or <see langword="null"/>.</summary>
    public int? LosMax { get; }

    /// <summary>The discharge disposition required (5 = death), or <see langword="null"/>.</summary>
    public int? Discharge { get; }

    /// <summary>The coefficient applied to the group score.</summary>
    public decimal Coefficient { get; }

    /// <summary>
    /// The subtype's own reference mean cost per case in yuan (<c>avg_cost</c>, optional), or <see langword="null"/>. With
    /// <see cref="DipDeviationReference.Subtype"/> the deviation ratio of a case in this subtype is measured against it; without it, against
    /// the group's reference × <see cref="Coefficient"/>. Only an entry of one group can carry it (not a <c>*</c> entry).
    /// </summary>
    public decimal? AverageCost { get; }

    /// <summary>Where the entry is defined (<c>auxiliary.csv</c> row).</summary>
    public SourceLocation Location { get; }

    internal ulong OtherDiagnosisMask { get; set; }

    internal ulong ProcedureMask { get; set; }

    /// <inheritdoc />
    public override string ToString() => Group + ":" + Subtype + " " + Name + " ×" + Coefficient.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
