namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The facts of one case as compiled conditions read them: code ids (unknown codes are -1), numbers, and the CC/MCC
/// findings computed at most once per case. Lives on the stack; nothing is allocated per case.
/// </summary>
internal ref struct CaseFacts
{
    private readonly ComplicationIndex _complications;
    private sbyte _complicationState; // -1 not computed, else bit 1 = MCC, bit 2 = CC

    public CaseFacts(ReadOnlySpan<int> dx, ReadOnlySpan<int> pr, in CaseAttributes input, int ageDays, ComplicationIndex complications)
    {
        Dx = dx;
        Pr = pr;
        Sex = input.Sex;
        AgeYears = input.AgeYears;
        AgeDays = ageDays;
        BirthWeightGrams = input.BirthWeightGrams;
        NewbornWeightGrams = input.AdmissionWeightGrams > 0 ? input.AdmissionWeightGrams : input.BirthWeightGrams;
        LengthOfStayDays = input.LengthOfStayDays;
        Discharge = input.Discharge;
        IcuHours = input.IcuHours;
        Department = input.Department;
        _complications = complications;
        _complicationState = -1;
    }

    public ReadOnlySpan<int> Dx { get; }

    public ReadOnlySpan<int> Pr { get; }

    public Sex Sex { get; }

    public int AgeYears { get; }

    public int AgeDays { get; }

    public int BirthWeightGrams { get; }

    /// <summary>The newborn admission weight when given, else the birth weight (nhsa-drg-workbook.md, <c>XSRTZ</c>).</summary>
    public int NewbornWeightGrams { get; }

    public int LengthOfStayDays { get; }

    public int Discharge { get; }

    public double IcuHours { get; }

    public string Department { get; }

    public bool HasMcc
    {
        get
        {
            EnsureComplications();
            return (_complicationState & 1) != 0;
        }
    }

    public bool HasCc
    {
        get
        {
            EnsureComplications();
            return (_complicationState & 2) != 0;
        }
    }

    public ReadOnlySpan<int> List(CaseList list) => list switch
    {
        CaseList.MainDx => Dx.Length > 0 ? Dx.Slice(0, 1) : default,
        CaseList.OtherDx => Dx.Length > 1 ? Dx.Slice(1) : default,
        CaseList.AnyDx => Dx,
        CaseList.MainPr => Pr.Length > 0 ? Pr.Slice(0, 1) : default,
        CaseList.OtherPr => Pr.Length > 1 ? Pr.Slice(1) : default,
        _ => Pr,
    };

    public double Field(CaseField field) => field switch
    {
        CaseField.AgeYears => AgeYears,
        CaseField.AgeDays => AgeDays,
        CaseField.BirthWeightGrams => BirthWeightGrams,
        CaseField.NewbornWeightGrams => NewbornWeightGrams,
        CaseField.LengthOfStayDays => LengthOfStayDays,
        CaseField.IcuHours => IcuHours,
        CaseField.DxCount => Dx.Length,
        _ => Pr.Length,
    };

    private void EnsureComplications()
    {
        if (_complicationState >= 0) return;
        _complications.Evaluate(Dx, out var mcc, out var cc);
        _complicationState = (sbyte)((mcc ? 1 : 0) | (cc ? 2 : 0));
    }
}
