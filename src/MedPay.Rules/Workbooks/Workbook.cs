using System.Collections.Immutable;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// The cell text of a spreadsheet workbook (an <c>.xlsx</c> file) as an <see cref="IWorkbookReader"/> read it: its sheets in
/// workbook order. Readers deliver text as stored (escapes decoded, nothing trimmed); whoever interprets the sheets cleans it.
/// </summary>
public sealed class Workbook
{
    /// <summary>Creates a workbook.</summary>
    /// <param name="fileName">The file name, for messages (e.g. <c>workbook.xlsx</c>).</param>
    /// <param name="sheets">The sheets in workbook order.</param>
    public Workbook(string fileName, ImmutableArray<WorkbookSheet> sheets)
    {
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        Sheets = sheets.IsDefault ? ImmutableArray<WorkbookSheet>.Empty : sheets;
    }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>The sheets in workbook order.</summary>
    public ImmutableArray<WorkbookSheet> Sheets { get; }

    /// <inheritdoc />
    public override string ToString() => FileName + ": " + string.Join(", ", Sheets);
}
