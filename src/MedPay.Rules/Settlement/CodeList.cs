namespace MedPay.Rules.Settlement;

/// <summary>The code lists (pack file <c>code_lists.csv</c>) the national checks use, resolved once per catalogue.</summary>
internal enum CodeList
{
    /// <summary><c>female_only_dx</c>.</summary>
    FemaleOnlyDx,

    /// <summary><c>male_only_dx</c>.</summary>
    MaleOnlyDx,

    /// <summary><c>female_only_pr</c>.</summary>
    FemaleOnlyPr,

    /// <summary><c>male_only_pr</c>.</summary>
    MaleOnlyPr,

    /// <summary><c>child_excluded_dx</c>.</summary>
    ChildExcludedDx,

    /// <summary><c>juvenile_arthritis_dx</c>.</summary>
    JuvenileArthritisDx,

    /// <summary><c>external_cause_dx</c>.</summary>
    ExternalCauseDx,

    /// <summary><c>invalid_main_dx</c>.</summary>
    InvalidMainDx,

    /// <summary><c>sequela_dx</c>.</summary>
    SequelaDx,

    /// <summary><c>symptom_dx</c>.</summary>
    SymptomDx,

    /// <summary><c>unspecified_main_dx</c>.</summary>
    UnspecifiedMainDx,

    /// <summary><c>complication_of_care_dx</c>.</summary>
    ComplicationOfCareDx,

    /// <summary><c>head_injury_dx</c>.</summary>
    HeadInjuryDx,

    /// <summary><c>delivery_dx</c>.</summary>
    DeliveryDx,

    /// <summary><c>delivery_dx_excluded</c>.</summary>
    DeliveryDxExcluded,

    /// <summary><c>live_birth_outcome_dx</c>.</summary>
    LiveBirthOutcomeDx,

    /// <summary><c>delivery_outcome_dx</c>.</summary>
    DeliveryOutcomeDx,

    /// <summary><c>perinatal_dx</c>.</summary>
    PerinatalDx,

    /// <summary><c>birth_injury_dx</c>.</summary>
    BirthInjuryDx,

    /// <summary><c>not_main_pr</c>.</summary>
    NotMainPr,

    /// <summary><c>nonspecific_pr</c>.</summary>
    NonspecificPr,

    /// <summary><c>ventilation_under_96h_pr</c>.</summary>
    VentilationUnder96hPr,

    /// <summary><c>ventilation_96h_pr</c>.</summary>
    Ventilation96hPr,

}

/// <summary>The pack names of <see cref="CodeList"/> members.</summary>
internal static class CodeListNames
{
    public static readonly string[] All = { "female_only_dx", "male_only_dx", "female_only_pr", "male_only_pr", "child_excluded_dx", "juvenile_arthritis_dx", "external_cause_dx", "invalid_main_dx", "sequela_dx", "symptom_dx", "unspecified_main_dx", "complication_of_care_dx", "head_injury_dx", "delivery_dx", "delivery_dx_excluded", "live_birth_outcome_dx", "delivery_outcome_dx", "perinatal_dx", "birth_injury_dx", "not_main_pr", "nonspecific_pr", "ventilation_under_96h_pr", "ventilation_96h_pr" };
}
