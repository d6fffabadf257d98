using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>
/// One row of a case file with its grouping result, as <see cref="DrgCaseFileStreaming.GroupRows{TBlock}(DrgGrouper, DrgCaseCsvReader, Func{TBlock}, DrgCaseRowHandler{TBlock}, DrgStreamOptions?)"/> hands it to the
/// caller's code: valid only during that call (its text is the reader's buffer). A row in the plain form was grouped straight from
/// its text and has no <see cref="Record"/>; any other row was read the full way by <see cref="DrgCaseCsvReader"/>.
/// </summary>
public readonly ref struct DrgCaseRow
{
    private readonly ReadOnlySpan<char> _text;
    private readonly DrgCaseRowGrouper? _fields;
    private readonly DrgCaseRecord? _record;
    private readonly DrgResult _result;
    private readonly bool _hasResult;
    private readonly int _mdc;
    private readonly int _adrg;
    private readonly int _drg;

    internal DrgCaseRow(int line, ReadOnlySpan<char> text, DrgCaseRowGrouper fields, in DrgResult result, int idColumn, (int Mdc, int Adrg, int Drg) expected)
    {
        Line = line;
        _text = text;
        _fields = fields;
        _record = null;
        _result = result;
        _hasResult = true;
        Id = fields.Field(text, idColumn);
        (_mdc, _adrg, _drg) = expected;
    }

    internal DrgCaseRow(DrgCaseRecord record, DrgResult? result)
    {
        Line = record.Line;
        _text = default;
        _fields = null;
        _record = record;
        _result = result ?? default;
        _hasResult = result is not null;
        Id = record.Id.AsSpan();
        _mdc = _adrg = _drg = -1;
    }

    /// <summary>The 1-based line of the row.</summary>
    public int Line { get; }

    /// <summary>The row's <c>id</c> field.</summary>
    public ReadOnlySpan<char> Id { get; }

    /// <summary>The grouping result; <see langword="null"/> when the row could not be read as a case (see <see cref="ReadIssues"/>).</summary>
    public DrgResult? Result => _hasResult ? _result : null;

    /// <summary>The row as the full reader read it; <see langword="null"/> for a row grouped straight from its text.</summary>
    public DrgCaseRecord? Record => _record;

    /// <summary>The problems of reading the row (an unreadable number, broken quoting); empty for a row that was read.</summary>
    public ImmutableArray<Issue> ReadIssues => _record?.Issues ?? ImmutableArray<Issue>.Empty;

    /// <summary>
    /// The row's field in a column of the header (trimmed as the reader trims fields); empty when the row is shorter. For a row
    /// read the full way, the fields are there only when the reader was opened to keep them
    /// (<see cref="DrgCaseCsvReader.Open(TextReader, string, bool)"/>).
    /// </summary>
    /// <param name="column">The 0-based column of <see cref="DrgCaseCsvReader.Header"/>.</param>
    /// <returns>The field's text.</returns>
    public ReadOnlySpan<char> Field(int column)
    {
        if (_fields is not null) return _fields.Field(_text, column);
        var fields = _record!.Fields;
        return column >= 0 && column < fields.Length ? fields[column].AsSpan() : ReadOnlySpan<char>.Empty;
    }

    /// <summary>The row's <c>mdc</c> column (an expected result), empty when the file has none.</summary>
    public ReadOnlySpan<char> ExpectedMdc => _record is not null ? _record.ExpectedMdc.AsSpan() : Field(_mdc);

    /// <summary>The row's <c>adrg</c> column, empty when the file has none.</summary>
    public ReadOnlySpan<char> ExpectedAdrg => _record is not null ? _record.ExpectedAdrg.AsSpan() : Field(_adrg);

    /// <summary>The row's <c>drg</c> column, empty when the file has none.</summary>
    public ReadOnlySpan<char> ExpectedDrg => _record is not null ? _record.ExpectedDrg.AsSpan() : Field(_drg);
}
