namespace MedPay.Rules.Retention;

/// <summary>One band of a progressive schedule: the part of an amount up to <see cref="UpTo"/> × base (above the previous band) is taken at <see cref="Rate"/>.</summary>
/// <param name="UpTo">The upper bound as a ratio of the base amount (e.g. 0.20 = 20% of the quota), or <see langword="null"/> for an open band.</param>
/// <param name="Rate">The rate applied to the part of the amount inside the band (0 … 1).</param>
public sealed record RateBand(decimal? UpTo, decimal Rate);
