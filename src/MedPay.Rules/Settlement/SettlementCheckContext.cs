using System.Collections.Immutable;
using System.Globalization;
using S = MedPay.Rules.Settlement.SetlinfoFields;
using D = MedPay.Rules.Settlement.DiseinfoFields;
using O = MedPay.Rules.Settlement.OprninfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>One validation of one list: the list, facts derived once (times, ages, sex, the main diagnosis), the
/// catalogue and code knowledge, and the sink the rules report into.</summary>
internal sealed class SettlementCheckContext
{
    /// <summary>One idle context per thread, reused by <see cref="Rent"/> so that a validation allocates only its findings and
    /// report. A context in use is taken out of the slot, so a nested validation (a registry calling back) gets its own.</summary>
    [ThreadStatic]
    private static SettlementCheckContext? _idle;

    private SettlementFinding[] _findings = new SettlementFinding[16];
    private ulong _diagnosisLow, _diagnosisHigh, _procedureLow, _procedureHigh;
    private bool _diagnosisWide, _procedureWide;
    private int _count;

    private SettlementCheckContext()
    {
    }

    /// <summary>A context for one validation of a list: this thread's idle one, reset, or a new one.</summary>
    public static SettlementCheckContext Rent(SettlementList list, SettlementRuleCatalogue catalogue, ISettlementCodeSets codes, ISettlementRegistry? registry)
    {
        var context = _idle ?? new SettlementCheckContext();
        _idle = null;
        context.Reset(list, catalogue, codes, registry);
        return context;
    }

    /// <summary>Takes the findings as an immutable array and hands the context back to the thread (dropping every reference it held).</summary>
    public ImmutableArray<SettlementFinding> Return()
    {
        var findings = _count == 0 ? ImmutableArray<SettlementFinding>.Empty : ImmutableArray.Create(_findings, 0, _count);
        Array.Clear(_findings, 0, _count);
        _count = 0;
        List = null!;
        Setl = null!;
        Current = null!;
        Registry = null;
        Catalogue = null!;
        Parameters = null!;
        Codes = null!;
        _idle = this;
        return findings;
    }

    private void Reset(SettlementList list, SettlementRuleCatalogue catalogue, ISettlementCodeSets codes, ISettlementRegistry? registry)
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
        HasComputedAge = false;
        ComputedYears = 0;
        ComputedDays = 0;
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
        MainCount = 0;
        _diagnosisLow = _diagnosisHigh = _procedureLow = _procedureHigh = 0;
        _diagnosisWide = _procedureWide = false;
        foreach (var row in list.Procedures) CodeRangeSet.AddFirst(row[O.OprnOprtCode], ref _procedureLow, ref _procedureHigh, ref _procedureWide);
        for (var i = 0; i < diagnoses.Length; i++)
        {
            CodeRangeSet.AddFirst(diagnoses[i][D.DiagCode], ref _diagnosisLow, ref _diagnosisHigh, ref _diagnosisWide);
            if (!IsWestern(diagnoses[i], provincial)) continue;
            if (diagnoses[i][D.MaindiagFlag] != "1") continue;
            MainCount++;
            if (MainIndex < 0) MainIndex = i;
        }
    }

    public SettlementList List { get; private set; } = null!;

    public SettlementRecord Setl { get; private set; } = null!;

    public SettlementRuleCatalogue Catalogue { get; private set; } = null!;

    public SettlementParameters Parameters { get; private set; } = null!;

    public ISettlementCodeSets Codes { get; private set; } = null!;

    public ISettlementRegistry? Registry { get; private set; }

    /// <summary>The rule being run.</summary>
    public SettlementRuleCheck Current { get; set; } = null!;

    public SettlementRule Rule => Current.Rule;

    /// <summary>The fields the current rule lists in the catalogue, resolved.</summary>
    public SettlementField[] RuleFields => Current.Fields;

    /// <summary>The code-combination rows of the current rule (<c>code_pairs.csv</c>), looked up once when the validator is built.</summary>
    public ImmutableArray<SettlementCodePair> RulePairs => Current.Pairs;

    public bool HasAdmission { get; private set; }

    public DateTime Admission { get; private set; }

    public bool HasDischarge { get; private set; }

    public DateTime Discharge { get; private set; }

    public bool HasStay => HasAdmission && HasDischarge && Admission <= Discharge;

    public bool HasBirth { get; private set; }

    public DateTime Birth { get; private set; }

    public bool HasAgeYears { get; private set; }

    public decimal AgeYears { get; private set; }

    public bool HasAgeDays { get; private set; }

    public decimal AgeDays { get; private set; }

    /// <summary>Whether completed years and days at admission could be computed from BRDY and ADM_TIME.</summary>
    public bool HasComputedAge { get; private set; }

    public int ComputedYears { get; private set; }

    public int ComputedDays { get; private set; }

    public string? Sex { get; private set; }

    public bool IsMale => Sex == "1";

    public bool IsFemale => Sex == "2";

    /// <summary>The index of the (first) western main diagnosis, -1 when none.</summary>
    public int MainIndex { get; private set; }

    public int MainCount { get; private set; }

    public string? MainCode => MainIndex >= 0 ? List.Diagnoses[MainIndex][D.DiagCode] : null;

    /// <summary>Age in whole years at admission: computed from the dates when possible, else AGE, else 0 when NWB_AGE is filled.</summary>
    public int? EffectiveYears => HasComputedAge ? ComputedYears : HasAgeYears ? Clamp(decimal.Floor(AgeYears)) : HasAgeDays ? 0 : null;

    /// <summary>Age in days at admission for infants: computed when possible, else NWB_AGE.</summary>
    public int? EffectiveDays => HasComputedAge ? ComputedDays : HasAgeDays ? Clamp(decimal.Floor(AgeDays)) : null;

    /// <summary>Whether the patient is a newborn (under one year and at most the newborn age limit in days).</summary>
    public bool IsNewborn => EffectiveYears == 0 && EffectiveDays is { } d && d <= Parameters.NewbornMaxAgeDays;

    public int FindingCount => _count;

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

    /// <summary>Whether some diagnosis code (<paramref name="procedures"/>: procedure code) of the list could belong to the
    /// set, judged by first characters only; <see langword="false"/> means none can.</summary>
    public bool MayMatch(CodeRangeSet set, bool procedures) =>
        procedures ? set.MayContainAny(_procedureLow, _procedureHigh, _procedureWide) : set.MayContainAny(_diagnosisLow, _diagnosisHigh, _diagnosisWide);

    public bool InList(CodeList list, string? code) => code is not null && Catalogue.Known(list).Contains(code);

    /// <summary>Reports a finding of the current rule on a field.</summary>
    public void Report(SettlementField field, int row, string? value, string detail) => Report(SettlementLayout.Path(field, row), value, detail);

    /// <summary>Reports a finding of the current rule on a path.</summary>
    public void Report(string path, string? value, string detail) => Add(new SettlementFinding(Rule, path, value, detail));

    /// <summary>Reports a finding of the current rule on a diagnosis row, graded by whether the row is the main diagnosis
    /// (<see cref="SettlementRule.Severity"/>) or an other diagnosis (<see cref="SettlementRule.OtherSeverity"/>).</summary>
    public void ReportDiagnosis(SettlementField field, int row, string? value, string detail) =>
        Add(new SettlementFinding(Rule, SettlementLayout.Path(field, row), value, detail, severity: row == MainIndex ? Rule.Severity : Rule.OtherSeverity));

    private void Add(SettlementFinding finding)
    {
        if (_count == _findings.Length) Array.Resize(ref _findings, _count * 2);
        _findings[_count++] = finding;
    }

    private static bool IsWestern(SettlementRecord row, bool provincial)
    {
        var type = row[D.DiagType];
        return type is null || type == "1" || (provincial && type == "2");
    }
}
