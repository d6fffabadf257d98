namespace MedPay.Rules.Dip;

/// <summary>The cost-deviation class of a case (偏差病例类型), domain-primer §3.7.</summary>
public enum DipDeviation
{
    /// <summary>Not assessed: the case's cost or the group's reference mean cost is not known, or the case is not grouped.</summary>
    NotAssessed = 0,

    /// <summary>Normal case (正常病例): cost between the thresholds.</summary>
    Normal = 1,

    /// <summary>Low deviation (费用偏差低倍率): cost at or below the low threshold × reference mean.</summary>
    Low = 2,

    /// <summary>High deviation (费用偏差高倍率): cost at or above the high threshold × reference mean.</summary>
    High = 3,

    /// <summary>Extreme high deviation above the extreme threshold: flagged for expert review (特例单议).</summary>
    Extreme = 4,
}
