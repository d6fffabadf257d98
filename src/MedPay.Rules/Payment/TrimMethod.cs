namespace MedPay.Rules.Payment;

/// <summary>How extreme cases are trimmed (裁剪) from each DRG before averaging (domain-primer §2.1).</summary>
public enum TrimMethod
{
    /// <summary>No trimming.</summary>
    None = 0,

    /// <summary>Drop cases below the lower and above the upper percentile of the DRG's costs (e.g. P1 / P99, lecture on 777doc).</summary>
    Percentile = 1,

    /// <summary>Drop cases outside Q1 − k₁·IQR … Q3 + k₃·IQR (e.g. k₁ = 0.5, k₃ = 1.5, PKU 2022).</summary>
    InterquartileFence = 2,
}
