namespace MedPay.Rules.Retention;

/// <summary>One line of a year-end computation: a hospital, a department (科室) or a DRG/DIP group (病组), with its payment and its fee-for-item cost.</summary>
/// <param name="Id">The line's id (hospital code, department code, group code).</param>
/// <param name="Name">Its name.</param>
/// <param name="Payment">The year's DRG/DIP payment total in yuan (按病组/病种分值付费总额).</param>
/// <param name="FeeForItem">The year's fee-for-item total in yuan (按项目付费总额, the cost the payment is compared with).</param>
/// <param name="Disallowed">The part of any overspend found unreasonable (e.g. due to violations), borne wholly by the hospital; 0 by default.</param>
public sealed record YearEndLine(string Id, string Name, decimal Payment, decimal FeeForItem, decimal Disallowed = 0m);
