using System.Collections.Immutable;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// The columns <c>medpay validate --columns</c> can write in its CSV report (one row per finding), as data: the library's
/// <see cref="SettlementReportWriter.CsvColumns"/> (the default, byte for byte as <see cref="SettlementReportWriter.ToCsv"/> writes them), then
/// the message and the fix as one bilingual text each, the rule's sources, and the rule pack that defined or last changed the rule.
/// </summary>
internal static class ValidateColumns
{
    /// <summary>One finding of the report, with its cells as the library writes them and the pack its rule comes from.</summary>
    public sealed class Row
    {
        public Row(SettlementBatchReport report, SettlementFinding finding)
        {
            Finding = finding;
            Cells = SettlementReportWriter.CsvCells(report, finding);
            Pack = report.Packs.FirstOrDefault(p => string.Equals(p.Id, finding.Rule.Origin, StringComparison.Ordinal)) ?? report.Packs.FirstOrDefault();
        }

        public SettlementFinding Finding { get; }

        public ImmutableArray<string> Cells { get; }

        /// <summary>The pack that defined or last changed the finding's rule (the national pack when its origin is not among the packs).</summary>
        public RulePackIdentity? Pack { get; }
    }

    private static readonly string[] Codes = { "list", "setl_id", "code" };

    /// <summary>The columns, in the order of <c>all</c>; the library's CSV columns are the default.</summary>
    public static readonly ResultColumnSet<ResultColumn<Row>> Set = new("validate", SettlementReportWriter.CsvColumns
        .Select((name, k) => new ResultColumn<Row>(name, r => r.Cells[k], Codes.Contains(name) ? ColumnKind.Code : ColumnKind.Text))
        .Concat(new[]
        {
            new ResultColumn<Row>("reason", r => Reasons.Text(new[] { r.Finding.Message })),
            new ResultColumn<Row>("fix", r => Reasons.Text(new[] { r.Finding.Fix })),
            new ResultColumn<Row>("source", r => r.Finding.Rule.Source),
            new ResultColumn<Row>("pack_id", r => r.Pack?.Id),
            new ResultColumn<Row>("pack_version", r => r.Pack?.Version),
            new ResultColumn<Row>("pack_hash", r => r.Pack?.ContentHash),
        }).ToImmutableArray(), defaultCount: SettlementReportWriter.CsvColumns.Length);
}
