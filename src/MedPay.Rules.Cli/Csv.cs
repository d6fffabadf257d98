using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>RFC 4180 field quoting for CSV output, and Excel's text form for codes.</summary>
internal static class Csv
{
    private static readonly char[] Special = { ',', '"', '\n', '\r' };

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return value!.IndexOfAny(Special) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    public static string Line(params string?[] fields) => string.Join(",", fields.Select(Field));

    /// <summary>Appends a field, quoted when it must be.</summary>
    public static StringBuilder Append(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value)) return line;
        return value!.IndexOfAny(Special) < 0 ? line.Append(value) : line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    /// <summary>Appends a field given as characters, quoted when it must be.</summary>
    public static StringBuilder Append(StringBuilder line, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return line;
        return value.IndexOfAny(Special) < 0 ? line.Append(value) : Append(line, value.ToString());
    }

    /// <summary>
    /// Appends a code (id, MDC, ADRG, DRG) so that a spreadsheet keeps it as text: with <paramref name="excelText"/>, a code that
    /// Excel or LibreOffice would turn into a number or a date (<c>0000</c>, <c>000123</c>, <c>1-2</c>) is written as the formula
    /// <c>="0000"</c> (quoted for CSV: <c>"=""0000"""</c>), the one form both keep as text when they open a CSV; plain quoting
    /// (<c>"0000"</c>) does not. Without it, the plain value (what scripts read).
    /// </summary>
    public static StringBuilder AppendCode(StringBuilder line, string? value, bool excelText)
    {
        if (!excelText || string.IsNullOrEmpty(value) || !LooksNumeric(value!)) return Append(line, value);
        return line.Append("\"=\"\"").Append(value!.Replace("\"", "\"\"\"\"")).Append("\"\"\"");
    }

    private static bool LooksNumeric(string value)
    {
        // Digits first (a sign or a point aside): 0000, 000123, 1-2 (a date to Excel), 1E5 (a number); E01 or MDCA stay as they are.
        var first = value[0];
        if (first is not ((>= '0' and <= '9') or '-' or '+' or '.')) return false;
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or '-' or '+' or '/' or '.' or ':' or 'e' or 'E' or ' ')) return false;
        }

        return true;
    }
}
