using MedPay.Rules.Drg.Loading;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>
/// A sheet of the official workbook as a <see cref="SchemeTable"/>: the cleaned cells of each data row by role, located by the
/// header text of its column. Rows an amendment added carry the amendments file's location instead of a cell's.
/// </summary>
internal sealed class WorkbookSchemeTable : SchemeTable
{
    private readonly string _file;
    private readonly int[] _columns;    // per role: the 1-based sheet column; 0 when the sheet has none; -1 when the loader derives it (the ADRG kind)
    private readonly string[] _headers; // per role: the header text

    public WorkbookSchemeTable(string file, string sheet, int[] columns, string[] headers, int headerRow)
        : base(sheet)
    {
        _file = file;
        _columns = columns;
        _headers = headers;
        HeaderRow = headerRow;
    }

    public int HeaderRow { get; }

    /// <summary>Rows below the header with no value in any column read (skipped).</summary>
    public int EmptyRowCount { get; set; }

    public List<WorkbookTableRow> Rows { get; } = new();

    public override int Count => Rows.Count;

    public override int Line(int row) => Rows[row].Line;

    public override string Get(int row, int role) => role < _columns.Length ? Rows[row].Cells[role] ?? string.Empty : string.Empty;

    public override bool Has(int role) => role < _columns.Length && _columns[role] != 0;

    public override string RoleName(int role) => role < _columns.Length ? _headers[role] : string.Empty;

    /// <summary>The number of roles (the length of a row's cells).</summary>
    public int RoleCount => _columns.Length;

    public int Column(int role) => role < _columns.Length ? Math.Max(0, _columns[role]) : 0;

    public override SourceLocation At(int row, int role, int position = 0) =>
        Rows[row].Origin ?? new SourceLocation(_file, Name, Rows[row].Line, Column(role), RoleName(role), position);

    public override SourceLocation AtTable() => new(_file, Name, HeaderRow, 0, null);

    public override bool TriedLast(int row) => Rows[row].TriedLast;
}

/// <summary>One data row of a <see cref="WorkbookSchemeTable"/>.</summary>
internal sealed class WorkbookTableRow
{
    public WorkbookTableRow(int line, string?[] cells, SourceLocation? origin = null)
    {
        Line = line;
        Cells = cells;
        Origin = origin;
    }

    /// <summary>The sheet row (or the amendments file's line for an added row).</summary>
    public int Line { get; }

    /// <summary>The cleaned cells by role; <see langword="null"/> where the sheet has no such column.</summary>
    public string?[] Cells { get; }

    /// <summary>Where an amendment added the row, or <see langword="null"/> for a row of the sheet.</summary>
    public SourceLocation? Origin { get; }

    /// <summary>Whether the row is a fallback row to be tried after the others of its scope.</summary>
    public bool TriedLast { get; set; }
}
