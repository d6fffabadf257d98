namespace MedPay.Rules.Payment;

/// <summary>The mortality-risk tier of a DRG (low, medium-low, medium-high, high), pack data from the quality authority (domain-primer §5).</summary>
public enum MortalityRiskTier
{
    /// <summary>Not given in the pack.</summary>
    Unknown = 0,

    /// <summary><c>low</c>: low-risk group (低风险组); deaths here feed the low-risk mortality indicator.</summary>
    Low = 1,

    /// <summary><c>medium_low</c>.</summary>
    MediumLow = 2,

    /// <summary><c>medium_high</c>.</summary>
    MediumHigh = 3,

    /// <summary><c>high</c>.</summary>
    High = 4,
}
