using System.Collections.Immutable;

namespace MedPay.Rules.RulePacks;

/// <summary>The issues of reading CSV records that every CSV reader of the library shares (codes <c>CSV_*</c>), beside the two quoting issues of <see cref="RulePackIssues"/>.</summary>
public static class CsvIssues
{
    /// <summary>The header names a column twice (names compare case-insensitively); the first is read, the later ones are ignored.</summary>
    public static readonly IssueDefinition DuplicateColumn = new("CSV_DUPLICATE_COLUMN", IssueSeverity.Warning,
        "表头中列 {0} 出现多次（第 {1} 列与第 {2} 列），读取第 {1} 列，忽略其后的同名列", "the header names column {0} more than once (columns {1} and {2}); column {1} is read, the later ones are ignored");

    /// <summary>A record is longer than the reader's limit; it is cut at the end of its first line and reading goes on with the next line.</summary>
    public static readonly IssueDefinition RecordTooLong = new("CSV_RECORD_TOO_LONG", IssueSeverity.Error,
        "记录超过 {0} 个字符的上限，未读取", "the record is longer than the limit of {0} characters and was not read");

    /// <summary>A whole-number field holds digits outside the range of a 32-bit integer.</summary>
    public static readonly IssueDefinition NumberOutOfRange = new("CSV_NUMBER_OUT_OF_RANGE", IssueSeverity.Error,
        "字段 {0} 的值 {1} 超出范围（−2147483648 至 2147483647）", "field {0} value {1} is out of range (−2147483648 to 2147483647)");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> Catalog { get; } = ImmutableArray.Create(DuplicateColumn, RecordTooLong, NumberOutOfRange);
}
