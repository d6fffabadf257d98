using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>The catalogue of problems found while reading settlement lists from JSON or CSV, with their stable codes.</summary>
public static class SettlementReadIssues
{
    /// <summary>The text is not valid JSON.</summary>
    public static readonly IssueDefinition JsonInvalid = new("SETTLEMENT_JSON_INVALID", IssueSeverity.Error,
        "JSON 无法解析：{0}", "the JSON cannot be parsed: {0}");

    /// <summary>A JSON value is not a settlement-list object.</summary>
    public static readonly IssueDefinition NotAList = new("SETTLEMENT_NOT_A_LIST", IssueSeverity.Error,
        "该 JSON 值不是结算清单对象（应为含 setlinfo 等节点的对象）", "the JSON value is not a settlement-list object (expected an object with setlinfo and the other nodes)");

    /// <summary>A key that is neither a node nor a field of the layout.</summary>
    public static readonly IssueDefinition UnknownField = new("SETTLEMENT_UNKNOWN_FIELD", IssueSeverity.Info,
        "未知字段 {0} 已忽略", "unknown field {0} ignored");

    /// <summary>A field holds an object or array where a single value is expected.</summary>
    public static readonly IssueDefinition ValueNotScalar = new("SETTLEMENT_VALUE_NOT_SCALAR", IssueSeverity.Error,
        "字段 {0} 应为单个值，实为对象或数组，已忽略", "field {0} should hold a single value but holds an object or array; ignored");

    /// <summary>A node holds something other than rows.</summary>
    public static readonly IssueDefinition NodeNotRows = new("SETTLEMENT_NODE_NOT_ROWS", IssueSeverity.Error,
        "节点 {0} 应为对象数组，已忽略不是对象的部分", "node {0} should be an array of objects; parts that are not objects are ignored");

    /// <summary>A CSV column that is not a field path.</summary>
    public static readonly IssueDefinition CsvUnknownColumn = new("SETTLEMENT_CSV_UNKNOWN_COLUMN", IssueSeverity.Info,
        "CSV 列 {0} 不是结算清单字段路径，已忽略", "CSV column {0} is not a settlement-list field path; ignored");

    /// <summary>Every definition, in code order.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = ImmutableArray.Create(
        JsonInvalid, NotAList, UnknownField, ValueNotScalar, NodeNotRows, CsvUnknownColumn);
}
