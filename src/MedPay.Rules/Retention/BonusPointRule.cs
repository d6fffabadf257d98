namespace MedPay.Rules.Retention;

/// <summary>
/// Bonus points (加分) that raise a member's weight in an alliance split, read from <c>points.csv</c>: either per unit of an indicator
/// (e.g. per expert posted to a primary institution) or a fixed number when a target is met (e.g. a group's cost down ≥ 10%).
/// </summary>
/// <param name="Rule">The share rule the points belong to.</param>
/// <param name="Indicator">The member indicator that earns the points.</param>
/// <param name="Target">The target that earns <paramref name="Points"/> when met, or <see langword="null"/> for per-unit points only.</param>
/// <param name="Points">Points earned when the target is met.</param>
/// <param name="PointsPerUnit">Points per unit of the indicator (0 for none).</param>
/// <param name="Note">Its source and meaning.</param>
public sealed record BonusPointRule(string Rule, string Indicator, IndicatorTarget? Target, decimal Points, decimal PointsPerUnit, string Note)
{
    /// <summary>The points a member earns from an indicator value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when the member has none (no points).</param>
    /// <returns>Per-unit points plus the target points when met.</returns>
    public decimal Earn(decimal? value) =>
        value is not { } v ? 0m : v * PointsPerUnit + (Target is not null && Target.IsMet(v) ? Points : 0m);
}
