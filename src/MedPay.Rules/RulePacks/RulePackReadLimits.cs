namespace MedPay.Rules.RulePacks;

/// <summary>
/// Bounds the rule-pack readers (<see cref="RulePack.FromDirectory(string, RulePackReadLimits?)"/>, <see cref="RulePack.FromZip(string, RulePackReadLimits?)"/>,
/// <see cref="RulePack.FromWorkbook(string, RulePackReadLimits?)"/>) and the loaders keep to, so that a hostile or broken pack is refused in bounded
/// time and memory instead of exhausting the process (docs/limits.md). Named like <see cref="Workbooks.WorkbookReadLimits"/>. The defaults leave
/// ample room for a national pack: CHS-DRG 1.1 in the folder layout is 12 files, 7.8 MB, its largest file 2.8 MB; it stays within a tenth of
/// every default, issues included (PackLimitTests).
/// </summary>
public sealed class RulePackReadLimits
{
    /// <summary>The defaults.</summary>
    public static RulePackReadLimits Default { get; } = new();

    /// <summary>
    /// The largest file accepted, in bytes, uncompressed (default 128 MiB, as <see cref="Workbooks.WorkbookReadLimits.MaxFileBytes"/>); a zip
    /// file itself may be as large as <see cref="MaxTotalBytes"/>.
    /// </summary>
    public long MaxFileBytes { get; init; } = 128L << 20;

    /// <summary>The largest total of the files read, in bytes, uncompressed (default 512 MiB, as <see cref="Workbooks.WorkbookReadLimits.MaxTotalBytes"/>).</summary>
    public long MaxTotalBytes { get; init; } = 512L << 20;

    /// <summary>The most files (zip entries of any kind, or data files of a folder) a pack may have (default 4,096).</summary>
    public int MaxFiles { get; init; } = 4_096;

    /// <summary>
    /// The highest compression ratio accepted for a zip entry larger than 1 MiB (default 200, as
    /// <see cref="Workbooks.WorkbookReadLimits.MaxCompressionRatio"/>). CSV compresses about 5–10:1; a zip bomb by a factor of thousands.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>The deepest folder of a folder pack that is read, counting the pack's own folder as 0 (default 8).</summary>
    public int MaxFolderDepth { get; init; } = 8;

    /// <summary>
    /// The most issues a loader keeps (default 10,000); past it the rest are counted in one <c>PACK_TOO_MANY_ISSUES</c> (an error when an
    /// error was among those left out), so a huge table of bad rows cannot exhaust memory.
    /// </summary>
    public int MaxIssues { get; init; } = 10_000;

    internal void Validate()
    {
        if (MaxFileBytes <= 0 || MaxTotalBytes <= 0 || MaxFiles <= 0 || MaxCompressionRatio <= 0 || MaxFolderDepth < 0 || MaxIssues <= 0)
            throw new ArgumentOutOfRangeException(nameof(RulePackReadLimits), "every limit must be positive (the folder depth non-negative) / 上限必须为正数");
    }
}
