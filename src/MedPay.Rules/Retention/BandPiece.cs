namespace MedPay.Rules.Retention;

/// <summary>The part of an amount that fell in one band of a schedule, and what the band's rate made of it.</summary>
/// <param name="From">The lower bound of the band in yuan.</param>
/// <param name="To">The upper bound of the band in yuan, or <see langword="null"/> for the open band.</param>
/// <param name="Portion">The part of the amount inside the band.</param>
/// <param name="Rate">The band's rate.</param>
/// <param name="Result">Portion × rate, not rounded.</param>
public sealed record BandPiece(decimal From, decimal? To, decimal Portion, decimal Rate, decimal Result);
