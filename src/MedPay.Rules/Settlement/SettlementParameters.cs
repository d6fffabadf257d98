using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Settlement;

/// <summary>The tunable parameters of the settlement rules (pack file <c>parameters.csv</c>), read once into typed values.</summary>
public sealed class SettlementParameters
{
    internal SettlementParameters(ImmutableDictionary<string, string> values)
    {
        Values = values;
        SameDayStayDays = Int("same_day_stay_days", 0);
        NursingDaysMustEqualStay = Bool("nursing_days_must_equal_stay");
        NewbornMaxAgeDays = Int("newborn_max_age_days", 28);
        WeightMinGrams = Int("weight_min_grams", 100);
        WeightMaxGrams = Int("weight_max_grams", 9999);
        ChildMaxAgeYears = Int("child_max_age_years", 12);
        JuvenileMaxAgeYears = Int("juvenile_max_age_years", 17);
        PerinatalMaxAgeYears = Int("perinatal_max_age_years", 5);
        VentilationThresholdHours = Int("ventilation_threshold_hours", 96);
        IcuToleranceMinutes = Int("icu_tolerance_minutes", 1);
        MoneyTolerance = Decimal("money_tolerance", 0.01m);
        RequireStandardStaffCodes = Bool("require_standard_staff_codes");
        OutpatientChronicMedTypes = (Get("outpatient_chronic_med_types") ?? "14").Split('|', ',').Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
        SplitStayWindowDays = Int("split_stay_window_days", 31);
        TransferWindowDays = Int("transfer_window_days", 1);
        ProvincialDiagnosisTypes = Get("diag_type_scheme") == "provincial";
    }

    /// <summary>The raw name/value pairs.</summary>
    public ImmutableDictionary<string, string> Values { get; }

    /// <summary>Length of stay of a same-day stay (0 by national counting; some QC expects 1).</summary>
    public int SameDayStayDays { get; }

    /// <summary>Whether nursing days must equal the stay rather than not exceed it.</summary>
    public bool NursingDaysMustEqualStay { get; }

    /// <summary>Newborn age limit in days.</summary>
    public int NewbornMaxAgeDays { get; }

    /// <summary>Lowest plausible newborn weight in grams.</summary>
    public int WeightMinGrams { get; }

    /// <summary>Highest plausible newborn weight in grams.</summary>
    public int WeightMaxGrams { get; }

    /// <summary>Child age limit of AG-01.</summary>
    public int ChildMaxAgeYears { get; }

    /// <summary>Age limit of juvenile arthritis (AG-02).</summary>
    public int JuvenileMaxAgeYears { get; }

    /// <summary>Oldest age (years) at which perinatal codes P00–P96 are accepted (NB-07).</summary>
    public int PerinatalMaxAgeYears { get; }

    /// <summary>The ventilation threshold in hours (IC-05).</summary>
    public int VentilationThresholdHours { get; }

    /// <summary>Tolerance on ICU durations in minutes (IC-02).</summary>
    public int IcuToleranceMinutes { get; }

    /// <summary>Tolerance on money identities in yuan (FE-02, FE-04–FE-07).</summary>
    public decimal MoneyTolerance { get; }

    /// <summary>Whether the region requires the provincial <c>*_STD</c> staff codes (RQ-04).</summary>
    public bool RequireStandardStaffCodes { get; }

    /// <summary>The <c>MED_TYPE</c> values of outpatient chronic/special settlements (RQ-12).</summary>
    public ImmutableHashSet<string> OutpatientChronicMedTypes { get; }

    /// <summary>Readmission window of the split-stay audit (AU-01), in days.</summary>
    public int SplitStayWindowDays { get; }

    /// <summary>Days allowed between a transfer-out and the receiving admission (AU-02).</summary>
    public int TransferWindowDays { get; }

    /// <summary>Whether DIAG_TYPE follows the provincial scheme (1/2 western, 3/4 TCM) rather than the national one (1 western, 2/3 TCM).</summary>
    public bool ProvincialDiagnosisTypes { get; }

    /// <summary>A raw value.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Get(string name) => Values.TryGetValue(name, out var value) ? value : null;

    internal static bool IsValid(string name, string value) =>
        name switch
        {
            "nursing_days_must_equal_stay" or "require_standard_staff_codes" => value is "true" or "false",
            "money_tolerance" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0,
            "outpatient_chronic_med_types" => true,
            "diag_type_scheme" => value is "national" or "provincial",
            _ => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0,
        };

    private int Int(string name, int fallback) =>
        Get(name) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : fallback;

    private decimal Decimal(string name, decimal fallback) =>
        Get(name) is { } v && decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : fallback;

    private bool Bool(string name) => string.Equals(Get(name), "true", StringComparison.OrdinalIgnoreCase);
}
