namespace MedPay.Rules.Dip;

/// <summary>What happens above the extreme threshold (e.g. r &gt; 5), domain-primer §3.7.</summary>
public enum DipExtremeFormula
{
    /// <summary>The high formula still applies; the case is only flagged for expert review (national summary).</summary>
    High = 0,

    /// <summary>score × hospital coefficient, flagged for special review (Jining 370800).</summary>
    Coefficient = 1,
}
