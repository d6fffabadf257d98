namespace MedPay.Rules.RulePacks;

/// <summary>One record of a CSV file: its fields and the line it starts on.</summary>
public readonly struct CsvRow
{
    private readonly string[] _fields;

    internal CsvRow(int line, string[] fields)
    {
        Line = line;
        _fields = fields;
    }

    /// <summary>The 1-based line number the record starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The number of fields in the record.</summary>
    public int Count => _fields?.Length ?? 0;

    /// <summary>The field at a 0-based position, or the empty string when the record is shorter.</summary>
    /// <param name="index">The 0-based column position.</param>
    public string this[int index] => _fields is not null && index >= 0 && index < _fields.Length ? _fields[index] : string.Empty;
}
