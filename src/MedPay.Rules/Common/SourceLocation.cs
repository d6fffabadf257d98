namespace MedPay.Rules;

/// <summary>Where in a file something was found: file name, 1-based row and 1-based column.</summary>
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

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The 1-based line number, 0 when not known.</summary>
    public int Row { get; }

    /// <summary>The 1-based column, 0 when not known.</summary>
    public int Column { get; }

    /// <summary>The CSV column name, when known.</summary>
    public string? ColumnName { get; }

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && File == other.File && Row == other.Row && Column == other.Column && ColumnName == other.ColumnName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => (File, Row, Column, ColumnName).GetHashCode();

    /// <summary><c>file:row</c>, with <c>[column]</c> and the column position when known.</summary>
    public override string ToString()
    {
        var text = Row > 0 ? File + ":" + Row : File;
        if (ColumnName is not null) text += " [" + ColumnName + "]";
        if (Column > 0) text += " col " + Column;
        return text;
    }
}
