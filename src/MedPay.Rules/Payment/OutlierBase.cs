namespace MedPay.Rules.Payment;

/// <summary>The amount an outlier multiple applies to (column <c>high_base</c> / <c>low_base</c> of <c>outliers.csv</c>).</summary>
public enum OutlierBase
{
    /// <summary><c>standard</c>: the case's payment standard (national text, domain-primer §2.4).</summary>
    Standard = 0,

    /// <summary><c>average_cost</c>: the DRG's average cost in <c>weights.csv</c> (Zhejiang / Hangzhou, domain-primer §2.4).</summary>
    AverageCost = 1,
}
