namespace MedPay.Rules.Payment;

/// <summary>Where a case's cost falls against its DRG's outlier thresholds. The values are ordered: a dearer case never gets a lower class.</summary>
public enum CostOutlierClass
{
    /// <summary>Very low cost (费用极低病例, 低倍率).</summary>
    Low = 0,

    /// <summary>Between the thresholds (正常病例).</summary>
    Normal = 1,

    /// <summary>Very high cost (费用极高病例, 高倍率).</summary>
    High = 2,
}
