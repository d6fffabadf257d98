namespace MedPay.Rules.Drg.Workbooks;

/// <summary>What the workbook import did to the workbook's content (nhsa-drg-workbook.md), step by step, for the import report.</summary>
public enum WorkbookImportStepKind
{
    /// <summary>A cell was cleaned: special spaces, zero-width spaces, line breaks or <c>_x000D_</c> removed or turned into spaces.</summary>
    Cleaned,

    /// <summary>A rule cell held only white space and was read as the empty rule (always true).</summary>
    EmptyRule,

    /// <summary>An order number stored as text was read as a number.</summary>
    NumberFromText,

    /// <summary>A fallback row (empty rule, code ending <c>00</c> / <c>000</c>) is tried after the other rows of its MDC or ADRG.</summary>
    FallbackTriedLast,

    /// <summary>A code set lists a member twice; the repeat adds nothing.</summary>
    DuplicateMember,

    /// <summary>An amendment of the amendments file was applied.</summary>
    Amended,

    /// <summary>The ADRG kinds (surgical, procedure, medical, ambiguous) were read from the codes, which the workbook has no column for.</summary>
    KindFromCode,

    /// <summary>Where the known codes come from (the pack's dictionaries, or the sets when it has none).</summary>
    Dictionaries,

    /// <summary>A rule reads a regional extension field (<c>ZYTS</c>, <c>ZZJHSC</c>) that the national workbook does not have.</summary>
    RegionalField,
}
