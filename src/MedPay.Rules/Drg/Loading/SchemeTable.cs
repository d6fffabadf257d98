namespace MedPay.Rules.Drg.Loading;

/// <summary>
/// One table of a scheme as a loader front end delivers it: rows of cleaned cell text addressed by role (the meaning of a
/// column, e.g. "code" or "condition"), whatever file or sheet column it came from. The folder front end wraps a CSV file
/// (<see cref="CsvSchemeTable"/>); the workbook front end wraps a sheet. The shared assembler (<see cref="DrgSchemeLoader"/>)
/// reads only this view, so every check, issue and compiled structure is the same for both kinds of pack.
/// </summary>
internal abstract class SchemeTable
{
    protected SchemeTable(string name) => Name = name;

    /// <summary>The file or sheet name, for messages (e.g. <c>adrg.csv</c> or <c>ADRG</c>).</summary>
    public string Name { get; }

    /// <summary>The number of data rows.</summary>
    public abstract int Count { get; }

    /// <summary>The 1-based line (CSV) or sheet row of a data row.</summary>
    public abstract int Line(int row);

    /// <summary>The cleaned text of a row's cell of a role, empty when the role's column is absent or the cell is empty.</summary>
    public abstract string Get(int row, int role);

    /// <summary>Whether the table has a column for the role.</summary>
    public abstract bool Has(int role);

    /// <summary>The column's name as the file writes it (a CSV header or a sheet's header text).</summary>
    public abstract string RoleName(int role);

    /// <summary>Where a row's cell of a role is; <paramref name="position"/> is a 1-based character position inside it (a condition's syntax error), or 0.</summary>
    public abstract SourceLocation At(int row, int role, int position = 0);

    /// <summary>Where the table itself is (its header line), for issues about the whole table.</summary>
    public abstract SourceLocation AtTable();

    /// <summary>
    /// Whether a row is to be tried after every other row of its scope whatever its seq says (a workbook's fallback row, moved by
    /// the workbook front end as nhsa-drg-workbook.md requires). Folder packs keep their seq order.
    /// </summary>
    public virtual bool TriedLast(int row) => false;
}
