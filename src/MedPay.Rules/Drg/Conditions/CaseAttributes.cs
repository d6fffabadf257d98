namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The facts of a case other than its codes — what <see cref="DrgGrouper"/> checks and its conditions read — taken from a
/// <see cref="DrgCase"/> or straight from a case file's row without building one (the command line's fast path).
/// </summary>
internal readonly struct CaseAttributes
{
    public CaseAttributes(Sex sex, int ageYears, int ageDays, int birthWeightGrams, int admissionWeightGrams, int lengthOfStayDays, int discharge,
        double icuHours, string department)
    {
        Sex = sex;
        AgeYears = ageYears;
        AgeDays = ageDays;
        BirthWeightGrams = birthWeightGrams;
        AdmissionWeightGrams = admissionWeightGrams;
        LengthOfStayDays = lengthOfStayDays;
        Discharge = discharge;
        IcuHours = icuHours;
        Department = department;
    }

    /// <summary>The attributes of a case; its department trimmed (empty when none).</summary>
    public static CaseAttributes Of(DrgCase c) => new(c.Sex, c.AgeYears, c.AgeDays, c.BirthWeightGrams, c.AdmissionWeightGrams, c.LengthOfStayDays, c.Discharge,
        c.IcuHours, c.Department?.Trim() ?? string.Empty);

    public Sex Sex { get; }

    public int AgeYears { get; }

    public int AgeDays { get; }

    public int BirthWeightGrams { get; }

    public int AdmissionWeightGrams { get; }

    public int LengthOfStayDays { get; }

    public int Discharge { get; }

    public double IcuHours { get; }

    /// <summary>The department, trimmed; empty when none.</summary>
    public string Department { get; }
}
