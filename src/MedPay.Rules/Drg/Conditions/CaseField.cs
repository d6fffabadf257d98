namespace MedPay.Rules.Drg.Conditions;

/// <summary>The numeric case facts a condition can compare.</summary>
internal enum CaseField
{
    AgeYears,
    AgeDays,
    BirthWeightGrams,

    /// <summary>The newborn admission weight, else the birth weight (the workbook's <c>XSRTZ</c>).</summary>
    NewbornWeightGrams,
    LengthOfStayDays,
    IcuHours,
    DxCount,
    PrCount,
}
