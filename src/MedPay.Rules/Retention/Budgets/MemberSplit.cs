using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>
/// Splits an amount between alliance members by a <see cref="ShareRule"/> whose parties are member levels: each party's share is divided among
/// its members (equally or by volume, revenue or cost), bonus points are added to split a surplus (never an overspend), and the amount is
/// allocated in proportion to the resulting weights, exact to the fen (<see cref="FenAllocation"/>, ties to the member listed first).
/// </summary>
public static class MemberSplit
{
    /// <summary>The members' weights under a rule for splitting a surplus: base weight + bonus points.</summary>
    /// <param name="policy">The policy (for the rule's bonus points).</param>
    /// <param name="rule">The share rule.</param>
    /// <param name="members">The members.</param>
    /// <param name="issues">Receives warnings for parties without members and members without a party; may be <see langword="null"/>.</param>
    /// <returns>One weight per member, in order.</returns>
    public static ImmutableArray<MemberWeight> Weights(RetentionPolicy policy, ShareRule rule, IReadOnlyList<AllianceMember> members, ICollection<Issue>? issues = null)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        var bonus = policy.BonusPoints.Where(b => string.Equals(b.Rule, (rule ?? throw new ArgumentNullException(nameof(rule))).Name, StringComparison.OrdinalIgnoreCase)).ToArray();
        return BaseWeights(rule, members, issues)
            .Select(w => w with { Points = bonus.Sum(b => b.Earn(w.Member.Indicators.TryGetValue(b.Indicator, out var v) ? v : null)) })
            .ToImmutableArray();
    }

    /// <summary>
    /// The members' base weights under a rule, without bonus points: each party's share divided among its members. This is how an overspend is
    /// split (<see cref="RetentionPolicy.OverspendRule"/>): points reward a member and must not raise its share of a loss.
    /// </summary>
    /// <param name="rule">The share rule.</param>
    /// <param name="members">The members.</param>
    /// <param name="issues">Receives warnings for parties without members and members without a party; may be <see langword="null"/>.</param>
    /// <returns>One weight per member, in order, each with 0 points.</returns>
    public static ImmutableArray<MemberWeight> BaseWeights(ShareRule rule, IReadOnlyList<AllianceMember> members, ICollection<Issue>? issues = null)
    {
        if (rule is null) throw new ArgumentNullException(nameof(rule));
        if (members is null) throw new ArgumentNullException(nameof(members));
        var partyOf = members.Select(m => rule.Parties.FirstOrDefault(p => string.Equals(p.Party, m.Level, StringComparison.OrdinalIgnoreCase))).ToArray();
        foreach (var party in rule.Parties.Where(p => p.Share > 0 && !partyOf.Contains(p)))
            issues?.Add(RetentionIssues.PartyWithoutMembers.Create("level", party.Party, null, rule.Name, party.Party));
        var weights = ImmutableArray.CreateBuilder<MemberWeight>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var party = partyOf[i];
            if (party is null) issues?.Add(RetentionIssues.MemberWithoutParty.Create("level", member.Level, null, member.Id, member.Level, rule.Name));
            var baseWeight = 0m;
            if (party is not null)
            {
                var same = Enumerable.Range(0, members.Count).Where(j => partyOf[j] == party).Select(j => Key(members[j], party.Within)).ToArray();
                var total = same.Sum();
                baseWeight = total > 0 ? party.Share * Key(member, party.Within) / total : party.Share / same.Length;
            }

            weights.Add(new MemberWeight(member, party, baseWeight, 0m));
        }

        return weights.MoveToImmutable();
    }

    /// <summary>Allocates an amount by the weights; when every weight is 0 the amount is split equally.</summary>
    /// <param name="amount">The amount in yuan (rounded to the fen first).</param>
    /// <param name="weights">The members' weights.</param>
    /// <returns>One amount per member, adding up exactly to the rounded amount.</returns>
    public static ImmutableArray<decimal> Allocate(decimal amount, IReadOnlyList<MemberWeight> weights)
    {
        if (weights is null) throw new ArgumentNullException(nameof(weights));
        if (weights.Count == 0) return ImmutableArray<decimal>.Empty;
        var w = weights.Select(x => x.Weight).ToArray();
        return FenAllocation.Allocate(Money.RoundToFen(amount), w.Sum() > 0 ? w : w.Select(_ => 1m).ToArray());
    }

    private static decimal Key(AllianceMember member, SplitBasis basis) => basis switch
    {
        SplitBasis.Volume => member.Volume,
        SplitBasis.Revenue => member.Revenue,
        SplitBasis.Cost => member.Cost,
        _ => 1m,
    };
}
