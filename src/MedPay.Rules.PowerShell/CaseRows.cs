using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// Turns a pipeline object (a row of <c>Import-Csv</c>, a <c>[pscustomobject]</c> or a hashtable) into a one-record CSV text whose columns
/// are the object's property names, so that the library's own case readers (DrgCaseCsv, DipCaseFile) read it with exactly the rules
/// they apply to files: same column names (case-insensitive), same number parsing, same issues.
/// </summary>
internal static class CaseRows
{
    /// <summary>The CSV text (header and one record) of an object's properties; arrays become <c>|</c>-separated code lists.</summary>
    public static string ToCsv(PSObject row) => ToCsv(Fields(row));

    /// <summary>The CSV text (header and one record) of named values.</summary>
    public static string ToCsv(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        var list = fields.ToList();
        text.Append(string.Join(",", list.Select(f => Quote(f.Key)))).Append('\n');
        text.Append(string.Join(",", list.Select(f => Quote(f.Value)))).Append('\n');
        return text.ToString();
    }

    /// <summary>The object's properties as text, in order: note and adapted properties, or a hashtable's entries.</summary>
    public static List<KeyValuePair<string, string>> Fields(PSObject row)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (row.BaseObject is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                fields.Add(new KeyValuePair<string, string>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, Text(entry.Value)));
            }

            return fields;
        }

        foreach (var property in row.Properties)
        {
            if (!property.IsGettable) continue;
            object? value;
            try
            {
                value = property.Value;
            }
            catch (GetValueException)
            {
                continue;
            }

            fields.Add(new KeyValuePair<string, string>(property.Name, Text(value)));
        }

        return fields;
    }

    /// <summary>The fields without the named columns (names without regard to case).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Without(this IEnumerable<KeyValuePair<string, string>> fields, params string[] names) =>
        fields.Where(f => !names.Contains(f.Key, StringComparer.OrdinalIgnoreCase));

    private static string Text(object? value)
    {
        value = value is PSObject wrapped ? wrapped.BaseObject : value;
        return value switch
        {
            null => string.Empty,
            string s => s,
            IEnumerable list => string.Join("|", list.Cast<object?>().Select(Text)),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
}
