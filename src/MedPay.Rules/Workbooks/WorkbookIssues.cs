using System.Collections.Immutable;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// The error catalogue of workbooks: reading an <c>.xlsx</c> file (<see cref="IWorkbookReader"/>) and importing the official
/// NHSA configuration workbook as a DRG scheme (nhsa-drg-workbook.md). Locations name the workbook, the sheet, the row, the column
/// and its header text. Rule-pack issues that both pack kinds share (a rule that does not parse, a missing set) keep their
/// <c>PACK_*</c> codes (<see cref="RulePacks.RulePackIssues"/>).
/// </summary>
public static class WorkbookIssues
{
    /// <summary>The file is not an <c>.xlsx</c> workbook (not a zip package, or one without a workbook part).</summary>
    public static readonly IssueDefinition NotAWorkbook = new("WB_NOT_A_WORKBOOK", IssueSeverity.Error,
        "{0} 不是 .xlsx 工作簿：{1}", "{0} is not an .xlsx workbook: {1}");

    /// <summary>A part of the workbook cannot be read (damaged XML, a missing relationship).</summary>
    public static readonly IssueDefinition PartUnreadable = new("WB_PART_UNREADABLE", IssueSeverity.Error,
        "工作簿 {0} 的部件 {1} 无法读取：{2}", "part {1} of workbook {0} cannot be read: {2}");

    /// <summary>The file, a part or all parts together are larger than the read limits allow.</summary>
    public static readonly IssueDefinition TooLarge = new("WB_TOO_LARGE", IssueSeverity.Error,
        "工作簿 {0} 的 {1} 有 {2} 字节，超过上限 {3} 字节", "{1} of workbook {0} is {2} bytes, more than the limit of {3} bytes");

    /// <summary>A part expands far more than spreadsheet XML does: a zip bomb is refused before it is expanded.</summary>
    public static readonly IssueDefinition CompressionRatio = new("WB_COMPRESSION_RATIO", IssueSeverity.Error,
        "工作簿 {0} 的部件 {1} 压缩比为 {2}:1，超过上限 {3}:1（疑似压缩炸弹）", "part {1} of workbook {0} expands {2}:1, more than the limit of {3}:1 (a zip bomb?)");

    /// <summary>A cell's text is longer than the read limits allow.</summary>
    public static readonly IssueDefinition CellTooLong = new("WB_CELL_TOO_LONG", IssueSeverity.Error,
        "单元格文本长度超过 {0} 个字符", "the cell's text is longer than {0} characters");

    /// <summary>A sheet has more rows or columns, or the workbook more sheets, than the read limits allow.</summary>
    public static readonly IssueDefinition LimitExceeded = new("WB_LIMIT_EXCEEDED", IssueSeverity.Error,
        "工作簿 {0} 的{1}超过上限 {2}", "workbook {0} has more {1} than the limit of {2}");

    /// <summary>A sheet the layout requires is missing.</summary>
    public static readonly IssueDefinition SheetMissing = new("WB_SHEET_MISSING", IssueSeverity.Error,
        "工作簿缺少工作表 {0}（现有工作表：{1}）", "the workbook has no sheet {0} (its sheets: {1})");

    /// <summary>A column the layout requires cannot be found by its header text.</summary>
    public static readonly IssueDefinition ColumnMissing = new("WB_COLUMN_MISSING", IssueSeverity.Error,
        "工作表 {0} 在前 {1} 行中找不到表头为 {2} 的列（找到的表头：{3}）", "sheet {0} has no column headed {2} in its first {1} rows (headers found: {3})");

    /// <summary>A header text appears twice in the header row; the first column is read.</summary>
    public static readonly IssueDefinition ColumnRepeated = new("WB_COLUMN_REPEATED", IssueSeverity.Warning,
        "工作表 {0} 的表头 {1} 出现不止一次，读取第一列 {2}", "sheet {0} has the header {1} more than once; column {2} is read");

    /// <summary>An ICD code cell is stored as a number: Excel may have dropped its trailing zeros (36.0600 shown as 36.06).</summary>
    public static readonly IssueDefinition CodeStoredAsNumber = new("WB_CODE_STORED_AS_NUMBER", IssueSeverity.Warning,
        "编码 {0} 以数值存储，末尾的 0 可能已丢失（如 36.0600 存为 36.06）；请将该列设为文本后核对", "code {0} is stored as a number: trailing zeros may be lost (36.0600 stored as 36.06); set the column to text and check it");

    /// <summary>A workbook pack folder holds no workbook or more than one.</summary>
    public static readonly IssueDefinition PackWorkbookCount = new("WB_PACK_WORKBOOK_COUNT", IssueSeverity.Error,
        "工作簿规则包应恰好包含一个 .xlsx 文件，实有 {0} 个：{1}", "a workbook pack holds exactly one .xlsx file; this one holds {0}: {1}");

    /// <summary>A workbook pack was loaded without a workbook reader.</summary>
    public static readonly IssueDefinition ReaderMissing = new("WB_READER_MISSING", IssueSeverity.Error,
        "规则包 {0} 是工作簿（{1}），需要工作簿读取器：请引用 MedPay.Rules.Workbooks 包并使用 DrgWorkbook.Load，或传入 IWorkbookReader",
        "pack {0} is a workbook ({1}) and needs a workbook reader: reference the MedPay.Rules.Workbooks package and use DrgWorkbook.Load, or pass an IWorkbookReader");

    /// <summary>A row of the amendments file is malformed.</summary>
    public static readonly IssueDefinition AmendmentInvalid = new("WB_AMENDMENT_INVALID", IssueSeverity.Error,
        "修订文件的这一行无效：{0}", "this row of the amendments file is not valid: {0}");

    /// <summary>An amendment names something the workbook does not have, so it cannot be applied.</summary>
    public static readonly IssueDefinition AmendmentNotApplicable = new("WB_AMENDMENT_NOT_APPLICABLE", IssueSeverity.Error,
        "修订无法应用：{0}", "the amendment cannot be applied: {0}");

    /// <summary>An amendment asks for what the workbook already has; it changes nothing and can be dropped.</summary>
    public static readonly IssueDefinition AmendmentRedundant = new("WB_AMENDMENT_REDUNDANT", IssueSeverity.Warning,
        "修订未改变任何内容（工作簿已是如此），可删除：{0}", "the amendment changes nothing (the workbook already has it) and can be dropped: {0}");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> Catalog { get; } = ImmutableArray.Create(
        NotAWorkbook, PartUnreadable, TooLarge, CompressionRatio, CellTooLong, LimitExceeded, SheetMissing, ColumnMissing, ColumnRepeated,
        CodeStoredAsNumber, PackWorkbookCount, ReaderMissing, AmendmentInvalid, AmendmentNotApplicable, AmendmentRedundant);
}
