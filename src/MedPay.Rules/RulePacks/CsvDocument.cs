using System.Collections.Immutable;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// A parsed CSV file: RFC 4180 quoting, comma separated, first line the header, UTF-8 with or without a byte-order mark.
/// Parsing never throws: malformed text (an unterminated quote, a stray character after a closing quote) becomes an
/// <see cref="Issue"/>, the record is kept with the fields that could be read, and parsing goes on with the next line. A header
/// that names a column twice gets a <c>CSV_DUPLICATE_COLUMN</c> warning; the first of them is read.
/// </summary>
public sealed class CsvDocument
{
    private readonly Dictionary<string, int> _columns;

    private CsvDocument(string fileName, ImmutableArray<string> header, CsvRow[] rows, ImmutableArray<Issue> issues, ImmutableArray<Issue> headerIssues)
    {
        HeaderIssues = headerIssues;
        FileName = fileName;
        Header = header;
        RowArray = rows;
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
    public IReadOnlyList<CsvRow> Rows => RowArray;

    /// <summary>
    /// The records as an array, for the scheme loader's hot loops: indexing an array is compiled in place, where the list
    /// interface's indexer over a struct is a call to generic code that runs unoptimised for most of a short process.
    /// </summary>
    internal CsvRow[] RowArray { get; }

    /// <summary>Problems found while parsing (code <c>CSV_*</c>).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The issues of the header line alone (its quoting, repeated column names): the issues that are not a record's own.</summary>
    internal ImmutableArray<Issue> HeaderIssues { get; }

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
        using var reader = new StringReader(text);
        return Read(reader, fileName, CountLines(text));
    }

    /// <summary>
    /// Parses CSV bytes in UTF-8 (with or without a byte-order mark): the same document as <see cref="Parse"/> of their text. A file
    /// without quote characters (what rule-pack tables are) is split straight from its text (<see cref="CsvPlainReader"/>); any
    /// other goes through the general reader.
    /// </summary>
    /// <param name="utf8">The bytes of the whole file.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    internal static CsvDocument ParseUtf8(ReadOnlyMemory<byte> utf8, string fileName)
    {
        var text = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8, out var segment)
            ? System.Text.Encoding.UTF8.GetString(segment.Array!, segment.Offset, segment.Count)
            : System.Text.Encoding.UTF8.GetString(utf8.ToArray());
        return CsvPlainReader.CanRead(text.AsSpan()) ? CsvPlainReader.Read(text, fileName) : Parse(text, fileName);
    }

    /// <summary>A document from records read elsewhere (<see cref="CsvPlainReader"/>).</summary>
    internal static CsvDocument Create(string fileName, string[] header, CsvRow[] rows, List<Issue> issues, Issue[] headerIssues) =>
        new(fileName, ImmutableArray.Create(header), rows, issues.ToImmutableArray(), ImmutableArray.Create(headerIssues));

    /// <summary>
    /// Reads a CSV document from a reader. A record with broken quoting is kept (its fields as far as they could be read) and its
    /// issue is in <see cref="Issues"/>; an unterminated quote ends its record at the end of that record's first line.
    /// </summary>
    internal static CsvDocument Read(TextReader text, string fileName, int expectedLines = 16)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var headerIssues = ImmutableArray<Issue>.Empty;
        var rows = new List<CsvRow>(Math.Max(1, Math.Min(expectedLines, 1 << 20)));
        var fields = new List<string>(8);
        var reader = new CsvRecordReader(text, fileName);
        ImmutableArray<string>? header = null;

        // The fields of all records go into one flat store (a record is a slice of it): no array per record. The store grows as
        // records come, so a wide header over a short file costs what the file holds, never lines × header width up front.
        CsvCells? cells = null;
        while (reader.Read(fields, out var recordLine, out var issue))
        {
            if (issue is not null) issues.Add(issue);
            if (header is null)
            {
                header = fields.ToImmutableArray();
                issues.AddRange(DuplicateColumns(header.Value, fileName));
                headerIssues = issues.ToImmutable();
                var estimate = (long)Math.Max(1, expectedLines - 1) * Math.Max(1, fields.Count);
                cells = new CsvCells((int)Math.Min(estimate, 1 << 20));
                continue;
            }

            var start = cells!.Count;
            cells.AddRange(fields);
            rows.Add(new CsvRow(recordLine, cells, start, fields.Count, issue));
        }

        return new CsvDocument(fileName, header ?? ImmutableArray<string>.Empty, rows.ToArray(), issues.ToImmutable(), headerIssues);
    }

    /// <summary>One warning per column name the header repeats (case-insensitive): the first is read.</summary>
    internal static IEnumerable<Issue> DuplicateColumns(ImmutableArray<string> header, string fileName)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0) continue;
            if (seen.TryGetValue(header[i], out var first))
            {
                yield return CsvIssues.DuplicateColumn.Create(field: header[i], location: new SourceLocation(fileName, 1, i + 1, header[i]), args: new object[] { header[i], first + 1, i + 1 });
            }
            else
            {
                seen.Add(header[i], i);
            }
        }
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
}
