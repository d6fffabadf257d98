using System.Collections.Immutable;
using MedPay.Rules.Drg.Loading;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>
/// The amendments file of a workbook pack (<c>amendments.csv</c> beside the workbook; docs/workbooks.md): small, reviewable corrections
/// of the published workbook applied at load and listed in the import report, never silently. Columns
/// <c>action,target,code,value,note</c>:
/// <list type="bullet">
/// <item><c>add_exclusion</c> / <c>remove_exclusion</c>: <c>target</c> an exclusion table id of the <c>排除表</c> sheet, <c>code</c> a main diagnosis;</item>
/// <item><c>add_member</c> / <c>remove_member</c>: <c>target</c> a set id of the <c>集合</c> sheet, <c>code</c> a code, <c>value</c> its name (optional);</item>
/// <item><c>rename</c>: <c>target</c> <c>MDC</c>, <c>ADRG</c> or <c>DRG</c>, <c>code</c> the group's code, <c>value</c> the corrected name.</item>
/// </list>
/// <c>note</c> says why (the printed scheme's page, a notice): it is shown in the report. An amendment that names something the workbook
/// lacks is an error (it was written for another version: review it); one that changes nothing is a warning (it can be dropped).
/// </summary>
internal static class WorkbookAmendment
{
    public const string FileName = "amendments.csv";

    /// <summary>Applies the pack's amendments to the sheets' tables; returns false when the file is missing (nothing to do).</summary>
    public static void Apply(RulePack pack, WorkbookSchemeTable mdcs, WorkbookSchemeTable adrgs, WorkbookSchemeTable drgs, WorkbookSchemeTable sets,
        WorkbookSchemeTable exclusions, ImmutableArray<Issue>.Builder issues, List<WorkbookImportStep> steps)
    {
        var file = DrgSchemeLoader.ReadCsv(pack, issues, FileName, required: false, "action", "target", "code", "?value", "?note");
        if (file is null) return;
        for (var row = 0; row < file.Count; row++)
        {
            var action = file.Get(row, 0).ToLowerInvariant();
            var target = file.Get(row, 1);
            var code = file.Get(row, 2);
            var value = file.Get(row, 3);
            var note = file.Get(row, 4);
            var at = file.At(row, 0);
            var what = $"{action} {target} {code}{(value.Length > 0 ? " " + value : string.Empty)}";
            if (action.Length == 0 && target.Length == 0 && code.Length == 0) continue;
            if (target.Length == 0 || code.Length == 0)
            {
                issues.Add(WorkbookIssues.AmendmentInvalid.Create(field: target.Length == 0 ? "target" : "code", value: what, location: at,
                    args: new LocalizedText("target 与 code 不能为空", "target and code must not be empty")));
                continue;
            }

            switch (action)
            {
                case "add_exclusion":
                case "add_member":
                {
                    var table = action == "add_exclusion" ? exclusions : sets;
                    if (!table.Rows.Any(r => r.Cells[0] == target))
                    {
                        issues.Add(WorkbookIssues.AmendmentNotApplicable.Create(field: "target", value: target, location: at, args: new LocalizedText($"{table.Name} 中没有 {target}", $"{table.Name} has no {target}")));
                        break;
                    }

                    if (table.Rows.Any(r => r.Cells[0] == target && r.Cells[1] == code))
                    {
                        issues.Add(WorkbookIssues.AmendmentRedundant.Create(field: "code", value: code, location: at, args: what));
                        break;
                    }

                    var cells = new string?[table.RoleCount];
                    cells[0] = target;
                    cells[1] = code;
                    if (table == sets) cells[SchemeInput.TableCodeName] = value;
                    table.Rows.Add(new WorkbookTableRow(file.Line(row), cells, file.At(row, 2)));
                    steps.Add(Step(at, $"{table.Name} {target} 增加 {code}", $"{table.Name} {target}: {code} added", note));
                    break;
                }

                case "remove_exclusion":
                case "remove_member":
                {
                    var table = action == "remove_exclusion" ? exclusions : sets;
                    var removed = table.Rows.RemoveAll(r => r.Cells[0] == target && r.Cells[1] == code);
                    if (removed == 0)
                    {
                        var known = table.Rows.Any(r => r.Cells[0] == target);
                        if (known) issues.Add(WorkbookIssues.AmendmentRedundant.Create(field: "code", value: code, location: at, args: what));
                        else issues.Add(WorkbookIssues.AmendmentNotApplicable.Create(field: "target", value: target, location: at, args: new LocalizedText($"{table.Name} 中没有 {target}", $"{table.Name} has no {target}")));
                        break;
                    }

                    steps.Add(Step(at, $"{table.Name} {target} 删除 {code}", $"{table.Name} {target}: {code} removed", note));
                    break;
                }

                case "rename":
                {
                    var (table, codeRole, nameRole) = target.ToUpperInvariant() switch
                    {
                        "MDC" => (mdcs, SchemeInput.MdcCode, SchemeInput.MdcName),
                        "ADRG" => (adrgs, SchemeInput.AdrgCode, SchemeInput.AdrgName),
                        "DRG" => (drgs, SchemeInput.DrgCode, SchemeInput.DrgName),
                        _ => ((WorkbookSchemeTable?)null, 0, 0),
                    };
                    if (table is null || value.Length == 0)
                    {
                        issues.Add(WorkbookIssues.AmendmentInvalid.Create(field: table is null ? "target" : "value", value: what, location: at,
                            args: "rename 需要 target 为 MDC、ADRG 或 DRG，并给出 value（新名称）/ rename takes target MDC, ADRG or DRG and the new name as value"));
                        break;
                    }

                    var rows = table.Rows.Where(r => r.Cells[codeRole] == code).ToList();
                    if (rows.Count == 0)
                    {
                        issues.Add(WorkbookIssues.AmendmentNotApplicable.Create(field: "code", value: code, location: at, args: new LocalizedText($"{table.Name} 中没有 {code}", $"{table.Name} has no {code}")));
                        break;
                    }

                    if (rows.All(r => r.Cells[nameRole] == value))
                    {
                        issues.Add(WorkbookIssues.AmendmentRedundant.Create(field: "value", value: value, location: at, args: what));
                        break;
                    }

                    var before = rows[0].Cells[nameRole];
                    foreach (var r in rows) r.Cells[nameRole] = value;
                    steps.Add(Step(at, $"{table.Name} {code} 名称由“{before}”改为“{value}”", $"{table.Name} {code} renamed from '{before}' to '{value}'", note));
                    break;
                }

                default:
                    issues.Add(WorkbookIssues.AmendmentInvalid.Create(field: "action", value: action, location: at,
                        args: $"未知的 action {action}（可用：add_exclusion、remove_exclusion、add_member、remove_member、rename）/ unknown action {action} (use add_exclusion, remove_exclusion, add_member, remove_member or rename)"));
                    break;
            }
        }
    }

    private static WorkbookImportStep Step(SourceLocation at, string zh, string en, string note) =>
        new(WorkbookImportStepKind.Amended, at, new LocalizedText(zh + (note.Length > 0 ? "（" + note + "）" : string.Empty), en + (note.Length > 0 ? " (" + note + ")" : string.Empty)));
}
