namespace MedPay.Rules.Payment;

/// <summary>How an outlier case is paid (column <c>high_payment</c> / <c>low_payment</c> of <c>outliers.csv</c>).</summary>
public enum OutlierPayment
{
    /// <summary><c>fee_for_item</c>: paid by item, i.e. its total cost (national specification for high cost; Chongqing for both; domain-primer §2.4).</summary>
    FeeForItem = 0,

    /// <summary><c>standard</c>: paid the DRG standard like a normal case.</summary>
    Standard = 1,

    /// <summary><c>pro_rata</c>: standard × cost ÷ base amount, capped at the standard (incomplete stays, Zhejiang family, domain-primer §2.3).</summary>
    ProRata = 2,

    /// <summary><c>special_review</c>: paid by item pending special-case review (特例单议), and counted against the review cap (domain-primer §2.5).</summary>
    SpecialReview = 3,
}
