using System.Collections.Immutable;

namespace MedPay.Rules.Retention.PerDiem;

/// <summary>The per-diem tariffs of a policy by service: contiguous day bands starting at day 1, the last one open.</summary>
public sealed class PerDiemTariff
{
    private readonly ImmutableDictionary<string, ImmutableArray<PerDiemBand>> _bands;

    /// <summary>Creates a tariff from validated bands.</summary>
    /// <param name="bands">The bands by service, each list contiguous from day 1 and ending with an open band.</param>
    public PerDiemTariff(ImmutableDictionary<string, ImmutableArray<PerDiemBand>> bands)
    {
        _bands = (bands ?? throw new ArgumentNullException(nameof(bands))).WithComparers(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The services with a tariff.</summary>
    public IEnumerable<string> Services => _bands.Keys;

    /// <summary>The bands of a service, or an empty list.</summary>
    /// <param name="service">The service.</param>
    /// <returns>The bands.</returns>
    public ImmutableArray<PerDiemBand> Bands(string service) => _bands.TryGetValue(service, out var b) ? b : ImmutableArray<PerDiemBand>.Empty;

    /// <summary>Pays a stay: each day is paid at the rate of the band it falls in.</summary>
    /// <param name="service">The service.</param>
    /// <param name="days">The bed-days (≥ 0).</param>
    /// <returns>The payment, or <see langword="null"/> when the service has no tariff.</returns>
    public PerDiemPayment? Pay(string service, int days)
    {
        if (days < 0) throw new ArgumentOutOfRangeException(nameof(days));
        if (!_bands.TryGetValue(service, out var bands)) return null;
        var pieces = ImmutableArray.CreateBuilder<(PerDiemBand, int)>();
        var amount = 0m;
        foreach (var band in bands)
        {
            if (days < band.FromDay) break;
            var inBand = (band.ToDay is { } to && to < days ? to : days) - band.FromDay + 1;
            pieces.Add((band, inBand));
            amount += inBand * band.RatePerDay;
        }

        return new PerDiemPayment(service, days, pieces.ToImmutable(), Money.RoundToFen(amount));
    }
}
