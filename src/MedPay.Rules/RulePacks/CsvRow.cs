namespace MedPay.Rules.RulePacks;

/// <summary>One record of a CSV file: its fields and the line it starts on.</summary>
public readonly struct CsvRow
{
    private readonly CsvCells? _cells;
    private readonly int _start;

    internal CsvRow(int line, CsvCells cells, int start, int count, Issue? issue = null)
    {
        Line = line;
        Issue = issue;
        _cells = cells;
        _start = start;
        Count = count;
    }

    /// <summary>The 1-based line number the record starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>
    /// The record's quoting problem (<c>CSV_TEXT_AFTER_QUOTE</c>, <c>CSV_UNTERMINATED_QUOTE</c>, <c>CSV_RECORD_TOO_LONG</c>), or
    /// <see langword="null"/> when it was read cleanly. A record with a problem holds the fields as far as they could be read.
    /// </summary>
    public Issue? Issue { get; }

    /// <summary>The number of fields in the record.</summary>
    public int Count { get; }

    /// <summary>The field at a 0-based position, or the empty string when the record is shorter.</summary>
    /// <param name="index">The 0-based column position.</param>
    public string this[int index] => _cells is not null && index >= 0 && index < Count ? _cells[_start + index] : string.Empty;
}
