namespace MedPay.Rules.Settlement;

/// <summary>How often one rule fired over a batch.</summary>
public sealed class SettlementRuleCount
{
    /// <summary>Creates a count.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="findings">Number of findings.</param>
    /// <param name="lists">Number of distinct lists with a finding.</param>
    public SettlementRuleCount(SettlementRule rule, int findings, int lists)
    {
        Rule = rule;
        Findings = findings;
        Lists = lists;
    }

    /// <summary>The rule.</summary>
    public SettlementRule Rule { get; }

    /// <summary>Number of findings.</summary>
    public int Findings { get; }

    /// <summary>Number of distinct lists with a finding.</summary>
    public int Lists { get; }

    /// <inheritdoc />
    public override string ToString() => Rule.Id + ": " + Findings + " finding(s) in " + Lists + " list(s)";
}
