namespace MedPay.Rules.Payment;

/// <summary>The outcome of paying one case.</summary>
public enum PaymentStatus
{
    /// <summary>Paid under the DRG rules (normal or outlier case).</summary>
    Paid = 0,

    /// <summary>Ungroupable (0000) or ambiguous without a weight: paid as the pack's <c>ungroupable_payment</c> says.</summary>
    Ungroupable = 1,

    /// <summary>Outside DRG payment (e.g. a stay longer than <c>fee_for_item_los_above</c>): paid by item.</summary>
    Excluded = 2,

    /// <summary>The DRG code is not in the pack's weights: paid as ungroupable and reported (<c>PAY_DRG_WITHOUT_WEIGHT</c>).</summary>
    NoWeight = 3,

    /// <summary>The input cannot be paid (negative cost, unknown grade, no rate for the fund…); see <see cref="CasePayment.Problem"/>.</summary>
    InvalidInput = 4,
}
