using System.Text;

namespace MedPay.Rules.Tests.Support;

/// <summary>Splits one CSV line by RFC 4180 (quoted fields, doubled quotes), independently of the code under test.</summary>
internal static class CsvLine
{
    /// <summary>The line's fields, unquoted.</summary>
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
