using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// Reads a CSV file of cases for DIP (the input of <c>medpay dip</c>; layout in <c>docs/dip.md</c>): columns <c>id</c>, <c>hospital_id</c>,
/// <c>hospital_grade</c>, <c>fund</c>, <c>age_years</c>, <c>age_days</c>, <c>los_days</c>, <c>discharge</c>, <c>diagnoses</c> (required;
/// <c>|</c>-separated, main first), <c>procedures</c> (<c>|</c>-separated), <c>total_cost</c>, <c>personal_payment</c>. Never throws on bad
/// content: a bad value becomes an issue with row and column and is treated as not given; so is a negative total cost or personal payment
/// (<c>DIP_CASE_NEGATIVE_COST</c>, <c>DIP_CASE_NEGATIVE_PERSONAL_PAYMENT</c>), and a personal payment above the total cost is a warning
/// (<c>DIP_CASE_PERSONAL_ABOVE_COST</c>).
/// </summary>
public static class DipCaseFile
{
    /// <summary>The column names, in the documented order.</summary>
    public static readonly ImmutableArray<string> Columns = ImmutableArray.Create(
        "id", "hospital_id", "hospital_grade", "fund", "age_years", "age_days", "los_days", "discharge", "diagnoses", "procedures", "total_cost", "personal_payment");

    /// <summary>Reads the cases of a CSV text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="issues">Problems found, each with row and column.</param>
    /// <returns>The cases, one per record.</returns>
    public static ImmutableArray<DipCase> Read(string text, string fileName, out ImmutableArray<Issue> issues) => Read(text, fileName, out issues, out _);

    /// <summary>Reads the cases of a CSV text, with the line of the file each case was read from.</summary>
    internal static ImmutableArray<DipCase> Read(string text, string fileName, out ImmutableArray<Issue> issues, out ImmutableArray<int> lines)
    {
        var document = CsvDocument.Parse(text ?? string.Empty, fileName ?? "cases.csv");
        var list = ImmutableArray.CreateBuilder<Issue>();
        list.AddRange(document.Issues);
        if (document.ColumnIndex("diagnoses") < 0)
        {
            list.Add(DipIssues.InputMissingColumn.Create("diagnoses", null, new SourceLocation(document.FileName, 1, 0, "diagnoses"), "diagnoses"));
            issues = list.ToImmutable();
            lines = ImmutableArray<int>.Empty;
            return ImmutableArray<DipCase>.Empty;
        }

        var cases = ImmutableArray.CreateBuilder<DipCase>(document.Rows.Count);
        var rowLines = ImmutableArray.CreateBuilder<int>(document.Rows.Count);
        foreach (var row in document.Rows)
        {
            rowLines.Add(row.Line);
            string Text(string column) => document.ColumnIndex(column) is var i && i >= 0 ? row[i] : string.Empty;
            SourceLocation At(string column) => new(document.FileName, row.Line, document.ColumnIndex(column) + 1, column);
            decimal? Dec(string column)
            {
                var value = Text(column);
                if (value.Length == 0) return null;
                if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
                list.Add(DipIssues.InputBadNumber.Create(column, value, At(column), column, value));
                return null;
            }

            int? Int(string column)
            {
                var value = Text(column);
                if (value.Length == 0) return null;
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
                list.Add(DipIssues.InputBadNumber.Create(column, value, At(column), column, value));
                return null;
            }

            // Amounts the engine cannot use are findings, not silent choices (issue 14): a negative cost or personal payment is treated as not
            // given (a negative personal payment would lift the fund share above the payment), a personal payment above the cost is flagged.
            var totalCost = Dec("total_cost");
            var personalPayment = Dec("personal_payment");
            if (totalCost is < 0)
            {
                list.Add(DipIssues.NegativeCost.Create("total_cost", Text("total_cost"), At("total_cost"), Text("total_cost")));
                totalCost = null;
            }

            if (personalPayment is < 0)
            {
                list.Add(DipIssues.NegativePersonalPayment.Create("personal_payment", Text("personal_payment"), At("personal_payment"), Text("personal_payment")));
                personalPayment = null;
            }
            else if (personalPayment is { } own && totalCost is { } cost && own > cost)
            {
                list.Add(DipIssues.PersonalAboveCost.Create("personal_payment", Text("personal_payment"), At("personal_payment"), Text("personal_payment"), Text("total_cost")));
            }

            cases.Add(new DipCase
            {
                Id = Text("id"),
                HospitalId = Text("hospital_id"),
                HospitalGrade = Text("hospital_grade") is { Length: > 0 } grade ? grade : null,
                Fund = ParseFund(Text("fund")),
                AgeYears = Int("age_years"),
                AgeDays = Int("age_days"),
                LengthOfStayDays = Int("los_days") ?? 0,
                Discharge = Int("discharge") ?? 0,
                Diagnoses = Split(Text("diagnoses")),
                Procedures = Split(Text("procedures")),
                TotalCost = totalCost,
                PersonalPayment = personalPayment,
            });
        }

        issues = list.ToImmutable();
        lines = rowLines.MoveToImmutable();
        return cases.MoveToImmutable();
    }

    /// <summary>Reads a fund name: <c>employee</c>/<c>职工</c>, <c>resident</c>/<c>居民</c>, anything else unspecified.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fund.</returns>
    public static DipFund ParseFund(string? text) => (text ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "employee" or "职工" or "1" => DipFund.Employee,
        "resident" or "居民" or "2" => DipFund.Resident,
        _ => DipFund.Unspecified,
    };

    private static ImmutableArray<string> Split(string text) =>
        text.Length == 0 ? ImmutableArray<string>.Empty : text.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableArray();
}
