namespace MedPay.Rules.Workbooks;

/// <summary>How a workbook cell stores its value (SpreadsheetML's cell types, as a reader found them).</summary>
public enum WorkbookCellKind
{
    /// <summary>Text: a shared string, an inline string, rich text or a formula's string result.</summary>
    Text,

    /// <summary>A number; <see cref="WorkbookCell.Text"/> holds it in invariant notation, a whole number without a decimal point.</summary>
    Number,

    /// <summary>A boolean (<c>TRUE</c> / <c>FALSE</c>).</summary>
    Boolean,

    /// <summary>An error value such as <c>#N/A</c>.</summary>
    Error,
}
