namespace MedPay.Rules.Settlement;

/// <summary>How a settlement rule is implemented.</summary>
public enum SettlementRuleKind
{
    /// <summary>A rule of the national catalogue, implemented by the library.</summary>
    Builtin = 0,

    /// <summary>A region-added rule: the field named by the rule's target must be filled (in every row, for node fields).</summary>
    RequiredField = 1,

    /// <summary>A region-added rule: no diagnosis may fall in the code ranges named by the rule's target.</summary>
    ForbiddenDiagnosis = 2,
}
