using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// Splits an amount into parts proportional to weights, exact to the fen (分): no fen is lost or created. Each part first gets its exact
/// proportional amount rounded down to the fen; the fens left over go one each to the parts with the largest dropped remainder
/// (largest-remainder / Hamilton method), a tie going to the part listed first.
/// </summary>
public static class FenAllocation
{
    /// <summary>Splits <paramref name="amount"/> in proportion to <paramref name="weights"/>.</summary>
    /// <param name="amount">The amount in yuan; must be whole fen. A negative amount is split as its absolute value and negated.</param>
    /// <param name="weights">Non-negative weights with a positive sum.</param>
    /// <returns>One part per weight, each a whole number of fen, adding up exactly to <paramref name="amount"/>.</returns>
    /// <exception cref="ArgumentException">
    /// The amount is not whole fen, a weight is negative, the weights sum to zero, or amount and weights are so large that the split leaves
    /// decimal's range (about 7.9 × 10²⁸; <see cref="ArgumentOutOfRangeException"/>).
    /// </exception>
    public static ImmutableArray<decimal> Allocate(decimal amount, IReadOnlyList<decimal> weights)
    {
        if (weights is null) throw new ArgumentNullException(nameof(weights));
        try
        {
            return AllocateUnchecked(amount, weights);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "the amount in fen times the weights exceeds the decimal range / 金额与权重超出数值范围");
        }
    }

    private static ImmutableArray<decimal> AllocateUnchecked(decimal amount, IReadOnlyList<decimal> weights)
    {
        if (Money.RoundToFen(amount) != amount) throw new ArgumentException("the amount must be a whole number of fen", nameof(amount));
        var total = 0m;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentException("weights must not be negative", nameof(weights));
            total += w;
        }

        if (total <= 0) throw new ArgumentException("the weights must have a positive sum", nameof(weights));
        var fens = Math.Abs(amount) * 100m;
        var n = weights.Count;
        var parts = new decimal[n];
        var remainders = new decimal[n];
        var given = 0m;
        for (var i = 0; i < n; i++)
        {
            var exact = fens * weights[i] / total;
            parts[i] = Math.Floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }

        // Order: largest remainder first, then first listed. Decimal division keeps 28 digits, so 'left' is 0 … n − 1 in practice;
        // should rounding of the quotients ever overshoot, the surplus fens come back from the parts with the smallest remainder.
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        var left = fens - given;
        for (var k = 0; left > 0; k = (k + 1) % n)
        {
            if (weights[order[k]] == 0) continue;
            parts[order[k]] += 1;
            left -= 1;
        }

        for (var k = n - 1; left < 0; k = (k + n - 1) % n)
        {
            if (parts[order[k]] == 0) continue;
            parts[order[k]] -= 1;
            left += 1;
        }

        var sign = amount < 0 ? -1m : 1m;
        var builder = ImmutableArray.CreateBuilder<decimal>(n);
        foreach (var p in parts) builder.Add(sign * p / 100m);
        return builder.MoveToImmutable();
    }
}
