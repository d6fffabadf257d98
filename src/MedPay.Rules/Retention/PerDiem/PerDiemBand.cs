namespace MedPay.Rules.Retention.PerDiem;

/// <summary>One day band of a per-diem tariff (按床日付费), read from <c>per_diem.csv</c>: days <see cref="FromDay"/> … <see cref="ToDay"/> of a stay are paid at <see cref="RatePerDay"/>.</summary>
/// <param name="Service">The service, e.g. <c>psychiatry</c> or <c>rehabilitation</c>.</param>
/// <param name="FromDay">The first day of the band (1-based).</param>
/// <param name="ToDay">The last day of the band, or <see langword="null"/> for an open band.</param>
/// <param name="RatePerDay">Yuan per bed-day in the band.</param>
public sealed record PerDiemBand(string Service, int FromDay, int? ToDay, decimal RatePerDay);
