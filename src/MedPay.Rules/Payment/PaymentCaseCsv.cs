using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>
/// Reads a payment case file: the output of <c>medpay group</c> (<c>id,mdc,adrg,drg,status</c>) plus <c>total_cost</c> and optionally
/// <c>personal_payment, fund, grade, los_days, hospital, dept, died, addons</c> (docs/payment.md §7). A row with an unreadable value
/// becomes a record without a case and with an issue (so does a row with broken quoting: every row gives one record); a missing
/// required column is a file issue.
/// </summary>
public static class PaymentCaseCsv
{
    /// <summary>Parses a case file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for locations.</param>
    /// <param name="parameters">The parameters (add-on names).</param>
    /// <param name="defaultFund">The fund of rows without one.</param>
    /// <param name="defaultGrade">The hospital grade of rows without one.</param>
    /// <param name="fileIssues">Problems of the file as a whole.</param>
    /// <returns>One record per row.</returns>
    public static IReadOnlyList<PaymentCaseRecord> Parse(string text, string fileName, PaymentParameters parameters, InsuredFund defaultFund, string defaultGrade, out ImmutableArray<Issue> fileIssues)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        var document = CsvDocument.Parse(text, fileName);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        issues.AddRange(document.HeaderIssues); // a record's own quoting problem makes that record invalid, not the file
        var records = new List<PaymentCaseRecord>(document.Rows.Count);
        foreach (var column in new[] { "drg", "total_cost" })
        {
            if (document.ColumnIndex(column) >= 0) continue;
            issues.Add(PaymentIssues.InputMissingColumn.Create(column, null, new SourceLocation(fileName, 1, 0, column), column));
        }

        fileIssues = issues.ToImmutable();
        if (fileIssues.Any(i => i.Severity == IssueSeverity.Error)) return records;
        foreach (var row in document.Rows) records.Add(Row(document, row, parameters, defaultFund, defaultGrade));
        return records;
    }

    private static PaymentCaseRecord Row(CsvDocument document, CsvRow row, PaymentParameters parameters, InsuredFund defaultFund, string defaultGrade)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (row.Issue is { } quoting) issues.Add(quoting);
        string Text(string column) => document.ColumnIndex(column) is var i && i >= 0 ? row[i] : string.Empty;
        void Bad(string column, string value, string why) =>
            issues.Add(PaymentIssues.InputBadValue.Create(column, value, new SourceLocation(document.FileName, row.Line, document.ColumnIndex(column) + 1, column), column, value, why));
        decimal Amount(string column)
        {
            var value = Text(column);
            if (value.Length == 0) return 0m;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
            Bad(column, value, "expected a number");
            return 0m;
        }

        var id = Text("id");
        if (id.Length == 0) id = row.Line.ToString(CultureInfo.InvariantCulture);
        var drg = Text("drg").Trim().ToUpperInvariant();
        var cost = Amount("total_cost");
        var personal = Amount("personal_payment");
        var statusText = Text("status").ToLowerInvariant();
        DrgGroupingStatus status;
        switch (statusText)
        {
            case "": status = drg.Length == 0 || drg == DrgResult.UngroupableCode ? DrgGroupingStatus.Ungroupable : DrgGroupingStatus.Grouped; break;
            case "grouped": status = DrgGroupingStatus.Grouped; break;
            case "ambiguous": status = DrgGroupingStatus.Ambiguous; break;
            case "ungroupable": status = DrgGroupingStatus.Ungroupable; break;
            case "invalid-input": status = DrgGroupingStatus.InvalidInput; break;
            default:
                Bad("status", statusText, "expected grouped | ambiguous | ungroupable | invalid-input");
                status = DrgGroupingStatus.InvalidInput;
                break;
        }

        var fund = defaultFund;
        switch (Text("fund").ToLowerInvariant())
        {
            case "": break;
            case "employee": case "职工": case "1": fund = InsuredFund.Employee; break;
            case "resident": case "居民": case "2": fund = InsuredFund.Resident; break;
            case var other: Bad("fund", other, "expected employee | resident"); break;
        }

        var grade = Text("grade");
        if (grade.Length == 0) grade = defaultGrade;
        var los = 0;
        var losText = Text("los_days");
        if (losText.Length > 0 && !int.TryParse(losText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out los)) Bad("los_days", losText, "expected a whole number");
        var died = false;
        switch (Text("died").ToLowerInvariant())
        {
            case "": case "0": case "false": case "no": break;
            case "1": case "true": case "yes": died = true; break;
            case var other: Bad("died", other, "expected 0 | 1"); break;
        }

        uint addOns = 0;
        foreach (var key in Text("addons").Split(new[] { ';', '|' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (parameters.FindAddOn(key) is { } addOn) addOns |= addOn.Bit;
            else Bad("addons", key.Trim(), "not an add-on of the parameter pack");
        }

        var result = issues.Count > 0 ? (PaymentCase?)null : new PaymentCase
        {
            Id = id, DrgCode = drg, GroupingStatus = status, TotalCost = cost, PersonalPayment = personal, Fund = fund, Grade = grade, LengthOfStay = los,
            AddOns = addOns, Hospital = Text("hospital"), Department = Text("dept"), Died = died,
        };
        return new PaymentCaseRecord(row.Line, id, result, issues.ToImmutable());
    }
}
