using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// A named split (分配规则), read from <c>shares.csv</c>: an alliance's surplus at 60:40 or 30:40:30, the liability for an adverse event at
/// 60/30/10, the uses of a retained surplus, the weights of a performance score. Every mechanism of this kind is one rule of data.
/// </summary>
public sealed class ShareRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="parties">Its parties in order; the shares must have a positive sum.</param>
    /// <param name="note">Its source and meaning.</param>
    public ShareRule(string name, ImmutableArray<ShareParty> parties, string note)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Parties = parties;
        Note = note ?? string.Empty;
    }

    /// <summary>The rule's name, e.g. <c>alliance_30_40_30</c>.</summary>
    public string Name { get; }

    /// <summary>The parties in the order the policy lists them (which is also the tie order of the fen rule).</summary>
    public ImmutableArray<ShareParty> Parties { get; }

    /// <summary>Its source and meaning.</summary>
    public string Note { get; }

    /// <summary>Splits an amount between the parties in proportion to their shares, exact to the fen (<see cref="FenAllocation"/>).</summary>
    /// <param name="amount">The amount in yuan (rounded to the fen first).</param>
    /// <returns>Each party with its amount, in the rule's order.</returns>
    public ImmutableArray<KeyValuePair<string, decimal>> Split(decimal amount)
    {
        var parts = FenAllocation.Allocate(Money.RoundToFen(amount), Parties.Select(p => p.Share).ToArray());
        return Parties.Select((p, i) => new KeyValuePair<string, decimal>(p.Party, parts[i])).ToImmutableArray();
    }

    /// <summary>The share-weighted mean of the parties' values (e.g. a composite performance score); a missing value counts as 0.</summary>
    /// <param name="values">A value per party.</param>
    /// <returns>Σ share × value ÷ Σ share, not rounded.</returns>
    public decimal WeightedMean(IReadOnlyDictionary<string, decimal> values)
    {
        if (values is null) throw new ArgumentNullException(nameof(values));
        var total = Parties.Sum(p => p.Share);
        return Parties.Sum(p => p.Share * (values.TryGetValue(p.Party, out var v) ? v : 0m)) / total;
    }

    /// <summary>The share of one party as a fraction of the whole, or 0 when the rule has no such party.</summary>
    /// <param name="party">The party.</param>
    /// <returns>Its share ÷ Σ shares.</returns>
    public decimal Fraction(string party) =>
        Parties.Where(p => string.Equals(p.Party, party, StringComparison.OrdinalIgnoreCase)).Sum(p => p.Share) / Parties.Sum(p => p.Share);
}
