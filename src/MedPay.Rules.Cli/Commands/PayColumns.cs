using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Cli.Commands;

/// <summary>
/// The columns <c>medpay pay --columns</c> can write (CSV columns and the keys of the JSON <c>cases</c>), as data: the seventeen of before
/// (the default, byte for byte) and the DRG's name in the payment pack, the issue codes, a bilingual reason and the pack.
/// </summary>
internal static class PayColumns
{
    /// <summary>
    /// One input row: the record read, its payment (null when the row could not be read) and the pack; the explanation (the engine's issues
    /// and steps) is computed only when the <c>issues</c> or <c>reason</c> column asks for it.
    /// </summary>
    public sealed class Row
    {
        private readonly Lazy<PaymentExplanation?> _explanation;

        public Row(PaymentCaseRecord record, CasePayment? payment, DrgPaymentEngine engine)
        {
            Record = record;
            Payment = payment;
            Parameters = engine.Parameters;
            _explanation = new Lazy<PaymentExplanation?>(() => record.Case is { } c ? engine.Explain(in c) : null);
        }

        public PaymentCaseRecord Record { get; }

        public CasePayment? Payment { get; }

        public PaymentParameters Parameters { get; }

        public PaymentCase? Case => Record.Case;

        /// <summary>The row's issues: those of reading it, then the engine's (an unknown grade, no rate, a DRG without weight…).</summary>
        public IEnumerable<Issue> Issues => Record.Issues.Concat(_explanation.Value?.Issues ?? ImmutableArray<Issue>.Empty);

        /// <summary>
        /// Why the case is paid as it is: its warnings and errors; when it has none and is not paid by the DRG rules (ungroupable, excluded), the
        /// engine's own steps that say so, in its words with the values filled in.
        /// </summary>
        public string Reason
        {
            get
            {
                var issues = Issues.Where(i => i.Severity >= IssueSeverity.Warning).ToList();
                if (issues.Count > 0 || Payment is not { Status: not PaymentStatus.Paid }) return Reasons.Text(issues);
                return Reasons.Text(_explanation.Value!.Steps.Where(s => s.Code is "EXCLUDED" or "UNGROUPABLE" or "UNGROUPABLE_PAYMENT").Select(s => s.Text));
            }
        }
    }

    private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Paid(Row r, Func<CasePayment, string> value) => r.Payment is { } p ? value(p) : null;

    private static string? Case(Row r, Func<PaymentCase, string> value) => r.Case is { } c ? value(c) : null;

    /// <summary>The columns, in the order of <c>all</c>; the first seventeen are the default.</summary>
    public static readonly ResultColumnSet<ResultColumn<Row>> Set = new("pay", ImmutableArray.Create(
        new ResultColumn<Row>("id", r => r.Case is { } c ? c.Id ?? string.Empty : r.Record.Id, ColumnKind.Code),
        new ResultColumn<Row>("drg", r => Case(r, c => c.DrgCode), ColumnKind.Code),
        new ResultColumn<Row>("grouping", r => Case(r, c => GroupCommand.StatusText(c.GroupingStatus))),
        new ResultColumn<Row>("payment_status", r => r.Payment is { } p ? Snake(p.Status.ToString()) : "invalid_input"),
        new ResultColumn<Row>("outlier", r => Paid(r, p => Snake(p.OutlierClass.ToString()))),
        new ResultColumn<Row>("method", r => Paid(r, p => Snake(p.Method.ToString()))),
        new ResultColumn<Row>("weight", r => Paid(r, p => D(p.Weight)), ColumnKind.Number),
        new ResultColumn<Row>("rate", r => Paid(r, p => D(p.Rate)), ColumnKind.Number),
        new ResultColumn<Row>("coefficient", r => Paid(r, p => D(p.Coefficient)), ColumnKind.Number),
        new ResultColumn<Row>("standard", r => Paid(r, p => D(p.Standard)), ColumnKind.Number),
        new ResultColumn<Row>("total_cost", r => Case(r, c => D(c.TotalCost)), ColumnKind.Number),
        new ResultColumn<Row>("personal_payment", r => Case(r, c => D(c.PersonalPayment)), ColumnKind.Number),
        new ResultColumn<Row>("payment", r => Paid(r, p => D(p.Payment)), ColumnKind.Number),
        new ResultColumn<Row>("fund_share", r => Paid(r, p => D(p.FundShare)), ColumnKind.Number),
        new ResultColumn<Row>("balance", r => Paid(r, p => D(p.Balance)), ColumnKind.Number),
        new ResultColumn<Row>("special_review", r => Paid(r, p => p.SpecialReview ? "1" : "0"), ColumnKind.Boolean),
        new ResultColumn<Row>("issue", r => r.Payment is { } p ? p.Problem?.Code ?? string.Empty : r.Record.Issues.FirstOrDefault()?.Code ?? string.Empty),
        new ResultColumn<Row>("drg_name", r => Case(r, c => r.Parameters.FindWeight(c.DrgCode)?.Name ?? string.Empty)),
        new ResultColumn<Row>("issues", r => Reasons.Codes(r.Issues)),
        new ResultColumn<Row>("reason", r => r.Reason),
        new ResultColumn<Row>("pack_id", r => r.Parameters.Identity.Id),
        new ResultColumn<Row>("pack_version", r => r.Parameters.Identity.Version),
        new ResultColumn<Row>("pack_hash", r => r.Parameters.Identity.ContentHash)), defaultCount: 17);

    /// <summary><c>PaidByItem</c> → <c>paid_by_item</c>: enum names as the CSV writes them.</summary>
    public static string Snake(string name) => string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(ch) : ch.ToString()));
}
