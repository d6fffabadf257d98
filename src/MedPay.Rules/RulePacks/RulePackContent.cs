using System.Collections.Immutable;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Drg.Workbooks;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Settlement;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// Any rule pack loaded into the model its format calls for — a <see cref="DrgScheme"/>, <see cref="DipCatalogue"/>,
/// <see cref="PaymentParameters"/>, <see cref="SettlementRuleCatalogue"/> or <see cref="RetentionPolicy"/> — with every issue
/// found. The one entry point for tools that take "a pack" without knowing its kind (<c>medpay rules check</c>,
/// <c>Import-MedPayRulePack</c>). Never throws for a bad pack.
/// </summary>
public sealed class RulePackContent
{
    private static readonly IReadOnlyDictionary<string, RulePackKind> Formats = new Dictionary<string, RulePackKind>(StringComparer.OrdinalIgnoreCase)
    {
        [DrgScheme.FormatName] = RulePackKind.Drg,
        [DipCatalogue.Format] = RulePackKind.Dip,
        [PaymentParameters.FormatName] = RulePackKind.Payment,
        [SettlementRuleCatalogue.NationalFormat] = RulePackKind.Settlement,
        [SettlementRuleCatalogue.RegionFormat] = RulePackKind.Settlement,
        [RetentionPolicy.Format] = RulePackKind.Retention,
    };

    private RulePackContent(RulePack pack, RulePackKind kind, object? model, ImmutableArray<Issue> issues, DrgWorkbookImportReport? importReport = null)
    {
        Pack = pack;
        Kind = kind;
        Model = model;
        Issues = issues;
        ImportReport = importReport;
    }

    /// <summary>The pack.</summary>
    public RulePack Pack { get; }

    /// <summary>What the pack was read as.</summary>
    public RulePackKind Kind { get; }

    /// <summary>The model built from the pack, or <see langword="null"/> when the pack has errors.</summary>
    public object? Model { get; }

    /// <summary>Every issue found (errors and warnings), each with file, row and column where it has them.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>What loading a workbook pack read and did (nhsa-drg-workbook.md); <see langword="null"/> for other packs.</summary>
    public DrgWorkbookImportReport? ImportReport { get; }

    /// <summary>Whether the model was built (no errors).</summary>
    public bool Succeeded => Model is not null;

    /// <summary>The kind a pack's manifest declares (<see cref="RulePackKind.Drg"/> for a workbook pack, and when its format is missing or unknown).</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The kind.</returns>
    public static RulePackKind KindOf(RulePack pack)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        if (pack.IsWorkbookPack) return RulePackKind.Drg;
        return Formats.TryGetValue(pack.Manifest.Format, out var kind) ? kind : RulePackKind.Drg;
    }

    /// <summary>Loads a pack into the model of its kind without throwing.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="kind">What to read it as; <see cref="RulePackKind.Auto"/> reads the manifest.</param>
    /// <returns>The model (or none) and every issue.</returns>
    public static RulePackContent TryLoad(RulePack pack, RulePackKind kind = RulePackKind.Auto) => TryLoad(pack, kind, null);

    /// <summary>Loads a pack into the model of its kind without throwing; a DRG workbook pack is read with <paramref name="workbookReader"/>.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="kind">What to read it as; <see cref="RulePackKind.Auto"/> reads the manifest.</param>
    /// <param name="workbookReader">Reads <c>.xlsx</c> files (the <c>MedPay.Rules.Workbooks</c> package has one); needed for workbook packs only.</param>
    /// <returns>The model (or none), every issue, and for a workbook its import report.</returns>
    public static RulePackContent TryLoad(RulePack pack, RulePackKind kind, IWorkbookReader? workbookReader)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        if (kind == RulePackKind.Auto) kind = KindOf(pack);
        switch (kind)
        {
            case RulePackKind.Dip:
                DipCatalogue.TryLoad(pack, out var catalogue, out var dipIssues);
                return new RulePackContent(pack, kind, catalogue, dipIssues);
            case RulePackKind.Payment:
                var parameters = PaymentParameters.TryLoad(pack);
                return new RulePackContent(pack, kind, parameters.Parameters, parameters.Issues);
            case RulePackKind.Settlement:
                var rules = string.Equals(pack.Manifest.Format, SettlementRuleCatalogue.RegionFormat, StringComparison.OrdinalIgnoreCase)
                    ? SettlementRuleCatalogue.TryLoad(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), pack)
                    : SettlementRuleCatalogue.TryLoad(pack);
                return new RulePackContent(pack, kind, rules.IsValid ? rules : null, rules.Issues);
            case RulePackKind.Retention:
                RetentionPolicy.TryLoad(pack, out var policy, out var retentionIssues);
                return new RulePackContent(pack, kind, policy, retentionIssues);
            default:
                var scheme = DrgScheme.TryLoad(pack, workbookReader);
                return new RulePackContent(pack, RulePackKind.Drg, scheme.Scheme, scheme.Issues, scheme.ImportReport);
        }
    }

    /// <summary>One line describing the model's content, e.g. <c>26 MDC, 376 ADRG, 628 DRG, …</c>; empty when nothing loaded.</summary>
    public string Summary => Model switch
    {
        DrgScheme s => $"{s.Mdcs.Length} MDC, {s.Adrgs.Length} ADRG, {s.Drgs.Length} DRG, {s.TableNames.Length} tables, {s.Diagnoses.Count} diagnoses, {s.Procedures.Count} procedures",
        DipCatalogue c => $"{c.Groups.Length} DIP groups, {c.AuxiliaryEntries.Length} auxiliary entries",
        PaymentParameters p => $"{p.Weights.Length} DRG weights, {p.Rates.Length} base rates",
        SettlementRuleCatalogue r => $"{r.Rules.Length} rules, {r.CodeSets.Length} code sets, packs {string.Join(" + ", r.Packs)}",
        RetentionPolicy r => $"{r.Grades.Length} quality grades, {r.BonusPoints.Length} bonus-point rules, {r.Targets.Length} indicator targets",
        _ => string.Empty,
    };
}
