using System.Globalization;
using System.Management.Automation;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// The named values of one pipeline object (names without regard to case, trimmed), for the few decisions a cmdlet makes before handing
/// the row to one of the library's readers.
/// </summary>
internal sealed class RowValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public RowValues(PSObject row)
    {
        foreach (var field in CaseRows.Fields(row))
        {
            if (!_values.ContainsKey(field.Key)) _values.Add(field.Key, field.Value.Trim());
        }
    }

    /// <summary>Whether a column is present (even if empty).</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The first of the names that has a non-empty value, or <see langword="null"/>.</summary>
    public string? Text(params string[] names) => names.Select(n => _values.TryGetValue(n, out var v) && v.Length > 0 ? v : null).FirstOrDefault(v => v is not null);

    /// <summary>Every value that reads as a number, by name (for indicator columns).</summary>
    public Dictionary<string, decimal> Numbers(IEnumerable<string> except)
    {
        var skip = new HashSet<string>(except, StringComparer.OrdinalIgnoreCase);
        var numbers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in _values)
        {
            if (!skip.Contains(pair.Key) && decimal.TryParse(pair.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) numbers[pair.Key] = value;
        }

        return numbers;
    }
}
