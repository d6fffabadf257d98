namespace MedPay.Rules;

/// <summary>
/// Where in a file something was found: file name, 1-based row and 1-based column; for a workbook also the sheet and, for a rule,
/// the character position inside the cell.
/// </summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="file">The file name inside its rule pack or input, e.g. <c>adrg.csv</c>.</param>
    /// <param name="row">The 1-based line number in the file (the header is line 1), or 0 when not known.</param>
    /// <param name="column">The 1-based column (a CSV column name's position, or a character position in a condition), or 0 when not known.</param>
    /// <param name="columnName">The CSV column name, when the location is in a CSV file.</param>
    public SourceLocation(string file, int row = 0, int column = 0, string? columnName = null)
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        Row = row;
        Column = column;
        ColumnName = columnName;
    }

    /// <summary>Creates a location in a sheet of a workbook.</summary>
    /// <param name="file">The workbook's file name, e.g. <c>workbook.xlsx</c>.</param>
    /// <param name="sheet">The sheet name, e.g. <c>ADRG</c>.</param>
    /// <param name="row">The 1-based row of the sheet, or 0 when not known.</param>
    /// <param name="column">The 1-based column of the sheet (A = 1), or 0 when not known.</param>
    /// <param name="columnName">The column's header text, e.g. <c>ADRG规则</c>, when known.</param>
    /// <param name="position">The 1-based character position inside the cell's (cleaned) text, or 0.</param>
    public SourceLocation(string file, string sheet, int row, int column, string? columnName, int position = 0)
        : this(file, row, column, columnName)
    {
        Sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
        Position = position;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The 1-based line number, 0 when not known.</summary>
    public int Row { get; }

    /// <summary>The 1-based column, 0 when not known.</summary>
    public int Column { get; }

    /// <summary>The CSV column name or the sheet column's header text, when known.</summary>
    public string? ColumnName { get; }

    /// <summary>The workbook sheet, or <see langword="null"/> for a location in a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The 1-based character position inside a workbook cell's cleaned text (a rule's syntax error), 0 when none.</summary>
    public int Position { get; }

    /// <summary>The cell reference in A1 notation (<c>D12</c>) of a workbook location with row and column, else <see langword="null"/>.</summary>
    public string? Cell => Sheet is not null && Row > 0 && Column > 0 ? ColumnLetters(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The A1-notation letters of a 1-based column number (1 → A, 27 → AA).</summary>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The letters.</returns>
    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && File == other.File && Row == other.Row && Column == other.Column && ColumnName == other.ColumnName
        && Sheet == other.Sheet && Position == other.Position;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => (File, Row, Column, ColumnName).GetHashCode();

    /// <summary><c>file:row</c>, with <c>[column]</c> and the column position when known; <c>file!sheet!D12 [header]</c> in a workbook.</summary>
    public override string ToString()
    {
        if (Sheet is not null)
        {
            var at = File + "!" + Sheet + (Cell is { } cell ? "!" + cell : Row > 0 ? ":" + Row : string.Empty);
            if (ColumnName is not null) at += " [" + ColumnName + "]";
            if (Position > 0) at += " char " + Position;
            return at;
        }

        var text = Row > 0 ? File + ":" + Row : File;
        if (ColumnName is not null) text += " [" + ColumnName + "]";
        if (Column > 0) text += " col " + Column;
        return text;
    }
}
