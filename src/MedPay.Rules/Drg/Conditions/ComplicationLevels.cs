namespace MedPay.Rules.Drg.Conditions;

/// <summary>The CC/MCC levels a complication test accepts: <c>has_cc</c>, <c>has_mcc</c>, or the workbook's <c>QTZD in {MCC, CC}</c> (both).</summary>
[Flags]
internal enum ComplicationLevels
{
    None = 0,
    Cc = 1,
    Mcc = 2,
    Both = Cc | Mcc,
}
