using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>A progressive schedule of <see cref="RateBand"/>s, bounds expressed as ratios of a base amount (the year's payment or quota).</summary>
public sealed class RateSchedule
{
    /// <summary>Creates a schedule; the bands must have increasing bounds and end with an open band.</summary>
    /// <param name="bands">The bands, lowest first.</param>
    /// <exception cref="ArgumentException">The bands are default or empty, or one of them is null.</exception>
    public RateSchedule(ImmutableArray<RateBand> bands)
    {
        if (bands.IsDefaultOrEmpty) throw new ArgumentException("a schedule needs at least one band / 分段至少一段", nameof(bands));
        if (bands.Any(b => b is null)) throw new ArgumentException("a band is null / 分段为空", nameof(bands));
        Bands = bands;
    }

    /// <summary>The bands, lowest first; the last is open.</summary>
    public ImmutableArray<RateBand> Bands { get; }

    /// <summary>A schedule with one open band at a flat rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The schedule.</returns>
    public static RateSchedule Flat(decimal rate) => new(ImmutableArray.Create(new RateBand(null, rate)));

    /// <summary>Applies the schedule to an amount: Σ over bands of (the amount's part inside the band × the band's rate), not rounded.</summary>
    /// <param name="amount">The amount (≥ 0).</param>
    /// <param name="baseAmount">The base the band bounds are ratios of.</param>
    /// <param name="pieces">Receives the non-empty band pieces, for explanations; may be <see langword="null"/>.</param>
    /// <returns>The result before rounding.</returns>
    public decimal Apply(decimal amount, decimal baseAmount, List<BandPiece>? pieces = null)
    {
        var lower = 0m;
        var result = 0m;
        foreach (var band in Bands)
        {
            if (amount <= lower) break;
            decimal? upper = band.UpTo is { } ratio ? ratio * baseAmount : null;
            var portion = (upper is { } u && u < amount ? u : amount) - lower;
            if (portion > 0)
            {
                var piece = portion * band.Rate;
                result += piece;
                pieces?.Add(new BandPiece(lower, upper, portion, band.Rate, piece));
            }

            if (upper is null) break;
            lower = Math.Max(lower, upper.Value);
        }

        return result;
    }
}
