using System.Collections.Immutable;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>What the import read from one sheet: where its header row was, which columns, how many rows and what they hold.</summary>
public sealed class WorkbookSheetReport
{
    internal WorkbookSheetReport(string sheet, int headerRow, ImmutableArray<WorkbookColumn> columns, int rows, int emptyRows, LocalizedText content)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
        Columns = columns;
        Rows = rows;
        EmptyRows = emptyRows;
        Content = content;
    }

    /// <summary>The sheet name.</summary>
    public string Sheet { get; }

    /// <summary>The 1-based row where the header was found.</summary>
    public int HeaderRow { get; }

    /// <summary>The columns read, in the order of the layout.</summary>
    public ImmutableArray<WorkbookColumn> Columns { get; }

    /// <summary>The data rows read.</summary>
    public int Rows { get; }

    /// <summary>Rows below the header with no value in any column read (skipped).</summary>
    public int EmptyRows { get; }

    /// <summary>What the rows hold, e.g. "446 sets, 99,647 member rows".</summary>
    public LocalizedText Content { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Sheet}: header row {HeaderRow} ({string.Join(", ", Columns)}), {Rows} rows, {EmptyRows} empty; {Content.En}";
}
