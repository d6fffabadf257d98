namespace MedPay.Rules.Drg.Conditions;

/// <summary>The code lists of a case that a condition can read.</summary>
internal enum CaseList
{
    MainDx,
    OtherDx,
    AnyDx,
    MainPr,
    OtherPr,
    AnyPr,
}
