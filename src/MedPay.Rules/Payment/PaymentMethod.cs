namespace MedPay.Rules.Payment;

/// <summary>How the amount of a case was set.</summary>
public enum PaymentMethod
{
    /// <summary>No amount: the input is invalid or the DRG has no weight.</summary>
    None = 0,

    /// <summary>The DRG payment standard (rate × weight × coefficients).</summary>
    DrgStandard = 1,

    /// <summary>By item (按项目付费): the case's total cost.</summary>
    FeeForItem = 2,

    /// <summary>Pro rata (incomplete stay, 不完整住院): standard × cost ÷ reference, never above the standard (Zhejiang family, domain-primer §2.3).</summary>
    ProRata = 3,
}
