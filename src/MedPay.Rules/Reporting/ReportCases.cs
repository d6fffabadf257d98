using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Reporting;

/// <summary>
/// The cases of a report read from one CSV file, which is either a case file (the columns of <see cref="DrgCaseCsv"/>, recognised by its
/// <c>diagnoses</c> column: grouped here with the scheme) or a file of grouped results (<c>id,drg[,status]</c>, the output of
/// <c>medpay group</c>). Either may carry the payment columns of <see cref="PaymentCaseCsv"/> (<c>total_cost, personal_payment, fund,
/// grade, los_days, hospital, dept, died, addons</c>); every row is read by that reader, so the values mean what they mean for
/// <c>medpay pay</c>. Without a <c>total_cost</c> column the costs are unknown (<see cref="HasCosts"/> false). Immutable.
/// </summary>
public sealed class ReportCases
{
    private static readonly string[] PaymentColumns = { "total_cost", "personal_payment", "fund", "grade", "los_days", "hospital", "dept", "died", "addons" };

    private ReportCases(ImmutableArray<PaymentCase> cases, ImmutableArray<InvalidCase> invalidCases, bool hasCosts, bool groupedHere, ImmutableArray<Issue> fileIssues)
    {
        Cases = cases;
        InvalidCases = invalidCases;
        HasCosts = hasCosts;
        GroupedHere = groupedHere;
        FileIssues = fileIssues;
    }

    /// <summary>The cases, in file order: every readable row, those the grouper found invalid included (status invalid input, DRG <c>0000</c>).</summary>
    public ImmutableArray<PaymentCase> Cases { get; }

    /// <summary>The rows that could not be read and the cases the grouper found invalid, each with its issues.</summary>
    public ImmutableArray<InvalidCase> InvalidCases { get; }

    /// <summary>Whether the file has a <c>total_cost</c> column: without one costs, payment and the cost index mean nothing.</summary>
    public bool HasCosts { get; }

    /// <summary>Whether the file was a case file grouped here (otherwise it held grouped results).</summary>
    public bool GroupedHere { get; }

    /// <summary>Problems of the file as a whole; with an error there are no cases.</summary>
    public ImmutableArray<Issue> FileIssues { get; }

    /// <summary>Reads a case file or a results file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="scheme">The scheme that groups a case file.</param>
    /// <param name="parameters">The payment parameters (add-on names).</param>
    /// <param name="defaultFund">The fund of rows without one.</param>
    /// <param name="defaultGrade">The hospital grade of rows without one.</param>
    /// <returns>The cases.</returns>
    public static ReportCases Read(string text, string fileName, DrgScheme scheme, PaymentParameters parameters, InsuredFund defaultFund = InsuredFund.Employee, string defaultGrade = "3")
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (scheme is null) throw new ArgumentNullException(nameof(scheme));
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        var document = CsvDocument.Parse(text, fileName);
        var invalid = ImmutableArray.CreateBuilder<InvalidCase>();
        var groupedHere = document.ColumnIndex("diagnoses") >= 0;
        var drgs = new string[document.Rows.Count];
        var statuses = new string[document.Rows.Count];
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (groupedHere)
        {
            var records = DrgCaseCsv.Parse(text, fileName, out var caseFileIssues);
            issues.AddRange(caseFileIssues);
            if (caseFileIssues.Any(i => i.Severity == IssueSeverity.Error) || records.Count != document.Rows.Count)
            {
                return new ReportCases(ImmutableArray<PaymentCase>.Empty, ImmutableArray<InvalidCase>.Empty, false, true, issues.ToImmutable());
            }

            var grouper = scheme.CreateGrouper();
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                ImmutableArray<Issue> why;
                if (record.Case is { } drgCase)
                {
                    var result = grouper.Group(drgCase);
                    (drgs[i], statuses[i]) = (result.DrgCode, StatusText(result.Status));
                    if (result.Status != DrgGroupingStatus.InvalidInput) continue;
                    why = result.Issues;
                }
                else
                {
                    (drgs[i], statuses[i]) = (DrgResult.UngroupableCode, StatusText(DrgGroupingStatus.InvalidInput));
                    why = record.Issues;
                }

                invalid.Add(new InvalidCase(record.Id, record.Line, why));
            }
        }
        else
        {
            int drg = document.ColumnIndex("drg"), status = document.ColumnIndex("status");
            for (var i = 0; i < document.Rows.Count; i++)
            {
                drgs[i] = drg >= 0 ? document.Rows[i][drg] : string.Empty;
                statuses[i] = status >= 0 ? document.Rows[i][status] : string.Empty;
            }
        }

        var hasCosts = document.ColumnIndex("total_cost") >= 0;
        var payments = PaymentCaseCsv.Parse(Rewrite(document, drgs, statuses, groupedHere || document.ColumnIndex("drg") >= 0), fileName, parameters, defaultFund, defaultGrade, out var paymentFileIssues);
        issues.AddRange(paymentFileIssues);
        if (paymentFileIssues.Any(i => i.Severity == IssueSeverity.Error))
        {
            return new ReportCases(ImmutableArray<PaymentCase>.Empty, ImmutableArray<InvalidCase>.Empty, hasCosts, groupedHere, issues.ToImmutable());
        }

        var cases = ImmutableArray.CreateBuilder<PaymentCase>(payments.Count);
        for (var i = 0; i < payments.Count; i++)
        {
            if (payments[i].Case is { } c) cases.Add(c);
            else invalid.Add(new InvalidCase(payments[i].Id, document.Rows[i].Line, payments[i].Issues));
        }

        return new ReportCases(cases.ToImmutable(), invalid.ToImmutable(), hasCosts, groupedHere, issues.ToImmutable());
    }

    private static string StatusText(DrgGroupingStatus status) => status switch
    {
        DrgGroupingStatus.Grouped => "grouped",
        DrgGroupingStatus.Ambiguous => "ambiguous",
        DrgGroupingStatus.Ungroupable => "ungroupable",
        _ => "invalid-input",
    };

    /// <summary>The rows as the payment case reader takes them: <c>id, drg, status</c>, then the payment columns the file has (an empty <c>total_cost</c> when it has none).</summary>
    private static string Rewrite(CsvDocument document, string[] drgs, string[] statuses, bool hasDrg)
    {
        var id = document.ColumnIndex("id");
        var columns = PaymentColumns.Select(c => (Name: c, Index: document.ColumnIndex(c))).Where(c => c.Index >= 0 || c.Name == "total_cost").ToArray();
        var text = new StringBuilder(document.Rows.Count * 48);
        text.Append("id,").Append(hasDrg ? "drg," : string.Empty).Append("status");
        foreach (var column in columns) text.Append(',').Append(column.Name);
        text.Append('\n');
        for (var i = 0; i < document.Rows.Count; i++)
        {
            var row = document.Rows[i];
            Cell(text, id >= 0 ? row[id] : string.Empty);
            if (hasDrg) Cell(text.Append(','), drgs[i]);
            Cell(text.Append(','), statuses[i]);
            foreach (var column in columns) Cell(text.Append(','), column.Index >= 0 ? row[column.Index] : string.Empty);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Cell(StringBuilder text, string value)
    {
        if (value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
