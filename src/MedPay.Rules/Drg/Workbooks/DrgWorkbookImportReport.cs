using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>
/// What loading an official NHSA configuration workbook (按病组付费分组方案配置信息, nhsa-drg-workbook.md) read and did: for each sheet
/// the header row found, the columns located and the rows read; every cleaning, reordering and amendment applied; where the known
/// codes come from; and every issue. Loading a workbook always yields one, whether or not the scheme could be built.
/// </summary>
public sealed class DrgWorkbookImportReport
{
    internal DrgWorkbookImportReport(string workbook, ImmutableArray<WorkbookSheetReport> sheets, ImmutableArray<WorkbookImportStep> steps,
        ImmutableArray<Issue> issues, string? summary)
    {
        Workbook = workbook;
        Sheets = sheets;
        Steps = steps;
        Issues = issues;
        Summary = summary;
    }

    /// <summary>The workbook's file name inside its pack.</summary>
    public string Workbook { get; }

    /// <summary>What was read from each sheet, in the layout's order (MDC, ADRG, DRG, 集合, CC, 排除表).</summary>
    public ImmutableArray<WorkbookSheetReport> Sheets { get; }

    /// <summary>Every step applied, in the order of the sheets and rows.</summary>
    public ImmutableArray<WorkbookImportStep> Steps { get; }

    /// <summary>Every issue of the load (errors make it fail; warnings and notes do not).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>What was built, e.g. <c>26 MDC, 376 ADRG, 628 DRG</c>; <see langword="null"/> when the load failed.</summary>
    public string? Summary { get; }

    /// <summary>Whether the scheme was built.</summary>
    public bool Succeeded => Summary is not null;

    /// <summary>The steps of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Those steps, in order.</returns>
    public IEnumerable<WorkbookImportStep> StepsOf(WorkbookImportStepKind kind) => Steps.Where(s => s.Kind == kind);

    /// <summary>The report as text for people: sheets, steps grouped by kind (every one listed), issues.</summary>
    /// <returns>The text, Chinese and English.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine("工作簿导入报告 / workbook import report: " + Workbook);
        text.AppendLine(Succeeded ? "结果 / result: " + Summary : "结果 / result: 未能加载 / not loaded");
        text.AppendLine();
        text.AppendLine("工作表 / sheets");
        foreach (var sheet in Sheets)
        {
            text.Append("  ").Append(sheet.Sheet).Append(": 表头在第 ").Append(sheet.HeaderRow).Append(" 行 / header row ").Append(sheet.HeaderRow)
                .Append(" (").Append(string.Join(", ", sheet.Columns)).Append("); ")
                .Append(N(sheet.Rows)).Append(" rows");
            if (sheet.EmptyRows > 0) text.Append(", ").Append(N(sheet.EmptyRows)).Append(" empty rows skipped");
            text.Append("; ").Append(sheet.Content.Zh).Append(" / ").AppendLine(sheet.Content.En);
        }

        foreach (var group in Steps.GroupBy(s => s.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine();
            text.Append(Title(group.Key)).Append(" (").Append(N(group.Count())).AppendLine(")");
            foreach (var step in group)
            {
                text.Append("  ");
                if (step.Location is not null) text.Append(step.Location).Append(": ");
                text.Append(step.Message.Zh).Append(" / ").Append(step.Message.En);
                if (step.Value is not null) text.Append(" → ").Append(Shorten(step.Value));
                text.AppendLine();
            }
        }

        text.AppendLine();
        var errors = Issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = Issues.Count(i => i.Severity == IssueSeverity.Warning);
        text.AppendLine($"问题 / issues: {N(errors)} error(s), {N(warnings)} warning(s), {N(Issues.Length - errors - warnings)} note(s)");
        foreach (var issue in Issues.OrderByDescending(i => i.Severity)) text.Append("  ").AppendLine(issue.ToString());
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Workbook}: {(Succeeded ? Summary : "not loaded")}; {Steps.Length} steps, {Issues.Length} issues";

    private static string Title(WorkbookImportStepKind kind) => kind switch
    {
        WorkbookImportStepKind.Cleaned => "清理的单元格 / cells cleaned",
        WorkbookImportStepKind.EmptyRule => "只含空白的规则（按空规则处理）/ rules holding only white space (read as empty)",
        WorkbookImportStepKind.NumberFromText => "以文本存储的序号 / order numbers stored as text",
        WorkbookImportStepKind.FallbackTriedLast => "移到末尾尝试的兜底行 / fallback rows tried last",
        WorkbookImportStepKind.DuplicateMember => "集合中的重复成员 / duplicate set members",
        WorkbookImportStepKind.Amended => "已应用的修订 / amendments applied",
        WorkbookImportStepKind.KindFromCode => "ADRG 类型 / ADRG kinds",
        WorkbookImportStepKind.Dictionaries => "字典 / dictionaries",
        _ => "地方扩展字段 / regional extension fields",
    };

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Shorten(string value) => value.Length <= 120 ? value : value.Substring(0, 117) + "…";
}
