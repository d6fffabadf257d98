using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.DependencyInjection;

/// <summary>
/// What <c>services.AddMedPayRules(o =&gt; …)</c> registers: the CHS-DRG scheme (分组方案), the DIP catalogue (病种目录), the DRG payment
/// parameters (支付参数), the settlement-list rules (结算清单质控规则) and the retention policy (结余留用政策) to load, each a folder, a zip
/// file or the id of a pack embedded in the assembly, and the grouping options. Read once, when <c>AddMedPayRules</c> runs; the packs
/// themselves are loaded when a service is first resolved. Payment and retention are opt-in, because their embedded packs hold
/// illustrative money figures.
/// </summary>
public sealed class MedPayRulesOptions
{
    /// <summary>
    /// The DRG scheme: a folder or zip in the drg-scheme-tables layout, an official NHSA workbook (an <c>.xlsx</c> file, or a folder
    /// holding one; needs <see cref="WorkbookReader"/>), or an embedded pack id. Default: the embedded
    /// <see cref="DrgScheme.DefaultEmbeddedPackId"/> (an excerpt for demonstration and testing; load your region's tables for real use).
    /// </summary>
    public string DrgPack { get; set; } = DrgScheme.DefaultEmbeddedPackId;

    /// <summary>
    /// The DIP catalogue: a folder, a zip or an embedded pack id; <see langword="null"/> registers no DIP services.
    /// Default: the embedded <see cref="DipCatalogue.ExampleId"/> (invented figures, for illustration only).
    /// </summary>
    public string? DipPack { get; set; } = DipCatalogue.ExampleId;

    /// <summary>
    /// The DRG payment parameters: a folder, a zip or an embedded pack id; <see langword="null"/> (the default) registers no payment
    /// services. The embedded <see cref="PaymentParameters.DefaultEmbeddedPackId"/> has illustrative rates only.
    /// </summary>
    public string? PaymentPack { get; set; }

    /// <summary>
    /// The national settlement-list rule pack: a folder, a zip or an embedded pack id; <see langword="null"/> registers no settlement
    /// services. Default: the embedded national baseline <see cref="SettlementRuleCatalogue.DefaultPackId"/>.
    /// </summary>
    public string? SettlementPack { get; set; } = SettlementRuleCatalogue.DefaultPackId;

    /// <summary>Regional settlement-list packs (format <c>settlement-region/1</c>) applied over <see cref="SettlementPack"/> in order.</summary>
    public IList<string> SettlementRegionPacks { get; set; } = new List<string>();

    /// <summary>
    /// The retention policy: a folder, a zip or an embedded pack id; <see langword="null"/> (the default) registers no policy. The
    /// embedded <see cref="RetentionPolicy.SeedId"/> collects the mechanisms of the project's sources with illustrative figures.
    /// </summary>
    public string? RetentionPack { get; set; }

    /// <summary>The options of the registered <see cref="DrgGrouper"/>.</summary>
    public DrgGroupingOptions DrgGrouping { get; set; } = DrgGroupingOptions.Default;

    /// <summary>
    /// Reads <c>.xlsx</c> workbooks, so that <see cref="DrgPack"/> can name an official NHSA configuration workbook. The package
    /// <c>MedPay.Rules.Workbooks</c> sets it with <c>options.UseWorkbooks()</c>; <see langword="null"/> (the default): workbook packs are
    /// refused with <c>WB_READER_MISSING</c>.
    /// </summary>
    public Workbooks.IWorkbookReader? WorkbookReader { get; set; }

    /// <summary>A DRG pack already in memory (built with <see cref="RulePack.FromTexts"/> or read from a stream); overrides <see cref="DrgPack"/>.</summary>
    public RulePack? DrgRulePack { get; set; }

    /// <summary>A DIP pack already in memory; overrides <see cref="DipPack"/>.</summary>
    public RulePack? DipRulePack { get; set; }

    /// <summary>
    /// The limits every pack named here is read within (folders, zips, workbooks; docs/limits.md). Default
    /// <see cref="RulePackReadLimits.Default"/>, ample for a national pack; lower them for a service that loads packs it does not trust.
    /// </summary>
    public RulePackReadLimits PackLimits { get; set; } = RulePackReadLimits.Default;

    internal RulePack OpenDrgPack() => DrgRulePack ?? Open(DrgPack ?? throw new InvalidOperationException("MedPayRulesOptions.DrgPack is null / 未配置 DRG 规则包"));

    internal RulePack? OpenDipPack() => DipRulePack ?? (DipPack is null ? null : Open(DipPack));

    internal RulePack Open(string folderZipOrEmbeddedId) => RulePack.Open(folderZipOrEmbeddedId, PackLimits ?? RulePackReadLimits.Default);

    internal MedPayRulesOptions Copy() => new()
    {
        DrgPack = DrgPack,
        DipPack = DipPack,
        PaymentPack = PaymentPack,
        SettlementPack = SettlementPack,
        SettlementRegionPacks = (SettlementRegionPacks ?? new List<string>()).ToList(),
        RetentionPack = RetentionPack,
        DrgGrouping = DrgGrouping ?? DrgGroupingOptions.Default,
        DrgRulePack = DrgRulePack,
        DipRulePack = DipRulePack,
        WorkbookReader = WorkbookReader,
        PackLimits = PackLimits ?? RulePackReadLimits.Default,
    };
}
