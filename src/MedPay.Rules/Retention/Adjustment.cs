namespace MedPay.Rules.Retention;

/// <summary>
/// A named adjustment of a coefficient or ratio, read from <c>adjustments.csv</c>: a weight raised by 10%, a quality payment tilt of
/// +10% to +15%, a reimbursement ratio 15 points higher, a personal contribution 5% lower.
/// </summary>
/// <param name="Name">The adjustment's name.</param>
/// <param name="Kind">Multiply or add points.</param>
/// <param name="Value">The change (a fraction: 0.10 = 10% or 10 points).</param>
/// <param name="Note">Its source and meaning.</param>
public sealed record Adjustment(string Name, AdjustmentKind Kind, decimal Value, string Note)
{
    /// <summary>Applies the adjustment (not rounded; round money with <see cref="Money.RoundToFen"/> where the rule rounds).</summary>
    /// <param name="value">The value before.</param>
    /// <returns>value × (1 + change), or value + change.</returns>
    public decimal Apply(decimal value) => Kind == AdjustmentKind.Multiply ? value * (1m + Value) : value + Value;
}
