using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg.Loading;

/// <summary>A CSV file of a folder pack as a <see cref="SchemeTable"/>: each role is a column found by its header name.</summary>
internal sealed class CsvSchemeTable : SchemeTable
{
    private readonly CsvDocument _csv;
    private readonly CsvRow[] _rows;
    private readonly int[] _columns; // per role: the CSV column, -1 when absent

    public CsvSchemeTable(string file, CsvDocument csv, int[] columns)
        : base(file)
    {
        _csv = csv;
        _rows = csv.RowArray;
        _columns = columns;
    }

    public override int Count => _rows.Length;

    public override int Line(int row) => _rows[row].Line;

    public override string Get(int row, int role) => Has(role) ? _rows[row][_columns[role]] : string.Empty;

    public override bool Has(int role) => role < _columns.Length && _columns[role] >= 0;

    public override string RoleName(int role) => Has(role) ? _csv.Header[_columns[role]] : string.Empty;

    // A condition's syntax error keeps the folder layout's convention: the column is the character position in the condition.
    public override SourceLocation At(int row, int role, int position = 0) => position > 0
        ? new SourceLocation(Name, Line(row), position, RoleName(role))
        : new SourceLocation(Name, Line(row), Has(role) ? _columns[role] + 1 : 0, Has(role) ? RoleName(role) : null);

    public override SourceLocation AtTable() => new(Name, 1);
}
