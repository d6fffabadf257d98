namespace MedPay.Rules.Payment;

/// <summary>
/// The trimming of calibration: a method and its parameters. Percentiles are interpolated linearly between order statistics
/// (position (n − 1) · p, the "inclusive" definition of Excel PERCENTILE.INC and R type 7); cases equal to a bound are kept.
/// </summary>
public sealed record TrimRule
{
    /// <summary>The method.</summary>
    public TrimMethod Method { get; init; }

    /// <summary>The lower percentile in percent (Percentile method), default 1.</summary>
    public decimal LowerPercentile { get; init; } = 1m;

    /// <summary>The upper percentile in percent (Percentile method), default 99.</summary>
    public decimal UpperPercentile { get; init; } = 99m;

    /// <summary>The lower fence factor k₁ (fence = Q1 − k₁·IQR), default 0.5.</summary>
    public decimal LowerFence { get; init; } = 0.5m;

    /// <summary>The upper fence factor k₃ (fence = Q3 + k₃·IQR), default 1.5.</summary>
    public decimal UpperFence { get; init; } = 1.5m;

    /// <summary>No trimming.</summary>
    public static TrimRule None { get; } = new();

    /// <summary>Keep P1 … P99 (lecture on 777doc, domain-primer §2.1).</summary>
    public static TrimRule P1P99 { get; } = new() { Method = TrimMethod.Percentile };

    /// <summary>Keep Q1 − 0.5·IQR … Q3 + 1.5·IQR (PKU 2022, domain-primer §2.1).</summary>
    public static TrimRule PkuFences { get; } = new() { Method = TrimMethod.InterquartileFence };

    /// <summary>The kept range of a sorted list of costs.</summary>
    /// <param name="sorted">The costs, ascending.</param>
    /// <returns>The inclusive lower and upper bounds.</returns>
    public (decimal Lower, decimal Upper) Bounds(IReadOnlyList<decimal> sorted)
    {
        if (sorted is null) throw new ArgumentNullException(nameof(sorted));
        if (sorted.Count == 0 || Method == TrimMethod.None) return (decimal.MinValue, decimal.MaxValue);
        if (Method == TrimMethod.Percentile) return (Percentile(sorted, LowerPercentile / 100m), Percentile(sorted, UpperPercentile / 100m));
        var q1 = Percentile(sorted, 0.25m);
        var q3 = Percentile(sorted, 0.75m);
        var iqr = q3 - q1;
        return (q1 - LowerFence * iqr, q3 + UpperFence * iqr);
    }

    /// <summary>The p-quantile (0 ≤ p ≤ 1) of ascending values, interpolated linearly at position (n − 1) · p.</summary>
    /// <param name="sorted">The values, ascending, at least one.</param>
    /// <param name="p">The quantile.</param>
    /// <returns>The quantile.</returns>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted is null || sorted.Count == 0) throw new ArgumentException("at least one value is needed / 至少需要一个值", nameof(sorted));
        p = Math.Min(1m, Math.Max(0m, p));
        var position = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return below + 1 < sorted.Count ? sorted[below] + fraction * (sorted[below + 1] - sorted[below]) : sorted[below];
    }
}
