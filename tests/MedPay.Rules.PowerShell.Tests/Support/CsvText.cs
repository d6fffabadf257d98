using System.Text;

namespace MedPay.Rules.PowerShell.Tests.Support;

/// <summary>
/// Reads back the CSV files that the real <c>Export-Csv</c> writes, independently of the library's CSV reader, so that a round trip is not
/// checked by the code under test.
/// </summary>
internal static class CsvText
{
    /// <summary>RFC 4180 records of a text: quoted fields with doubled quotes, CR/LF line ends.</summary>
    public static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    if (any || field.Length > 0) { record.Add(field.ToString()); records.Add(record); }
                    record = new List<string>(); field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }

        if (any || field.Length > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }

    /// <summary>The records of a file (UTF-8, a byte-order mark skipped).</summary>
    public static List<List<string>> ReadFile(string path) => ReadCsv(File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF'));
}
