using System.Collections.Immutable;

namespace MedPay.Rules.Workbooks;

/// <summary>One sheet of a workbook as a reader delivers it: its name and its non-empty rows in ascending order.</summary>
public sealed class WorkbookSheet
{
    /// <summary>Creates a sheet.</summary>
    /// <param name="name">The sheet's name as the workbook gives it.</param>
    /// <param name="rows">The rows that have a non-empty cell, in ascending row order.</param>
    public WorkbookSheet(string name, ImmutableArray<WorkbookRow> rows)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Rows = rows.IsDefault ? ImmutableArray<WorkbookRow>.Empty : rows;
    }

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>The non-empty rows in ascending order.</summary>
    public ImmutableArray<WorkbookRow> Rows { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Rows.Length + " rows)";
}
