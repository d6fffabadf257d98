namespace MedPay.Rules.Workbooks;

/// <summary>One non-empty cell of a workbook row: its 1-based column, its text as stored, and how it was stored.</summary>
public readonly struct WorkbookCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="column">The 1-based column (A = 1).</param>
    /// <param name="text">The text as stored, with OOXML escapes such as <c>_x000D_</c> decoded; never <see langword="null"/>.</param>
    /// <param name="kind">How the value was stored.</param>
    public WorkbookCell(int column, string text, WorkbookCellKind kind = WorkbookCellKind.Text)
    {
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column), column, "columns are 1-based / 列号从 1 开始");
        Column = column;
        Text = text ?? string.Empty;
        Kind = kind;
    }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The text as stored.</summary>
    public string Text { get; }

    /// <summary>How the value was stored.</summary>
    public WorkbookCellKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => SourceLocation.ColumnLetters(Column) + ": " + Text;
}
