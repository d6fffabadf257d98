namespace MedPay.Rules.Drg.Workbooks;

/// <summary>A column the import located by its header text: the header as the sheet writes it and its 1-based column.</summary>
public sealed class WorkbookColumn
{
    internal WorkbookColumn(string header, int column)
    {
        Header = header;
        Column = column;
    }

    /// <summary>The header text found, e.g. <c>MDC内排序</c>.</summary>
    public string Header { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The column in A1 letters.</summary>
    public string Letters => SourceLocation.ColumnLetters(Column);

    /// <inheritdoc />
    public override string ToString() => Header + "=" + Letters;
}
