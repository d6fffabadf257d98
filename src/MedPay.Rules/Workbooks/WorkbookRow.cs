namespace MedPay.Rules.Workbooks;

/// <summary>
/// One row of a workbook sheet that has at least one non-empty cell: its 1-based number and its cells by column. A view into its
/// sheet's cell store (<see cref="WorkbookSheet"/>): rows cost no object of their own.
/// </summary>
public readonly struct WorkbookRow
{
    internal WorkbookRow(int number, ReadOnlyMemory<WorkbookCell> cells)
    {
        Number = number;
        Cells = cells;
    }

    /// <summary>The 1-based row number.</summary>
    public int Number { get; }

    /// <summary>The non-empty cells in ascending column order.</summary>
    public ReadOnlyMemory<WorkbookCell> Cells { get; }

    /// <summary>The cell of a 1-based column, or <see langword="null"/> when the row has none there.</summary>
    /// <param name="column">The column.</param>
    public WorkbookCell? this[int column]
    {
        get
        {
            foreach (var cell in Cells.Span)
            {
                if (cell.Column == column) return cell;
                if (cell.Column > column) break;
            }

            return null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Number + ": " + string.Join(" | ", Cells.ToArray());
}
