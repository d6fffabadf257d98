namespace MedPay.Rules.Payment;

/// <summary>How cases without a priced DRG are paid (parameter <c>ungroupable_payment</c>; domain-primer §2.6).</summary>
public enum UngroupablePayment
{
    /// <summary><c>fee_for_item</c>: paid by item after re-review (national reading).</summary>
    FeeForItem = 0,

    /// <summary><c>special_review</c>: paid by item pending special-case review, counted against the cap (Jinhua / Zhejiang).</summary>
    SpecialReview = 1,
}
