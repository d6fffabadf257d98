using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>One list rule as the validator runs it, resolved once when the validator is built: the rule, its
/// implementation, the catalogue fields it lists and its code-combination rows.</summary>
internal sealed class SettlementRuleCheck
{
    /// <summary>Creates a resolved rule.</summary>
    public SettlementRuleCheck(SettlementRule rule, SettlementCheck check, SettlementField[] fields, ImmutableArray<SettlementCodePair> pairs)
    {
        Rule = rule;
        Check = check;
        Fields = fields;
        Pairs = pairs;
    }

    /// <summary>The rule.</summary>
    public SettlementRule Rule { get; }

    /// <summary>The implementation.</summary>
    public SettlementCheck Check { get; }

    /// <summary>The fields the rule lists in the catalogue, resolved.</summary>
    public SettlementField[] Fields { get; }

    /// <summary>The rule's rows of <c>code_pairs.csv</c>, in pack order.</summary>
    public ImmutableArray<SettlementCodePair> Pairs { get; }
}
