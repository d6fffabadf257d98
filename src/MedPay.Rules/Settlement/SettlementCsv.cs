using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Settlement;

/// <summary>Reads and writes settlement lists as flat CSV: one list per row, one column per field path —
/// <c>gend</c> or <c>setlinfo.gend</c> for scalar fields, <c>diseinfo[0].diag_code</c> for row fields (the same
/// paths the validator reports).</summary>
public static class SettlementCsv
{
    /// <summary>Reads lists from CSV text; never throws on bad input.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="file">The name used in issue locations.</param>
    /// <returns>The lists and the problems met.</returns>
    /// <remarks>The same reader as <see cref="ReadStream"/>, over the whole text.</remarks>
    public static SettlementReadResult Read(string? csv, string file = "input.csv")
    {
        using var reader = new StringReader(csv ?? string.Empty);
        return SettlementReadResult.FromItems(ReadItems(reader, file));
    }

    /// <summary>
    /// Reads lists from CSV one record at a time (memory bounded by the longest record, whatever the file's length); never throws on
    /// bad input. The first item holds the header's problems (its quoting, repeated columns), if any; then one item per record (a
    /// record with broken quoting is a list of the fields that could be read, with its issue); the columns the layout does not know
    /// come last, as one item of warnings. Collected in order, the items are what <see cref="Read"/> returns for the same text.
    /// </summary>
    /// <param name="reader">The text (e.g. from <see cref="TextInput.Open"/>); read to its end as the items are enumerated, not disposed.</param>
    /// <param name="file">The name used in issue locations.</param>
    /// <returns>The items, in input order; enumerate them once.</returns>
    /// <exception cref="InputEncodingException">Thrown while enumerating when a reader from <see cref="TextInput.Open"/> meets bytes not valid in its encoding.</exception>
    public static IEnumerable<SettlementReadItem> ReadStream(TextReader reader, string file = "input.csv")
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        return ReadItems(reader, file ?? "input.csv");
    }

    private static IEnumerable<SettlementReadItem> ReadItems(TextReader text, string file)
    {
        var records = new CsvRecordReader(text, file);
        var fields = new List<string>(64);
        if (!records.Read(fields, out _, out var headerIssue)) yield break;
        var header = fields.ToImmutableArray();
        var headerIssues = ImmutableArray.CreateBuilder<Issue>();
        if (headerIssue is not null) headerIssues.Add(headerIssue);
        headerIssues.AddRange(CsvDocument.DuplicateColumns(header, file));
        if (headerIssues.Count > 0) yield return SettlementReadItem.Problems(headerIssues.ToImmutable());

        var unknown = ImmutableArray.CreateBuilder<Issue>();
        var columns = new (SettlementField Field, int Row)?[header.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ParseColumn(header[i]);
            if (columns[i] is null && header[i].Trim().Length > 0)
                unknown.Add(SettlementReadIssues.CsvUnknownColumn.Create(header[i], null, new SourceLocation(file, 1, i + 1, header[i]), header[i]));
        }

        while (records.Read(fields, out _, out var issue))
        {
            var list = ToList(columns, fields);
            yield return SettlementReadItem.Read(list, issue is null ? ImmutableArray<Issue>.Empty : ImmutableArray.Create(issue));
        }

        // After the records, as the whole-text reader has always listed them (after the parser's own issues).
        if (unknown.Count > 0) yield return SettlementReadItem.Problems(unknown.ToImmutable());
    }

    private static SettlementList ToList((SettlementField Field, int Row)?[] columns, List<string> row)
    {
        var setl = new List<KeyValuePair<SettlementField, string?>>();
        var nodes = new SortedDictionary<int, List<KeyValuePair<SettlementField, string?>>>[SettlementLayout.Nodes.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column) continue;
            var text = i < row.Count ? row[i] : string.Empty;
            if (column.Field.Node == SettlementNode.Setlinfo)
            {
                setl.Add(new KeyValuePair<SettlementField, string?>(column.Field, text));
                continue;
            }

            var rows = nodes[(int)column.Field.Node] ??= new SortedDictionary<int, List<KeyValuePair<SettlementField, string?>>>();
            if (!rows.TryGetValue(column.Row, out var values)) rows[column.Row] = values = new List<KeyValuePair<SettlementField, string?>>();
            values.Add(new KeyValuePair<SettlementField, string?>(column.Field, text));
        }

        var list = SettlementList.Empty.WithSetlinfo(SettlementRecord.Create(SettlementNode.Setlinfo, setl));
        for (var n = 1; n < nodes.Length; n++)
        {
            if (nodes[n] is not { } rows) continue;
            var records = rows.Values.Select(v => SettlementRecord.Create((SettlementNode)n, v)).Where(r => r.Filled().Any()).ToList();
            list = list.WithRows((SettlementNode)n, records);
        }

        return list;
    }

    /// <summary>Writes lists as flat CSV with the columns the lists use (scalar fields in layout order, then rows).</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(IReadOnlyList<SettlementList> lists)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        var columns = new List<(SettlementField Field, int Row)>();
        foreach (var field in SetlinfoFields.All)
        {
            if (lists.Any(l => l[field] is not null)) columns.Add((field, -1));
        }

        foreach (var node in SettlementLayout.Nodes.Skip(1))
        {
            var rows = lists.Count == 0 ? 0 : lists.Max(l => l.Rows(node).Length);
            for (var r = 0; r < rows; r++)
            {
                foreach (var field in SettlementLayout.Fields(node))
                {
                    if (lists.Any(l => r < l.Rows(node).Length && l.Rows(node)[r][field] is not null)) columns.Add((field, r));
                }
            }
        }

        var text = new StringBuilder();
        text.Append(string.Join(",", columns.Select(c => c.Row < 0 ? c.Field.JsonName : SettlementLayout.Path(c.Field, c.Row)))).Append('\n');
        foreach (var list in lists)
        {
            text.Append(string.Join(",", columns.Select(c => Quote(c.Row < 0 ? list[c.Field] : c.Row < list.Rows(c.Field.Node).Length ? list.Rows(c.Field.Node)[c.Row][c.Field] : null)))).Append('\n');
        }

        return text.ToString();
    }

    private static (SettlementField, int)? ParseColumn(string header)
    {
        var name = header.Trim();
        if (name.Length == 0) return null;
        var bracket = name.IndexOf('[');
        if (bracket > 0)
        {
            var close = name.IndexOf(']', bracket);
            if (close < 0 || close + 2 > name.Length || name[close + 1] != '.') return null;
            if (!SettlementLayout.TryFindNode(name.Substring(0, bracket), out var node) || node == SettlementNode.Setlinfo) return null;
            if (!int.TryParse(name.Substring(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row > 999) return null;
            return SettlementLayout.Find(node, name.Substring(close + 2)) is { } field ? (field, row) : null;
        }

        var qualified = SettlementLayout.FindQualified(name);
        return qualified is not null && qualified.Node == SettlementNode.Setlinfo ? (qualified, -1) : null;
    }

    private static string Quote(string? cell)
    {
        if (cell is null) return string.Empty;
        return cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
    }
}
