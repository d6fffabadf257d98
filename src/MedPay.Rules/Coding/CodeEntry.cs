namespace MedPay.Rules.Coding;

/// <summary>
/// One code of a scheme's dictionary, with its name and, where the pack's dictionary gives them (optional columns, docs/coding.md),
/// the restrictions of the published code list: sex, age range, "not to be the main diagnosis", operating-room procedure.
/// </summary>
public sealed class CodeEntry
{
    internal CodeEntry(string code, string name, CodeKind kind, int id, CodeEntryAttributes? attributes = null)
    {
        Code = code;
        Name = name;
        Kind = kind;
        Id = id;
        var a = attributes ?? CodeEntryAttributes.None;
        Sex = a.Sex;
        MinAgeYears = a.MinAgeYears;
        MaxAgeYears = a.MaxAgeYears;
        NotMainDiagnosis = a.NotMainDiagnosis;
        IsOperatingRoom = a.IsOperatingRoom;
        HasRestrictions = Sex != SexRestriction.None || MinAgeYears is not null || MaxAgeYears is not null || NotMainDiagnosis;
    }

    /// <summary>The code as the dictionary writes it, e.g. <c>K80.000x004</c>.</summary>
    public string Code { get; }

    /// <summary>The name (Chinese), e.g. <c>胆囊结石伴急性胆囊炎</c>.</summary>
    public string Name { get; }

    /// <summary>Whether it is a diagnosis or a procedure.</summary>
    public CodeKind Kind { get; }

    /// <summary>The sex the code is restricted to (column <c>sex</c>); <see cref="SexRestriction.None"/> when not given.</summary>
    public SexRestriction Sex { get; }

    /// <summary>The lowest age in whole years the code applies to (column <c>age_min</c>), or <see langword="null"/>.</summary>
    public int? MinAgeYears { get; }

    /// <summary>The highest age in whole years the code applies to (column <c>age_max</c>), or <see langword="null"/>.</summary>
    public int? MaxAgeYears { get; }

    /// <summary>Whether the code may not be the main diagnosis (column <c>not_main</c>; e.g. asterisk-only and external-cause codes).</summary>
    public bool NotMainDiagnosis { get; }

    /// <summary>Whether the procedure is an operating-room (OR) procedure (column <c>or</c>).</summary>
    public bool IsOperatingRoom { get; }

    /// <summary>The parsed code (category, extension, dagger–asterisk parts, chapter).</summary>
    public IcdCode Parsed => IcdCode.Parse(Code);

    /// <summary>Whether the entry restricts sex, age or use as the main diagnosis.</summary>
    internal bool HasRestrictions { get; }

    /// <summary>The code's integer id in the scheme's code space (stable for one loaded scheme only).</summary>
    internal int Id { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Name;
}

/// <summary>The optional dictionary columns of one row, as the loader reads them.</summary>
internal sealed class CodeEntryAttributes
{
    public static readonly CodeEntryAttributes None = new();

    public SexRestriction Sex { get; init; }

    public int? MinAgeYears { get; init; }

    public int? MaxAgeYears { get; init; }

    public bool NotMainDiagnosis { get; init; }

    public bool IsOperatingRoom { get; init; }
}
