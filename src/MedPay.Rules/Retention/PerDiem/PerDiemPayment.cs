using System.Collections.Immutable;

namespace MedPay.Rules.Retention.PerDiem;

/// <summary>The per-diem payment of one stay: the days counted in each band and the amount.</summary>
/// <param name="Service">The service.</param>
/// <param name="Days">The bed-days of the stay.</param>
/// <param name="Pieces">Per band: the band and the days of the stay inside it.</param>
/// <param name="Amount">Σ days × rate, rounded to the fen.</param>
public sealed record PerDiemPayment(string Service, int Days, ImmutableArray<(PerDiemBand Band, int Days)> Pieces, decimal Amount);
