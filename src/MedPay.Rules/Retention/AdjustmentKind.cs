namespace MedPay.Rules.Retention;

/// <summary>How an <see cref="Adjustment"/> moves a value.</summary>
public enum AdjustmentKind
{
    /// <summary>Multiplies by (1 + value): a 10% raise of a weight is <c>0.10</c>, a 5% cut of a contribution is <c>-0.05</c>.</summary>
    Multiply,

    /// <summary>Adds percentage points to a ratio: 15 points higher reimbursement is <c>0.15</c>.</summary>
    AddPoints,
}
