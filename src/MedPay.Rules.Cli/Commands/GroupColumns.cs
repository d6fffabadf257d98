using System.Collections.Immutable;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// The columns <c>medpay group --columns</c> can write, as data (<see cref="ResultColumnSet{TColumn}"/>, shared with <c>dip</c>, <c>pay</c> and
/// <c>validate</c>): each a name and one case's value. The default is the five of <c>id,mdc,adrg,drg,status</c>; <c>all</c> is every column
/// in the order below.
/// </summary>
internal static class GroupColumns
{
    /// <summary>What a column's value is made from: the row's id and reading issues, its result (null when the row could not be read) and the scheme.</summary>
    /// <remarks>
    /// The case's codes fill in the reason of an ungroupable or ambiguous result: <see cref="Input"/> for a row read the full way, else
    /// <see cref="MainDiagnosis"/> and <see cref="Procedures"/> as written (a row grouped straight from its text; given only when a column
    /// shows reasons).
    /// </remarks>
    public readonly record struct Case(string Id, ImmutableArray<Issue> RowIssues, DrgResult? Result, RulePackIdentity Scheme, DrgCase? Input = null,
        string? MainDiagnosis = null, string? Procedures = null)
    {
        /// <summary>The values of a row read by <see cref="DrgCaseCsvReader"/>.</summary>
        public static Case Of(DrgCaseRecord record, DrgResult? result, RulePackIdentity scheme) => new(record.Id, record.Issues, result, scheme, record.Case);
    }

    /// <summary>One selectable column (a <see cref="ResultColumn{TRow}"/> of a case; its own type so the group pipeline names it).</summary>
    public sealed record Column(string Name, Func<Case, string?> Value, ColumnKind Kind = ColumnKind.Text) : ResultColumn<Case>(Name, Value, Kind);

    private static readonly ResultColumnSet<Column> Set = new("group", ImmutableArray.Create(
        new Column("id", c => c.Id, ColumnKind.Code),
        new Column("mdc", c => c.Result is { IsGrouped: true } r ? r.MdcCode : string.Empty, ColumnKind.Code),
        new Column("adrg", c => c.Result is { IsGrouped: true } r ? r.AdrgCode : string.Empty, ColumnKind.Code),
        new Column("drg", c => c.Result?.DrgCode ?? DrgResult.UngroupableCode, ColumnKind.Code),
        new Column("status", c => GroupCommand.StatusText(c.Result?.Status ?? DrgGroupingStatus.InvalidInput)),
        new Column("drg_name", c => c.Result?.Drg?.Name),
        new Column("issues", c => Reasons.Codes(IssuesOf(c))),
        new Column("reason", c => Reasons.Text(ReasonsOf(c))),
        new Column("pack_id", c => c.Scheme.Id),
        new Column("pack_version", c => c.Scheme.Version),
        new Column("pack_hash", c => c.Scheme.ContentHash)), defaultCount: 5);

    /// <summary>Every column, in the order of <c>all</c>.</summary>
    public static ImmutableArray<Column> Known => Set.Known;

    /// <summary>The columns written without <c>--columns</c>: what scripts written against earlier versions read.</summary>
    public static ImmutableArray<Column> Default => Set.Default;

    /// <summary>The names of the valid choices, for messages and help.</summary>
    public static string Choices => Set.Choices;

    /// <summary>Parses a comma-separated list (or <c>all</c>); null with <paramref name="unknown"/> set when a name is not a column.</summary>
    public static ImmutableArray<Column>? Parse(string? text, out string? unknown) => Set.Parse(text, out unknown);

    /// <summary>
    /// The row's issues when it could not be read; else the grouping result's, with the one the library adds to explain an ungroupable or
    /// ambiguous result (<see cref="DrgResultReasons.Issues"/>).
    /// </summary>
    private static ImmutableArray<Issue> IssuesOf(Case c) => c.Result switch
    {
        { } result when c.Input is { } drgCase => DrgResultReasons.Issues(result, drgCase),
        { } result => DrgResultReasons.Issues(result, c.MainDiagnosis, c.Procedures),
        _ => c.RowIssues,
    };

    /// <summary>
    /// A case that is not grouped: its errors and warnings (the library's messages, values filled in); a grouped case: its warnings
    /// (<see cref="DrgResultReasons.Reasons"/>). A row that could not be read: its errors and warnings.
    /// </summary>
    private static IEnumerable<Issue> ReasonsOf(Case c) => c.Result switch
    {
        { } result when c.Input is { } drgCase => DrgResultReasons.Reasons(result, drgCase),
        { } result => DrgResultReasons.Reasons(result, c.MainDiagnosis, c.Procedures),
        _ => c.RowIssues.Where(i => i.Severity >= IssueSeverity.Warning),
    };

    /// <summary>Whether any of the columns shows reasons (and so needs the case's codes, <see cref="Case.MainDiagnosis"/>).</summary>
    public static bool NeedCodes(ImmutableArray<Column> columns) => columns.Any(c => c.Name is "issues" or "reason");
}
