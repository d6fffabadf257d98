namespace MedPay.Rules.Retention;

/// <summary>The outcome of checking one <see cref="IndicatorTarget"/> against a value.</summary>
/// <param name="Target">The target.</param>
/// <param name="Value">The indicator's value, or <see langword="null"/> when the input did not give it (then not met).</param>
/// <param name="Met">Whether the target is met.</param>
public sealed record TargetCheck(IndicatorTarget Target, decimal? Value, bool Met);
