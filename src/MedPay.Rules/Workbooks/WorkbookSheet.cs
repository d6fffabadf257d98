using System.Collections;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// One sheet of a workbook as a reader delivers it: its name and its non-empty rows in ascending order. The cells of all rows are
/// kept in one flat store (a 100,000-row sheet is two arrays, not 100,000 objects); build one with <see cref="Builder"/>.
/// </summary>
public sealed class WorkbookSheet : IReadOnlyList<WorkbookRow>
{
    private readonly int[] _numbers; // per row: its 1-based number
    private readonly int[] _starts;  // per row: the index of its first cell; _starts[Count] is the end
    private readonly WorkbookCell[] _cells;

    private WorkbookSheet(string name, int[] numbers, int[] starts, WorkbookCell[] cells, int count)
    {
        Name = name;
        _numbers = numbers;
        _starts = starts;
        _cells = cells;
        Count = count;
    }

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>The number of non-empty rows.</summary>
    public int Count { get; }

    /// <summary>The <paramref name="index"/>-th non-empty row (0-based; see <see cref="WorkbookRow.Number"/> for its row number).</summary>
    /// <param name="index">The position among the non-empty rows.</param>
    public WorkbookRow this[int index] => (uint)index < (uint)Count
        ? new WorkbookRow(_numbers[index], new ReadOnlyMemory<WorkbookCell>(_cells, _starts[index], _starts[index + 1] - _starts[index]))
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Enumerates the rows in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<WorkbookRow> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Count + " rows)";

    /// <summary>Builds a sheet row by row: add a row's cells in ascending column order, then end the row.</summary>
    public sealed class Builder
    {
        private readonly string _name;
        private int[] _numbers = new int[256];
        private int[] _starts = new int[257];
        private WorkbookCell[] _cells = new WorkbookCell[1024];
        private int _rows;
        private int _count;

        /// <summary>Starts a sheet.</summary>
        /// <param name="name">The sheet's name as the workbook gives it.</param>
        public Builder(string name) => _name = name ?? throw new ArgumentNullException(nameof(name));

        /// <summary>The cells added to the row being built.</summary>
        public int PendingCells => _count - _starts[_rows];

        /// <summary>The cells added so far, in all rows (the position the next cell gets).</summary>
        public int CellCount => _count;

        /// <summary>Replaces a cell added earlier (a reader that resolves shared strings after the sheet was read).</summary>
        /// <param name="index">The cell's position (<see cref="CellCount"/> when it was added).</param>
        /// <param name="cell">The cell.</param>
        public void Replace(int index, WorkbookCell cell)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            _cells[index] = cell;
        }

        /// <summary>Adds a cell to the row being built (columns ascending).</summary>
        /// <param name="cell">The cell.</param>
        public void Add(WorkbookCell cell)
        {
            if (_count == _cells.Length) Array.Resize(ref _cells, _cells.Length * 2);
            _cells[_count++] = cell;
        }

        /// <summary>Ends the row being built; a row without cells is left out.</summary>
        /// <param name="number">Its 1-based row number, above the previous row's.</param>
        public void EndRow(int number)
        {
            if (PendingCells == 0) return;
            if (number < 1 || (_rows > 0 && number <= _numbers[_rows - 1])) throw new ArgumentOutOfRangeException(nameof(number), number, "rows ascend from 1 / 行号须从 1 起递增");
            if (_rows + 1 == _numbers.Length)
            {
                Array.Resize(ref _numbers, _numbers.Length * 2);
                Array.Resize(ref _starts, _starts.Length * 2);
            }

            _numbers[_rows] = number;
            _starts[++_rows] = _count;
        }

        /// <summary>Drops the cells added since the last row ended.</summary>
        public void DiscardRow() => _count = _starts[_rows];

        /// <summary>The sheet.</summary>
        /// <returns>The sheet; the builder should not be used after.</returns>
        public WorkbookSheet Build()
        {
            DiscardRow();
            return new WorkbookSheet(_name, _numbers, _starts, _cells, _rows);
        }
    }
}
