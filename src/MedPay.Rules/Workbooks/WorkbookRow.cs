using System.Collections.Immutable;

namespace MedPay.Rules.Workbooks;

/// <summary>One row of a workbook sheet that has at least one non-empty cell: its 1-based number and its cells by column.</summary>
public sealed class WorkbookRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="number">The 1-based row number of the sheet.</param>
    /// <param name="cells">The non-empty cells in ascending column order.</param>
    public WorkbookRow(int number, ImmutableArray<WorkbookCell> cells)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number), number, "rows are 1-based / 行号从 1 开始");
        Number = number;
        Cells = cells.IsDefault ? ImmutableArray<WorkbookCell>.Empty : cells;
    }

    /// <summary>The 1-based row number.</summary>
    public int Number { get; }

    /// <summary>The non-empty cells in ascending column order.</summary>
    public ImmutableArray<WorkbookCell> Cells { get; }

    /// <summary>The cell of a 1-based column, or <see langword="null"/> when the row has none there.</summary>
    /// <param name="column">The column.</param>
    public WorkbookCell? this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column) return cell;
                if (cell.Column > column) break;
            }

            return null;
        }
    }
}
