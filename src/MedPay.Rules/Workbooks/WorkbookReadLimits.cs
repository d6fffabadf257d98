namespace MedPay.Rules.Workbooks;

/// <summary>
/// Bounds an <see cref="IWorkbookReader"/> keeps to, so that a hostile or broken file is refused in bounded time and memory instead
/// of exhausting the process. The defaults leave ample room for the official workbooks (the CHS-DRG 1.1 rendering is 3 MB on
/// disk, 29 MB of XML, 0.6 million cells; the 3.0 workbook is of the same order) while refusing a zip bomb before it expands.
/// </summary>
public sealed class WorkbookReadLimits
{
    /// <summary>The defaults.</summary>
    public static WorkbookReadLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 128 MiB).</summary>
    public long MaxFileBytes { get; init; } = 128L << 20;

    /// <summary>The largest uncompressed part (one sheet's XML, the shared strings), in bytes (default 256 MiB).</summary>
    public long MaxPartBytes { get; init; } = 256L << 20;

    /// <summary>The largest total of the uncompressed parts read, in bytes (default 512 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 512L << 20;

    /// <summary>
    /// The highest compression ratio accepted for a part larger than 1 MiB (default 200). Spreadsheet XML compresses about 10:1; a zip
    /// bomb compresses by a factor of thousands.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>The longest cell text, in characters (default 32,767: Excel's own limit).</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>The most rows of one sheet (default 1,048,576: Excel's own limit).</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>The most columns of one sheet (default 16,384: Excel's own limit).</summary>
    public int MaxColumns { get; init; } = 16_384;

    /// <summary>The most sheets (default 256).</summary>
    public int MaxSheets { get; init; } = 256;
}
