using System.Collections.Immutable;

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

    /// <summary>
    /// Reads the cases of a CSV text, with the line of the file each case was read from, through <see cref="DipCaseReader"/> (read a file
    /// of any length record by record with that type, or evaluate it with <see cref="DipCaseFileStreaming"/>). The issues are listed as
    /// the file's CSV problems (the header's, then each row's quoting), then each row's value problems, in row order.
    /// </summary>
    internal static ImmutableArray<DipCase> Read(string text, string fileName, out ImmutableArray<Issue> issues, out ImmutableArray<int> lines)
    {
        using var source = new StringReader(text ?? string.Empty);
        var reader = DipCaseReader.Open(source, fileName ?? "cases.csv");
        var list = ImmutableArray.CreateBuilder<Issue>();
        list.AddRange(reader.HeaderIssues);
        if (!reader.CanRead)
        {
            list.AddRange(reader.ReadQuotingIssues());
            list.AddRange(reader.FileIssues.Skip(reader.HeaderIssues.Length));
            issues = list.ToImmutable();
            lines = ImmutableArray<int>.Empty;
            return ImmutableArray<DipCase>.Empty;
        }

        var cases = ImmutableArray.CreateBuilder<DipCase>();
        var rowLines = ImmutableArray.CreateBuilder<int>();
        var values = new List<Issue>();
        while (reader.TryRead(out var record))
        {
            cases.Add(record.Case);
            rowLines.Add(record.Line);
            if (record.QuotingIssue is { } quoting) list.Add(quoting);
            values.AddRange(record.ValueIssues);
        }

        list.AddRange(values);
        issues = list.ToImmutable();
        lines = rowLines.ToImmutable();
        return cases.ToImmutable();
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

    /// <summary>A <c>|</c>-separated code list, trimmed, empty codes dropped.</summary>
    internal static ImmutableArray<string> Split(string text) =>
        text.Length == 0 ? ImmutableArray<string>.Empty : text.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableArray();
}
