namespace MedPay.Rules.Cli;

/// <summary>RFC 4180 field quoting for CSV output.</summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return value!.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    public static string Line(params string?[] fields) => string.Join(",", fields.Select(Field));
}
