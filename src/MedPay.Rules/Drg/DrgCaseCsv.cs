using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg;

/// <summary>
/// Reads cases in the layout of the conformance case files (drg-scheme-tables.md): <c>id,sex,age_years,age_days,
/// birth_weight_g,los_days,discharge,diagnoses,procedures</c>, optionally <c>admission_weight_g</c>, <c>icu_hours</c>, <c>dept</c> and the expected
/// <c>mdc,adrg,drg</c>; extra columns are ignored; codes are <c>|</c>-separated, first is main. A bad row becomes a record
/// with issues, never an exception.
/// </summary>
public static class DrgCaseCsv
{
    private static readonly string[] Required = { "id", "sex", "age_years", "age_days", "birth_weight_g", "los_days", "discharge", "diagnoses", "procedures" };

    /// <summary>Parses a whole case file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="fileIssues">Problems of the file as a whole (missing columns, broken quoting).</param>
    /// <returns>One record per row.</returns>
    public static IReadOnlyList<DrgCaseRecord> Parse(string text, string fileName, out ImmutableArray<Issue> fileIssues)
    {
        var csv = CsvDocument.Parse(text ?? throw new ArgumentNullException(nameof(text)), fileName);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        issues.AddRange(csv.Issues);
        var columns = Required.Select(csv.ColumnIndex).ToArray();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] < 0) issues.Add(DrgGroupingIssues.MissingCaseColumn.Create(field: Required[i], location: new SourceLocation(fileName, 1), args: Required[i]));
        }

        fileIssues = issues.ToImmutable();
        if (columns.Any(c => c < 0)) return Array.Empty<DrgCaseRecord>();

        var icu = csv.ColumnIndex("icu_hours");
        var admissionWeight = csv.ColumnIndex("admission_weight_g");
        var dept = csv.ColumnIndex("dept");
        var mdc = csv.ColumnIndex("mdc");
        var adrg = csv.ColumnIndex("adrg");
        var drg = csv.ColumnIndex("drg");
        var records = new List<DrgCaseRecord>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var rowIssues = ImmutableArray.CreateBuilder<Issue>();
            int Int(int index)
            {
                var value = row[columns[index]];
                if (value.Length == 0) return 0;
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
                rowIssues.Add(DrgGroupingIssues.FieldNotANumber.Create(field: Required[index], value: value, location: new SourceLocation(fileName, row.Line, columns[index] + 1, Required[index]), args: new object[] { Required[index], value }));
                return 0;
            }

            var admissionWeightGrams = 0;
            if (admissionWeight >= 0 && row[admissionWeight].Length > 0 && !int.TryParse(row[admissionWeight], NumberStyles.Integer, CultureInfo.InvariantCulture, out admissionWeightGrams))
            {
                rowIssues.Add(DrgGroupingIssues.FieldNotANumber.Create(field: "admission_weight_g", value: row[admissionWeight],
                    location: new SourceLocation(fileName, row.Line, admissionWeight + 1, "admission_weight_g"), args: new object[] { "admission_weight_g", row[admissionWeight] }));
            }

            double icuHours = 0;
            if (icu >= 0 && row[icu].Length > 0 && !double.TryParse(row[icu], NumberStyles.Float, CultureInfo.InvariantCulture, out icuHours))
            {
                rowIssues.Add(DrgGroupingIssues.FieldNotANumber.Create(field: "icu_hours", value: row[icu], location: new SourceLocation(fileName, row.Line, icu + 1, "icu_hours"), args: new object[] { "icu_hours", row[icu] }));
            }

            var @case = new DrgCase
            {
                Id = row[columns[0]],
                Sex = ParseSex(row[columns[1]]),
                AgeYears = Int(2),
                AgeDays = Int(3),
                BirthWeightGrams = Int(4),
                AdmissionWeightGrams = admissionWeightGrams,
                LengthOfStayDays = Int(5),
                Discharge = Int(6),
                Diagnoses = SplitCodes(row[columns[7]]),
                Procedures = SplitCodes(row[columns[8]]),
                IcuHours = icuHours,
                Department = dept >= 0 && row[dept].Length > 0 ? row[dept] : null,
            };
            records.Add(new DrgCaseRecord(row.Line, row[columns[0]], rowIssues.Count == 0 ? @case : null, rowIssues.ToImmutable(),
                mdc >= 0 ? row[mdc] : null, adrg >= 0 ? row[adrg] : null, drg >= 0 ? row[drg] : null));
        }

        return records;
    }

    /// <summary>Reads a sex as HIS exports write it: <c>M</c>/<c>F</c>, settlement-list codes <c>1</c>/<c>2</c>, or <c>男</c>/<c>女</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sex, <see cref="Sex.Unknown"/> when the text is none of those.</returns>
    public static Sex ParseSex(string? text) => text?.Trim() switch
    {
        "M" or "m" or "1" or "男" => Sex.Male,
        "F" or "f" or "2" or "女" => Sex.Female,
        _ => Sex.Unknown,
    };

    /// <summary>Splits a <c>|</c>-separated code list; an empty text is an empty list; trailing empty entries are dropped.</summary>
    /// <param name="text">The list.</param>
    /// <returns>The codes in order.</returns>
    public static ImmutableArray<string> SplitCodes(string? text)
    {
        if (string.IsNullOrEmpty(text)) return ImmutableArray<string>.Empty;
        var parts = text!.Split('|');
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Trim().Length == 0) count--;
        return ImmutableArray.Create(parts, 0, count);
    }
}
