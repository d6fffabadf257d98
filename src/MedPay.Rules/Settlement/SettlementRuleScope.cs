namespace MedPay.Rules.Settlement;

/// <summary>What a settlement rule looks at.</summary>
public enum SettlementRuleScope
{
    /// <summary>One list on its own.</summary>
    List = 0,

    /// <summary>A batch of lists (cross-list audits such as split hospitalisation).</summary>
    Batch = 1,
}
