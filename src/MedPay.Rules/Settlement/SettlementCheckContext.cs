using System.Collections.Immutable;
using System.Globalization;
using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>One validation of one list: the list, facts derived once (times, ages, sex, the main diagnosis), the
/// catalogue and code knowledge, and the sink the rules report into.</summary>
internal sealed class SettlementCheckContext
{
    private List<SettlementFinding>? _findings;

    public SettlementCheckContext(SettlementList list, SettlementRuleCatalogue catalogue, ISettlementCodeSets codes, ISettlementRegistry? registry)
    {
        List = list;
        Setl = list.Setlinfo;
        Catalogue = catalogue;
        Parameters = catalogue.Parameters;
        Codes = codes;
        Registry = registry;
        HasAdmission = Setl.TryGetTime(S.AdmTime, out var adm);
        Admission = adm;
        HasDischarge = Setl.TryGetTime(S.DscgTime, out var dscg);
        Discharge = dscg;
        HasBirth = Setl.TryGetTime(S.Brdy, out var birth);
        Birth = birth;
        HasAgeYears = Setl.TryGetNumber(S.Age, out var ageYears);
        AgeYears = ageYears;
        HasAgeDays = Setl.TryGetNumber(S.NwbAge, out var ageDays);
        AgeDays = ageDays;
        if (HasBirth && HasAdmission && birth.Date <= adm.Date)
        {
            HasComputedAge = true;
            ComputedYears = CompletedYears(birth.Date, adm.Date);
            ComputedDays = (int)(adm.Date - birth.Date).TotalDays;
        }

        Sex = Setl[S.Gend];
        var diagnoses = list.Diagnoses;
        var provincial = Parameters.ProvincialDiagnosisTypes;
        MainIndex = -1;
        for (var i = 0; i < diagnoses.Length; i++)
        {
            if (!IsWestern(diagnoses[i], provincial)) continue;
            if (diagnoses[i][D.MaindiagFlag] != "1") continue;
            MainCount++;
            if (MainIndex < 0) MainIndex = i;
        }
    }

    public SettlementList List { get; }

    public SettlementRecord Setl { get; }

    public SettlementRuleCatalogue Catalogue { get; }

    public SettlementParameters Parameters { get; }

    public ISettlementCodeSets Codes { get; }

    public ISettlementRegistry? Registry { get; }

    public SettlementRule Rule { get; set; } = null!;

    /// <summary>The fields the current rule lists in the catalogue, resolved.</summary>
    public SettlementField[] RuleFields { get; set; } = Array.Empty<SettlementField>();

    public bool HasAdmission { get; }

    public DateTime Admission { get; }

    public bool HasDischarge { get; }

    public DateTime Discharge { get; }

    public bool HasStay => HasAdmission && HasDischarge && Admission <= Discharge;

    public bool HasBirth { get; }

    public DateTime Birth { get; }

    public bool HasAgeYears { get; }

    public decimal AgeYears { get; }

    public bool HasAgeDays { get; }

    public decimal AgeDays { get; }

    /// <summary>Whether completed years and days at admission could be computed from BRDY and ADM_TIME.</summary>
    public bool HasComputedAge { get; }

    public int ComputedYears { get; }

    public int ComputedDays { get; }

    public string? Sex { get; }

    public bool IsMale => Sex == "1";

    public bool IsFemale => Sex == "2";

    /// <summary>The index of the (first) western main diagnosis, -1 when none.</summary>
    public int MainIndex { get; }

    public int MainCount { get; }

    public string? MainCode => MainIndex >= 0 ? List.Diagnoses[MainIndex][D.DiagCode] : null;

    /// <summary>Age in whole years at admission: computed from the dates when possible, else AGE, else 0 when NWB_AGE is filled.</summary>
    public int? EffectiveYears => HasComputedAge ? ComputedYears : HasAgeYears ? Clamp(decimal.Floor(AgeYears)) : HasAgeDays ? 0 : null;

    /// <summary>Age in days at admission for infants: computed when possible, else NWB_AGE.</summary>
    public int? EffectiveDays => HasComputedAge ? ComputedDays : HasAgeDays ? Clamp(decimal.Floor(AgeDays)) : null;

    /// <summary>Whether the patient is a newborn (under one year and at most the newborn age limit in days).</summary>
    public bool IsNewborn => EffectiveYears == 0 && EffectiveDays is { } d && d <= Parameters.NewbornMaxAgeDays;

    public ImmutableArray<SettlementFinding> Findings => _findings is null ? ImmutableArray<SettlementFinding>.Empty : _findings.ToImmutableArray();

    public int FindingCount => _findings?.Count ?? 0;

    public static int CompletedYears(DateTime birth, DateTime at)
    {
        var years = at.Year - birth.Year;
        if (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day)) years--;
        return years;
    }

    /// <summary>A whole number of years or days as an int, clamped so absurd inputs cannot overflow.</summary>
    public static int Clamp(decimal value) => value > 100000m ? 100000 : value < -100000m ? -100000 : (int)value;

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Whether a diagnosis row is western (not a TCM disease or syndrome row).</summary>
    public bool IsWestern(SettlementRecord row) => IsWestern(row, Parameters.ProvincialDiagnosisTypes);

    public bool InList(string list, string? code) => code is not null && Catalogue.List(list).Contains(code);

    /// <summary>Reports a finding of the current rule on a field.</summary>
    public void Report(SettlementField field, int row, string? value, string detail) => Report(SettlementLayout.Path(field, row), value, detail);

    /// <summary>Reports a finding of the current rule on a path.</summary>
    public void Report(string path, string? value, string detail) => (_findings ??= new List<SettlementFinding>(4)).Add(new SettlementFinding(Rule, path, value, detail));

    private static bool IsWestern(SettlementRecord row, bool provincial)
    {
        var type = row[D.DiagType];
        return type is null || type == "1" || (provincial && type == "2");
    }
}
