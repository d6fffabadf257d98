using System.Collections.Immutable;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Dip;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// The columns <c>medpay dip --columns</c> can write (CSV columns and the keys of the JSON <c>cases</c>), as data: the library's
/// <see cref="DipRun.OutputColumns"/> (the default, byte for byte as <see cref="DipRun.ToCsv"/> and <see cref="DipRun.ToJson"/> write them), then
/// the issue codes, a bilingual reason and the catalogue pack. The group's name is the default column <c>group_name</c>.
/// </summary>
internal static class DipColumns
{
    /// <summary>One case: its cells as the library writes them, and (only when asked for) the engine's explanation of it.</summary>
    public sealed class Row
    {
        private readonly Lazy<ImmutableArray<Issue>> _issues;

        public Row(RulePacks.RulePackIdentity pack, DipCaseRecord record, DipCaseResult result, DipEngine engine, DipPointPrices? prices)
        {
            Pack = pack;
            Cells = DipRun.Cells(record.Case, result);
            _issues = new Lazy<ImmutableArray<Issue>>(() => record.Issues.AddRange(engine.Explain(record.Case, prices).Issues));
        }

        public RulePacks.RulePackIdentity Pack { get; }

        public ImmutableArray<string> Cells { get; }

        /// <summary>The row's issues: those of reading it, then the engine's (no group for the main diagnosis, an unknown procedure or grade…).</summary>
        public ImmutableArray<Issue> Issues => _issues.Value;
    }

    private static readonly string[] Codes = { "id", "hospital_id", "group", "auxiliary" };

    private static ColumnKind KindOf(string column) =>
        DipRun.JsonNumberColumns.Contains(column) ? ColumnKind.Number
        : column == "special_review" ? ColumnKind.Boolean
        : Codes.Contains(column) ? ColumnKind.Code
        : ColumnKind.Text;

    /// <summary>The columns, in the order of <c>all</c>; the library's output columns are the default.</summary>
    public static readonly ResultColumnSet<ResultColumn<Row>> Set = new("dip", DipRun.OutputColumns
        .Select((name, k) => new ResultColumn<Row>(name, r => r.Cells[k], KindOf(name)))
        .Concat(new[]
        {
            new ResultColumn<Row>("issues", r => Reasons.Codes(r.Issues)),
            new ResultColumn<Row>("reason", r => Reasons.Text(r.Issues.Where(i => i.Severity >= IssueSeverity.Warning))),
            new ResultColumn<Row>("pack_id", r => r.Pack.Id),
            new ResultColumn<Row>("pack_version", r => r.Pack.Version),
            new ResultColumn<Row>("pack_hash", r => r.Pack.ContentHash),
        }).ToImmutableArray(), defaultCount: DipRun.OutputColumns.Length);
}
