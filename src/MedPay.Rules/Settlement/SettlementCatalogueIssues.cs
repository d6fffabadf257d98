using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>The catalogue of problems a settlement rule pack (national or regional) can have, with their stable codes.
/// General pack problems (missing file, column, value) use <see cref="RulePacks.RulePackIssues"/>.</summary>
public static class SettlementCatalogueIssues
{
    /// <summary>A row names a rule id the catalogue does not have.</summary>
    public static readonly IssueDefinition UnknownRule = new("SETTLEMENT_PACK_UNKNOWN_RULE", IssueSeverity.Error,
        "规则 {0} 不存在", "rule {0} does not exist");

    /// <summary>A rule id is defined twice.</summary>
    public static readonly IssueDefinition DuplicateRule = new("SETTLEMENT_PACK_DUPLICATE_RULE", IssueSeverity.Error,
        "规则 {0} 重复定义", "rule {0} is defined twice");

    /// <summary>A field path that is not in the upload layout.</summary>
    public static readonly IssueDefinition UnknownField = new("SETTLEMENT_PACK_UNKNOWN_FIELD", IssueSeverity.Error,
        "字段路径 {0} 不在结算清单接口中", "field path {0} is not in the settlement-list layout");

    /// <summary>A parameter that is unknown or has a bad value.</summary>
    public static readonly IssueDefinition BadParameter = new("SETTLEMENT_PACK_BAD_PARAMETER", IssueSeverity.Error,
        "参数 {0} 的值 {1} 无效", "parameter {0} has an invalid value {1}");

    /// <summary>A national rule with no implementation in this library version.</summary>
    public static readonly IssueDefinition NoImplementation = new("SETTLEMENT_PACK_NO_IMPLEMENTATION", IssueSeverity.Error,
        "规则 {0} 在本库中没有实现", "rule {0} has no implementation in this library");

    /// <summary>A dictionary pattern that is not a valid regular expression.</summary>
    public static readonly IssueDefinition BadPattern = new("SETTLEMENT_PACK_BAD_PATTERN", IssueSeverity.Error,
        "字典模式 {0} 不是有效的正则表达式", "dictionary pattern {0} is not a valid regular expression");

    /// <summary>Every definition, in code order.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = ImmutableArray.Create(
        UnknownRule, DuplicateRule, UnknownField, BadParameter, NoImplementation, BadPattern);
}
