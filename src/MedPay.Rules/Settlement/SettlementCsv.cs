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
    public static SettlementReadResult Read(string? csv, string file = "input.csv")
    {
        var document = CsvDocument.Parse(csv ?? string.Empty, file);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        issues.AddRange(document.Issues);
        var columns = new (SettlementField Field, int Row)?[document.Header.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = ParseColumn(document.Header[i]);
            if (columns[i] is null && document.Header[i].Trim().Length > 0)
                issues.Add(SettlementReadIssues.CsvUnknownColumn.Create(document.Header[i], null, new SourceLocation(file, 1, i + 1, document.Header[i]), document.Header[i]));
        }

        var lists = ImmutableArray.CreateBuilder<SettlementList>();
        foreach (var row in document.Rows)
        {
            var setl = new List<KeyValuePair<SettlementField, string?>>();
            var nodes = new SortedDictionary<int, List<KeyValuePair<SettlementField, string?>>>[SettlementLayout.Nodes.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is not { } column) continue;
                var text = row[i];
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

            lists.Add(list);
        }

        return new SettlementReadResult(lists.ToImmutable(), issues.ToImmutable());
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
