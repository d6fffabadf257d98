namespace MedPay.Rules.Drg.Conditions;

/// <summary>The numeric case facts a condition can compare.</summary>
internal enum CaseField
{
    AgeYears,
    AgeDays,
    BirthWeightGrams,
    LengthOfStayDays,
    IcuHours,
    DxCount,
    PrCount,
}
