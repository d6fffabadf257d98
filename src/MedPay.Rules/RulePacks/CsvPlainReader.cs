namespace MedPay.Rules.RulePacks;

/// <summary>
/// The fast path of <see cref="CsvDocument.ParseUtf8"/> for the usual rule-pack table: text without a single quote character and
/// no line anywhere near <see cref="CsvRecordReader.DefaultMaxRecordLength"/>. Such a file cannot have a quoting problem, so it is
/// split straight from its text — no copy through a reader and its buffer, no field-by-field state machine — by the rules of
/// <see cref="CsvRecordReader"/>: comma separated; a record ends at <c>\r\n</c>, <c>\n</c> or a lone <c>\r</c>; fields trimmed
/// of blanks and tabs; blank records skipped; a leading byte-order mark skipped. A field equal to the one above it reuses its
/// string, as the general reader does. Anything else is left to the general reader (the property tests compare both on generated
/// files, quotes and malformed bytes included).
/// </summary>
internal static class CsvPlainReader
{
    /// <summary>Whether the fast path can read this text; otherwise the general reader must.</summary>
    public static bool CanRead(ReadOnlySpan<char> text) => text.IndexOf('"') < 0 && LongestLine(text) < CsvRecordReader.DefaultMaxRecordLength;

    /// <summary>Reads the document; call only when <see cref="CanRead"/> said so.</summary>
    public static CsvDocument Read(string text, string fileName)
    {
        var data = text.AsSpan();
        var position = data.Length > 0 && data[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var fields = new List<string>(8);
        var previous = new List<string>(8); // the record before, for reusing repeated values
        string[]? header = null;
        var headerIssues = Array.Empty<Issue>();
        var issues = new List<Issue>();
        CsvRow[]? rows = null;
        var count = 0;
        CsvCells? cells = null;
        while (position < data.Length)
        {
            var recordLine = line;
            fields.Clear();
            while (true)
            {
                var stop = data.Slice(position).IndexOfAny(',', '\r', '\n');
                var end = stop < 0 ? data.Length : position + stop;
                var start = position;
                while (start < end && (data[start] == ' ' || data[start] == '\t')) start++;
                var last = end;
                while (last > start && (data[last - 1] == ' ' || data[last - 1] == '\t')) last--;
                fields.Add(Field(text, start, last - start, fields.Count, previous));
                if (stop < 0)
                {
                    position = data.Length;
                    break;
                }

                position = end + 1;
                if (data[end] == ',') continue;
                if (data[end] == '\r' && position < data.Length && data[position] == '\n') position++;
                line++;
                break;
            }

            if (fields.Count == 1 && fields[0].Length == 0) continue; // a blank line
            (previous, fields) = (fields, previous);
            if (header is null)
            {
                header = previous.ToArray();
                issues.AddRange(CsvDocument.DuplicateColumns(System.Collections.Immutable.ImmutableArray.Create(header), fileName));
                headerIssues = issues.ToArray();
                var expected = Math.Max(1, CountLines(data.Slice(position)));
                rows = new CsvRow[expected]; // an upper bound: one record per line at most
                cells = new CsvCells((int)Math.Min((long)expected * Math.Max(1, header.Length), 1 << 20));
                continue;
            }

            var first = cells!.Count;
            cells.AddRange(previous);
            rows![count++] = new CsvRow(recordLine, cells, first, previous.Count);
        }

        if (rows is null) rows = Array.Empty<CsvRow>();
        else if (count < rows.Length) Array.Resize(ref rows, count);
        return CsvDocument.Create(fileName, header ?? Array.Empty<string>(), rows, issues, headerIssues);
    }

    private static string Field(string text, int start, int length, int column, List<string> previous)
    {
        if (length == 0) return string.Empty;
        if (column < previous.Count && previous[column] is { } before && before.Length == length && text.AsSpan(start, length).SequenceEqual(before.AsSpan()))
        {
            return before;
        }

        return text.Substring(start, length);
    }

    private static int LongestLine(ReadOnlySpan<char> data)
    {
        var longest = 0;
        while (data.Length > 0)
        {
            var stop = data.IndexOfAny('\r', '\n');
            var length = stop < 0 ? data.Length : stop;
            if (length > longest) longest = length;
            data = stop < 0 ? default : data.Slice(stop + 1);
        }

        return longest;
    }

    /// <summary>An upper bound of the records left: a record ends at a line feed or a carriage return (a CRLF counts twice).</summary>
    private static int CountLines(ReadOnlySpan<char> data)
    {
        var count = 1;
        while (true)
        {
            var stop = data.IndexOfAny('\r', '\n');
            if (stop < 0) return count;
            count++;
            data = data.Slice(stop + 1);
        }
    }
}
