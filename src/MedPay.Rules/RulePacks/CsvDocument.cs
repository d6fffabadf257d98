using System.Collections.Immutable;
using System.Text;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// A parsed CSV file: RFC 4180 quoting, comma separated, first line the header, UTF-8 with or without a byte-order mark.
/// Parsing never throws: malformed text (an unterminated quote, a stray character after a closing quote) becomes an
/// <see cref="Issue"/> and parsing goes on with the next record.
/// </summary>
public sealed class CsvDocument
{
    private static readonly char[] Delimiters = { ',', '\n', '\r' };
    private readonly Dictionary<string, int> _columns;

    private CsvDocument(string fileName, ImmutableArray<string> header, IReadOnlyList<CsvRow> rows, ImmutableArray<Issue> issues)
    {
        FileName = fileName;
        Header = header;
        Rows = rows;
        Issues = issues;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columns.ContainsKey(header[i])) _columns.Add(header[i], i);
        }
    }

    /// <summary>The file name the text came from, used in issue locations.</summary>
    public string FileName { get; }

    /// <summary>The column names of the header line, trimmed.</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>The records after the header. Blank lines are skipped.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Problems found while parsing (code <c>CSV_*</c>).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The 0-based position of a column by its name (case-insensitive), or -1.</summary>
    /// <param name="name">The column name.</param>
    public int ColumnIndex(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Parses CSV text. Fields are trimmed of surrounding white space unless quoted.</summary>
    /// <param name="text">The whole text of the file.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <returns>The parsed document; check <see cref="Issues"/>.</returns>
    public static CsvDocument Parse(string text, string fileName)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var lines = CountLines(text);
        var rows = new List<CsvRow>(lines);
        var fields = new List<string>(8);
        var previous = new string[16]; // the fields of the record before, for reusing repeated values
        var previousCount = 0;
        var builder = new StringBuilder();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        ImmutableArray<string>? header = null;

        // The fields of all records go into one flat store (a record is a slice of it): no array per record.
        CsvCells? cells = null;
        while (position < text.Length)
        {
            var recordLine = line;
            fields.Clear();
            var ok = ReadRecord(text, ref position, ref line, fields, previous, previousCount, builder, fileName, recordLine, issues);
            if (fields.Count == 1 && fields[0].Length == 0) continue; // blank line
            if (!ok) continue;
            if (header is null)
            {
                header = fields.ToImmutableArray();
                cells = new CsvCells(Math.Max(1, lines) * Math.Max(1, fields.Count));
                continue;
            }

            var start = cells!.Count;
            cells.AddRange(fields);
            rows.Add(new CsvRow(recordLine, cells, start, fields.Count));
            if (fields.Count > previous.Length) previous = new string[fields.Count * 2];
            fields.CopyTo(previous);
            previousCount = fields.Count;
        }

        return new CsvDocument(fileName, header ?? ImmutableArray<string>.Empty, rows, issues.ToImmutable());
    }

    /// <summary>An upper bound of the number of records, to size the row list once (rule-pack tables run to 100,000 rows).</summary>
    private static int CountLines(string text)
    {
#if NET8_0_OR_GREATER
        return text.AsSpan().Count('\n') + 1;
#else
        var count = 1;
        foreach (var c in text)
        {
            if (c == '\n') count++;
        }

        return count;
#endif
    }

    private static bool ReadRecord(string text, ref int position, ref int line, List<string> fields, string[] previous, int previousCount, StringBuilder builder, string fileName, int recordLine, ImmutableArray<Issue>.Builder issues)
    {
        var ok = true;
        while (true)
        {
            // Skip leading blanks of the field.
            while (position < text.Length && (text[position] == ' ' || text[position] == '\t')) position++;

            if (position < text.Length && text[position] == '"')
            {
                position++;
                builder.Clear();
                var closed = false;
                while (position < text.Length)
                {
                    var c = text[position++];
                    if (c == '"')
                    {
                        if (position < text.Length && text[position] == '"')
                        {
                            builder.Append('"');
                            position++;
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (c == '\n') line++;
                    builder.Append(c);
                }

                if (!closed)
                {
                    issues.Add(RulePackIssues.CsvUnterminatedQuote(new SourceLocation(fileName, recordLine, fields.Count + 1)));
                    fields.Add(builder.ToString());
                    return false;
                }

                fields.Add(builder.ToString());
                while (position < text.Length && (text[position] == ' ' || text[position] == '\t')) position++;
                if (position < text.Length && text[position] != ',' && text[position] != '\r' && text[position] != '\n')
                {
                    issues.Add(RulePackIssues.CsvTextAfterQuote(new SourceLocation(fileName, recordLine, fields.Count)));
                    ok = false;
                    while (position < text.Length && text[position] != ',' && text[position] != '\n') position++;
                }
            }
            else
            {
                var fieldStart = position;
                position = text.IndexOfAny(Delimiters, position);
                if (position < 0) position = text.Length;
                var end = position;
                while (end > fieldStart && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
                fields.Add(Field(text, fieldStart, end - fieldStart, previous, previousCount, fields.Count));
            }

            if (position >= text.Length) return ok;
            var separator = text[position];
            if (separator == ',')
            {
                position++;
                continue;
            }

            // End of record: \r\n, \n or a lone \r.
            position++;
            if (separator == '\r' && position < text.Length && text[position] == '\n') position++;
            line++;
            return ok;
        }
    }

    private static string Field(string text, int start, int length, string[] previous, int previousCount, int column)
    {
        if (length == 0) return string.Empty;
        // Rule-pack tables repeat the same value down a column (a table name, a level); reuse the previous string.
        if (column < previousCount)
        {
            var before = previous[column];
            if (before.Length == length && string.CompareOrdinal(before, 0, text, start, length) == 0) return before;
        }

        return text.Substring(start, length);
    }
}
