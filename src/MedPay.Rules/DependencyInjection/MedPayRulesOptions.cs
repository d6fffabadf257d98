using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.DependencyInjection;

/// <summary>
/// What <c>services.AddMedPayRules(o =&gt; …)</c> registers: the CHS-DRG scheme (分组方案) and the DIP catalogue (病种目录) to load, each a
/// folder, a zip file or the id of a pack embedded in the assembly, and the grouping options. Read once, when
/// <c>AddMedPayRules</c> runs; the packs themselves are loaded when an engine is first resolved.
/// </summary>
public sealed class MedPayRulesOptions
{
    /// <summary>
    /// The DRG scheme: a folder or zip in the drg-scheme-tables layout, or an embedded pack id. Default: the embedded
    /// <see cref="DrgScheme.DefaultEmbeddedPackId"/> (an excerpt for demonstration and testing; load your region's tables for real use).
    /// </summary>
    public string DrgPack { get; set; } = DrgScheme.DefaultEmbeddedPackId;

    /// <summary>
    /// The DIP catalogue: a folder, a zip or an embedded pack id; <see langword="null"/> registers no DIP services.
    /// Default: the embedded <see cref="DipCatalogue.ExampleId"/> (invented figures, for illustration only).
    /// </summary>
    public string? DipPack { get; set; } = DipCatalogue.ExampleId;

    /// <summary>The options of the registered <see cref="DrgGrouper"/>.</summary>
    public DrgGroupingOptions DrgGrouping { get; set; } = DrgGroupingOptions.Default;

    /// <summary>A DRG pack already in memory (built with <see cref="RulePack.FromTexts"/> or read from a stream); overrides <see cref="DrgPack"/>.</summary>
    public RulePack? DrgRulePack { get; set; }

    /// <summary>A DIP pack already in memory; overrides <see cref="DipPack"/>.</summary>
    public RulePack? DipRulePack { get; set; }

    internal RulePack OpenDrgPack() => DrgRulePack ?? RulePack.Open(DrgPack ?? throw new InvalidOperationException("MedPayRulesOptions.DrgPack is null / 未配置 DRG 规则包"));

    internal RulePack? OpenDipPack() => DipRulePack ?? (DipPack is null ? null : RulePack.Open(DipPack));

    internal MedPayRulesOptions Copy() => new()
    {
        DrgPack = DrgPack,
        DipPack = DipPack,
        DrgGrouping = DrgGrouping ?? DrgGroupingOptions.Default,
        DrgRulePack = DrgRulePack,
        DipRulePack = DipRulePack,
    };
}
