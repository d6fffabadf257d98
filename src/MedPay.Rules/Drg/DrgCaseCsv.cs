using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>
/// Reads cases in the layout of the conformance case files (drg-scheme-tables.md): <c>id,sex,age_years,age_days,
/// birth_weight_g,los_days,discharge,diagnoses,procedures</c>, optionally <c>admission_weight_g</c>, <c>icu_hours</c>, <c>dept</c> and the expected
/// <c>mdc,adrg,drg</c>; extra columns are ignored; codes are <c>|</c>-separated, first is main. A bad row becomes a record
/// with issues, never an exception. <see cref="DrgCaseCsvReader"/> reads the same layout one record at a time from a <see cref="TextReader"/>.
/// </summary>
public static class DrgCaseCsv
{
    internal static readonly string[] Required = { "id", "sex", "age_years", "age_days", "birth_weight_g", "los_days", "discharge", "diagnoses", "procedures" };

    /// <summary>Parses a whole case file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="fileIssues">Problems of the file as a whole (missing columns, repeated column names, the header's quoting).</param>
    /// <returns>One record per row; a row with broken quoting is a record without a case, with its issue.</returns>
    public static IReadOnlyList<DrgCaseRecord> Parse(string text, string fileName, out ImmutableArray<Issue> fileIssues)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        using var reader = new StringReader(text);
        var csv = DrgCaseCsvReader.Open(reader, fileName);
        fileIssues = csv.FileIssues;
        if (!csv.HasRequiredColumns) return Array.Empty<DrgCaseRecord>();
        var records = new List<DrgCaseRecord>();
        while (csv.TryRead(out var record)) records.Add(record);
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
        // One pass over the text, one array, no intermediate list: the array becomes the ImmutableArray without a copy.
        var span = text!.AsSpan();
        var end = span.Length;
        while (true)
        {
            // Drop trailing entries that are empty or blank (with their separators).
            var last = span.Slice(0, end).LastIndexOf('|');
            if (!span.Slice(last + 1, end - last - 1).IsWhiteSpace()) break;
            if (last < 0) return ImmutableArray<string>.Empty;
            end = last;
        }

        var kept = span.Slice(0, end);
        var parts = new string[Bars(kept) + 1];
        var start = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var bar = kept.Slice(start).IndexOf('|');
            var length = bar < 0 ? kept.Length - start : bar;
            parts[i] = start == 0 && length == text!.Length ? text : text!.Substring(start, length);
            start += length + 1;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(parts);
    }

    private static int Bars(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.Count('|');
#else
        var count = 0;
        foreach (var c in text)
        {
            if (c == '|') count++;
        }

        return count;
#endif
    }
}
