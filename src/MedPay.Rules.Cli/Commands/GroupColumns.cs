using System.Collections.Immutable;
using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// The columns <c>medpay group --columns</c> can write, as data: each a name and how one case's value is appended. The default is the
/// five of <c>id,mdc,adrg,drg,status</c>; <c>all</c> is every column in the order below.
/// </summary>
internal static class GroupColumns
{
    /// <summary>What a column's value is made from: the row's id and reading issues, its result (null when the row could not be read) and the scheme.</summary>
    public readonly record struct Case(string Id, ImmutableArray<Issue> RowIssues, DrgResult? Result, RulePackIdentity Scheme)
    {
        /// <summary>The values of a row read by <see cref="DrgCaseCsvReader"/>.</summary>
        public static Case Of(DrgCaseRecord record, DrgResult? result, RulePackIdentity scheme) => new(record.Id, record.Issues, result, scheme);
    }

    /// <summary>One selectable column.</summary>
    public sealed record Column(string Name, Action<StringBuilder, Case, bool> Append);

    public static readonly ImmutableArray<Column> Known = ImmutableArray.Create(
        new Column("id", (b, c, x) => Csv.AppendCode(b, c.Id, x)),
        new Column("mdc", (b, c, x) => Csv.AppendCode(b, c.Result is { IsGrouped: true } r ? r.MdcCode : string.Empty, x)),
        new Column("adrg", (b, c, x) => Csv.AppendCode(b, c.Result is { IsGrouped: true } r ? r.AdrgCode : string.Empty, x)),
        new Column("drg", (b, c, x) => Csv.AppendCode(b, c.Result?.DrgCode ?? DrgResult.UngroupableCode, x)),
        new Column("status", (b, c, _) => b.Append(GroupCommand.StatusText(c.Result?.Status ?? DrgGroupingStatus.InvalidInput))),
        new Column("drg_name", (b, c, _) => Csv.Append(b, c.Result?.Drg?.Name)),
        new Column("issues", (b, c, _) => Csv.Append(b, string.Join("|", IssuesOf(c).Select(i => i.Code)))),
        new Column("reason", (b, c, _) => Csv.Append(b, Reason(c))),
        new Column("pack_id", (b, c, _) => Csv.Append(b, c.Scheme.Id)),
        new Column("pack_version", (b, c, _) => Csv.Append(b, c.Scheme.Version)),
        new Column("pack_hash", (b, c, _) => Csv.Append(b, c.Scheme.ContentHash)));

    /// <summary>The columns written without <c>--columns</c>: what scripts written against earlier versions read.</summary>
    public static readonly ImmutableArray<Column> Default = Known.Take(5).ToImmutableArray();

    /// <summary>The names of the valid choices, for messages and help.</summary>
    public static string Choices => string.Join(", ", Known.Select(c => c.Name)) + ", all";

    /// <summary>Parses a comma-separated list (or <c>all</c>); null with <paramref name="unknown"/> set when a name is not a column.</summary>
    public static ImmutableArray<Column>? Parse(string? text, out string? unknown)
    {
        unknown = null;
        if (text is null) return Default;
        var names = text.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
        if (names.Length == 0)
        {
            unknown = text;
            return null;
        }

        var columns = ImmutableArray.CreateBuilder<Column>();
        foreach (var name in names)
        {
            if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
            {
                columns.AddRange(Known.Where(k => !columns.Contains(k)));
                continue;
            }

            var column = Known.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                unknown = name;
                return null;
            }

            if (!columns.Contains(column)) columns.Add(column);
        }

        return columns.ToImmutable();
    }

    /// <summary>The row's issues when it could not be read, else the grouping result's.</summary>
    private static ImmutableArray<Issue> IssuesOf(Case c) => c.Result?.Issues ?? c.RowIssues;

    /// <summary>
    /// A case that is not grouped: its errors and warnings (the library's messages, values filled in), or the status when it has none;
    /// a grouped case: its warnings. Each as "中文 / English", separated by "; ".
    /// </summary>
    private static string Reason(Case c)
    {
        var grouped = c.Result is { IsGrouped: true };
        var shown = IssuesOf(c).Where(i => grouped ? i.Severity == IssueSeverity.Warning : i.Severity >= IssueSeverity.Warning).ToList();
        if (shown.Count == 0 && !grouped)
        {
            return (c.Result?.Status ?? DrgGroupingStatus.InvalidInput) switch
            {
                DrgGroupingStatus.Ambiguous => "多个病组同等匹配 / more than one DRG matched equally",
                DrgGroupingStatus.Ungroupable => "未能入组（0000） / not groupable (0000)",
                _ => "病例无法读取 / the case could not be read",
            };
        }

        return string.Join("; ", shown.Select(i => i.Message.Zh + " / " + i.Message.En));
    }
}
