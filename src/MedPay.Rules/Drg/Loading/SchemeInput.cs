using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg.Loading;

/// <summary>
/// What a loader front end hands to the shared assembler (<see cref="DrgSchemeLoader"/>): the scheme's tables by role, the
/// language its conditions are written in, and how its tables are named in messages. Roles are the constants below.
/// </summary>
internal sealed class SchemeInput
{
    // Roles of the MDC table.
    public const int MdcSeq = 0, MdcCode = 1, MdcName = 2, MdcCondition = 3;

    // Roles of the ADRG table; Kind may be absent (the workbook has none: the kind is read from the code).
    public const int AdrgMdc = 0, AdrgSeq = 1, AdrgCode = 2, AdrgName = 3, AdrgKindColumn = 4, AdrgCondition = 5;

    // Roles of the DRG table; Mdc may be absent (the folder layout has none).
    public const int DrgAdrg = 0, DrgSeq = 1, DrgCode = 2, DrgName = 3, DrgCondition = 4, DrgMdc = 5;

    // Roles of the code tables (tables.csv / 集合); Tag and Name may be absent.
    public const int TableName = 0, TableCode = 1, TableTag = 2, TableCodeName = 3;

    // Roles of the CC list and of the exclusion tables.
    public const int CcCode = 0, CcLevel = 1, CcGroup = 2, CcName = 3;
    public const int ExclusionGroup = 0, ExclusionMain = 1, ExclusionName = 2;

    // Roles of a dictionary; the attribute roles may be absent (docs/coding.md).
    public const int DictCode = 0, DictName = 1, DictSex = 2, DictAgeMin = 3, DictAgeMax = 4, DictNotMain = 5, DictOr = 6;

    public SchemeInput(SchemeTable mdcs, SchemeTable adrgs, SchemeTable drgs, SchemeTable tables, SchemeTable cc, SchemeTable exclusions,
        SchemeTable? diagnoses, SchemeTable? procedures, IConditionLanguage language)
    {
        Mdcs = mdcs;
        Adrgs = adrgs;
        Drgs = drgs;
        Tables = tables;
        Cc = cc;
        Exclusions = exclusions;
        Diagnoses = diagnoses;
        Procedures = procedures;
        Language = language;
    }

    public SchemeTable Mdcs { get; }

    public SchemeTable Adrgs { get; }

    public SchemeTable Drgs { get; }

    public SchemeTable Tables { get; }

    public SchemeTable Cc { get; }

    public SchemeTable Exclusions { get; }

    /// <summary>The diagnosis dictionary, or <see langword="null"/>: the known codes are then those the tables name (a workbook without dictionaries).</summary>
    public SchemeTable? Diagnoses { get; }

    /// <summary>The procedure dictionary, or <see langword="null"/>.</summary>
    public SchemeTable? Procedures { get; }

    /// <summary>Whether the pack brings no dictionaries (see <see cref="Diagnoses"/>).</summary>
    public bool WithoutDictionaries => Diagnoses is null || Procedures is null;

    /// <summary>The language the conditions are written in.</summary>
    public IConditionLanguage Language { get; }

    /// <summary>The manifest the scheme reports, when the front end derives it (a workbook's title and format); else the pack's.</summary>
    public RulePacks.RulePackManifest? Manifest { get; init; }
}
