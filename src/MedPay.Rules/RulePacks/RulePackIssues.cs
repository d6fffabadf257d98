using System.Collections.Immutable;

namespace MedPay.Rules.RulePacks;

/// <summary>The error catalogue of rule-pack loading: every problem a pack can have, with its stable code.</summary>
public static class RulePackIssues
{
    /// <summary>A quoted CSV field is never closed.</summary>
    public static readonly IssueDefinition CsvUnterminatedQuoteDefinition = new("CSV_UNTERMINATED_QUOTE", IssueSeverity.Error,
        "CSV 字段的引号没有闭合", "a quoted CSV field is not closed");

    /// <summary>Text follows the closing quote of a CSV field.</summary>
    public static readonly IssueDefinition CsvTextAfterQuoteDefinition = new("CSV_TEXT_AFTER_QUOTE", IssueSeverity.Error,
        "CSV 字段的闭合引号之后还有字符", "characters follow the closing quote of a CSV field");

    /// <summary>A required file is missing from the pack.</summary>
    public static readonly IssueDefinition MissingFile = new("PACK_MISSING_FILE", IssueSeverity.Error,
        "规则包缺少文件 {0}", "the rule pack has no file {0}");

    /// <summary>The manifest cannot be read.</summary>
    public static readonly IssueDefinition BadManifest = new("PACK_BAD_MANIFEST", IssueSeverity.Error,
        "规则包清单 {0} 无法读取：{1}", "the rule pack manifest {0} cannot be read: {1}");

    /// <summary>The manifest names a format this library does not read.</summary>
    public static readonly IssueDefinition UnknownFormat = new("PACK_UNKNOWN_FORMAT", IssueSeverity.Error,
        "规则包格式 {0} 不受支持，应为 {1}", "rule pack format {0} is not supported; expected {1}");

    /// <summary>A CSV file lacks a required column.</summary>
    public static readonly IssueDefinition MissingColumn = new("PACK_MISSING_COLUMN", IssueSeverity.Error,
        "文件缺少列 {0}", "the file has no column {0}");

    /// <summary>A required value is empty.</summary>
    public static readonly IssueDefinition EmptyValue = new("PACK_EMPTY_VALUE", IssueSeverity.Error,
        "列 {0} 不能为空", "column {0} must not be empty");

    /// <summary>A value that must be a whole number is not one.</summary>
    public static readonly IssueDefinition NotANumber = new("PACK_NOT_A_NUMBER", IssueSeverity.Error,
        "列 {0} 的值 {1} 不是整数", "column {0}: {1} is not a whole number");

    /// <summary>A value that must be a decimal number is not one.</summary>
    public static readonly IssueDefinition NotADecimal = new("PACK_NOT_A_DECIMAL", IssueSeverity.Error,
        "列 {0} 的值 {1} 不是数值", "column {0}: {1} is not a number");

    /// <summary>A value is not one of the allowed values.</summary>
    public static readonly IssueDefinition NotAllowed = new("PACK_VALUE_NOT_ALLOWED", IssueSeverity.Error,
        "列 {0} 的值 {1} 不在允许的取值 {2} 中", "column {0}: {1} is not one of {2}");

    /// <summary>A condition does not parse.</summary>
    public static readonly IssueDefinition ConditionSyntax = new("PACK_CONDITION_SYNTAX", IssueSeverity.Error,
        "条件表达式第 {0} 个字符处有误：应为 {1}，实为 {2}", "condition syntax error at character {0}: expected {1}, found {2}");

    /// <summary>A condition names a table that the pack does not define.</summary>
    public static readonly IssueDefinition MissingTable = new("PACK_MISSING_TABLE", IssueSeverity.Error,
        "条件引用的编码表 {0} 在 {1} 中不存在", "the condition names table {0}, which {1} does not define");

    /// <summary>A row refers to an MDC that is not defined.</summary>
    public static readonly IssueDefinition UnknownMdc = new("PACK_UNKNOWN_MDC", IssueSeverity.Error,
        "ADRG 行引用的 MDC {0} 在 {1} 中不存在", "the ADRG row names MDC {0}, which {1} does not define");

    /// <summary>A DRG row refers to an ADRG that is not defined.</summary>
    public static readonly IssueDefinition UnknownAdrg = new("PACK_UNKNOWN_ADRG", IssueSeverity.Error,
        "DRG 行引用的 ADRG {0} 在 {1} 中不存在", "the DRG row names ADRG {0}, which {1} does not define");

    /// <summary>An ADRG has no DRG rows.</summary>
    public static readonly IssueDefinition AdrgWithoutDrg = new("PACK_ADRG_WITHOUT_DRG", IssueSeverity.Error,
        "ADRG {0} 没有任何 DRG 行", "ADRG {0} has no DRG rows");

    /// <summary>The last DRG row of an ADRG is conditional, so a case can fall through.</summary>
    public static readonly IssueDefinition AdrgWithoutFallback = new("PACK_ADRG_NO_UNCONDITIONAL_DRG", IssueSeverity.Warning,
        "ADRG {0} 的最后一个 DRG 行不是无条件的，入组到该 ADRG 的病例可能不能入 DRG", "the last DRG row of ADRG {0} is not unconditional; a case of this ADRG may find no DRG");

    /// <summary>The same seq appears twice in one scope; the rows are tried in file order (the layout gives no other order).</summary>
    public static readonly IssueDefinition DuplicateSeq = new("PACK_DUPLICATE_SEQ", IssueSeverity.Warning,
        "{0} 中顺序号 seq={1} 重复，按文件中的先后顺序尝试", "seq {1} appears twice in {0}; the rows are tried in file order");

    /// <summary>The same code (MDC, DRG) is defined twice.</summary>
    public static readonly IssueDefinition DuplicateCode = new("PACK_DUPLICATE_CODE", IssueSeverity.Error,
        "编码 {0} 重复定义", "code {0} is defined twice");

    /// <summary>The rows of one ADRG give different names, kinds or MDCs; the first row's are kept.</summary>
    public static readonly IssueDefinition InconsistentAdrg = new("PACK_INCONSISTENT_ADRG", IssueSeverity.Warning,
        "ADRG {0} 的多行之间名称、类型或 MDC 不一致，采用第一行的", "the rows of ADRG {0} disagree on name, kind or MDC; the first row's are kept");

    /// <summary>A code in a table is not in the scheme's dictionary.</summary>
    public static readonly IssueDefinition CodeNotInDictionary = new("PACK_CODE_NOT_IN_DICTIONARY", IssueSeverity.Warning,
        "编码 {0} 不在方案的诊断或手术操作字典中", "code {0} is not in the scheme's diagnosis or procedure dictionary");

    /// <summary>A CC/MCC exclusion group is referenced but lists no main diagnosis.</summary>
    public static readonly IssueDefinition EmptyExclusionGroup = new("PACK_EMPTY_EXCLUSION_GROUP", IssueSeverity.Warning,
        "排除组 {0} 在 {1} 中没有主要诊断，不排除任何编码", "exclusion group {0} lists no main diagnosis in {1}, so it excludes nothing");

    /// <summary>
    /// A CC row repeats an earlier row exactly (same code, level and exclusion group) and adds nothing. Rows of one code that differ in
    /// level or group are not an issue: each counts on its own.
    /// </summary>
    public static readonly IssueDefinition DuplicateCc = new("PACK_DUPLICATE_CC", IssueSeverity.Warning,
        "{1} 中编码 {0} 的一行与前面一行完全相同（级别与排除组相同），重复行不起作用", "{1} repeats the row of code {0} with the same level and exclusion group; the repeat adds nothing");

    /// <summary>A file of the pack cannot be read.</summary>
    public static readonly IssueDefinition Unreadable = new("PACK_UNREADABLE", IssueSeverity.Error,
        "规则包无法读取：{0}", "the rule pack cannot be read: {0}");

    /// <summary>A map row maps a code to a code that is not in the dictionary.</summary>
    public static readonly IssueDefinition MapTargetUnknown = new("PACK_MAP_TARGET_UNKNOWN", IssueSeverity.Warning,
        "映射目标编码 {0} 不在字典中", "map target {0} is not in the dictionary");

    /// <summary>A dictionary lists the same code twice; the first row is kept.</summary>
    public static readonly IssueDefinition DuplicateDictionaryCode = new("PACK_DUPLICATE_DICTIONARY_CODE", IssueSeverity.Warning,
        "字典中编码 {0} 重复，保留第一行", "the dictionary lists code {0} twice; the first row is kept");

    /// <summary>A DRG row names an MDC other than its ADRG's; the ADRG's MDC decides.</summary>
    public static readonly IssueDefinition DrgMdcMismatch = new("PACK_DRG_MDC_MISMATCH", IssueSeverity.Warning,
        "DRG {0} 所属 MDC 写为 {1}，但其 ADRG {2} 属于 {3}；以 ADRG 的 MDC 为准", "DRG {0} names MDC {1}, but its ADRG {2} belongs to {3}; the ADRG's MDC decides");

    /// <summary>A file of the pack is refused before it is read: a link that leaves the pack, or a file larger than the limit.</summary>
    public static readonly IssueDefinition FileRefused = new("PACK_FILE_REFUSED", IssueSeverity.Error,
        "规则包文件 {0} 被拒绝：{1}", "pack file {0} is refused: {1}");

    /// <summary>The pack as a whole exceeds a read limit (total size, number of files, compression ratio).</summary>
    public static readonly IssueDefinition TooLarge = new("PACK_TOO_LARGE", IssueSeverity.Error,
        "规则包超出读取上限：{0}", "the rule pack exceeds a read limit: {0}");

    /// <summary>A zip pack holds two entries of the same name; neither is chosen silently.</summary>
    public static readonly IssueDefinition DuplicateFile = new("PACK_DUPLICATE_FILE", IssueSeverity.Error,
        "规则包中文件 {0} 出现不止一次", "the pack holds file {0} more than once");

    /// <summary>More issues than the limit were found; the rest are counted, not listed.</summary>
    public static readonly IssueDefinition TooManyIssues = new("PACK_TOO_MANY_ISSUES", IssueSeverity.Warning,
        "问题超过 {0} 条，另有 {1} 条未列出", "more than {0} issues; {1} more are not listed");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> Catalog { get; } = ImmutableArray.Create(
        CsvUnterminatedQuoteDefinition, CsvTextAfterQuoteDefinition, MissingFile, BadManifest, UnknownFormat, MissingColumn, EmptyValue,
        NotANumber, NotADecimal, NotAllowed, ConditionSyntax, MissingTable, UnknownMdc, UnknownAdrg, AdrgWithoutDrg, AdrgWithoutFallback,
        DuplicateSeq, DuplicateCode, InconsistentAdrg, CodeNotInDictionary, EmptyExclusionGroup, DuplicateCc, Unreadable, MapTargetUnknown, DuplicateDictionaryCode, DrgMdcMismatch,
        FileRefused, TooLarge, DuplicateFile, TooManyIssues);

    internal static Issue CsvUnterminatedQuote(SourceLocation location) => CsvUnterminatedQuoteDefinition.Create(location: location);

    internal static Issue CsvTextAfterQuote(SourceLocation location) => CsvTextAfterQuoteDefinition.Create(location: location);
}
