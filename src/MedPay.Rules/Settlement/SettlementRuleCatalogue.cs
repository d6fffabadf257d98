using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Settlement;

/// <summary>The settlement-list rule catalogue as data: the national rules (<c>rules/settlement-national</c>) with their
/// parameters, code sets, code lists, code pairs and weight bands, optionally changed by regional packs that
/// override severities, switch rules off, change parameters and code sets, and add rules.</summary>
public sealed class SettlementRuleCatalogue
{
    /// <summary>The manifest format of the national pack.</summary>
    public const string NationalFormat = "settlement-rules/1";

    /// <summary>The manifest format of a regional pack.</summary>
    public const string RegionFormat = "settlement-region/1";

    /// <summary>The id of the embedded national pack.</summary>
    public const string DefaultPackId = "settlement-national";

    private readonly Dictionary<string, SettlementRule> _byId;
    private readonly Dictionary<string, ImmutableArray<SettlementCodePair>> _pairsByRule;
    private readonly Dictionary<string, CodeRangeSet> _lists;
    private readonly CodeRangeSet[] _known;

    private SettlementRuleCatalogue(ImmutableArray<SettlementRule> rules, ImmutableHashSet<string> disabled, SettlementParameters parameters,
        ImmutableDictionary<SettlementField, SettlementCodeSet> dictionaries, ImmutableDictionary<string, CodeRangeSet> codeLists,
        ImmutableArray<SettlementCodePair> codePairs, ImmutableArray<SettlementWeightCode> weightCodes, ImmutableArray<RulePackIdentity> packs, ImmutableArray<Issue> issues)
    {
        Rules = rules;
        Disabled = disabled;
        Parameters = parameters;
        Dictionaries = dictionaries;
        CodeLists = codeLists;
        CodePairs = codePairs;
        WeightCodes = weightCodes;
        PackIdentities = packs;
        Packs = packs.Select(p => p.Id + " " + p.Version).ToImmutableArray();
        Issues = issues;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        _lists = new Dictionary<string, CodeRangeSet>(codeLists, StringComparer.Ordinal);
        _known = CodeListNames.All.Select(List).ToArray();
        CodeSets = dictionaries.Values.OrderBy(d => d.Field.Node).ThenBy(d => d.Field.Index).ToImmutableArray();
        _pairsByRule = codePairs.GroupBy(p => p.RuleId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The code sets of coded fields in layout order (node, then field position).</summary>
    public ImmutableArray<SettlementCodeSet> CodeSets { get; }

    /// <summary>The code-combination rows of one rule, in pack order.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The rows; empty when the rule has none.</returns>
    public ImmutableArray<SettlementCodePair> PairsFor(string ruleId) =>
        ruleId is not null && _pairsByRule.TryGetValue(ruleId, out var pairs) ? pairs : ImmutableArray<SettlementCodePair>.Empty;

    /// <summary>Every rule in catalogue order (list rules, then batch audits, then region-added rules).</summary>
    public ImmutableArray<SettlementRule> Rules { get; }

    /// <summary>Ids of rules a regional pack switched off.</summary>
    public ImmutableHashSet<string> Disabled { get; }

    /// <summary>The parameters.</summary>
    public SettlementParameters Parameters { get; }

    /// <summary>The code sets of coded fields (CS-01, DS-01).</summary>
    public ImmutableDictionary<SettlementField, SettlementCodeSet> Dictionaries { get; }

    /// <summary>Named code-range lists (sex- and age-specific codes, codes invalid as main, ...).</summary>
    public ImmutableDictionary<string, CodeRangeSet> CodeLists { get; }

    /// <summary>Code-combination rows (DX-02, PR-05, PR-06, MD-12, MD-13, NB-08) and the dagger–asterisk pairings of MD-02.</summary>
    public ImmutableArray<SettlementCodePair> CodePairs { get; }

    /// <summary>Weight-defined diagnosis codes (NB-06).</summary>
    public ImmutableArray<SettlementWeightCode> WeightCodes { get; }

    /// <summary>The packs the catalogue was built from, as <c>id version</c>, national first.</summary>
    public ImmutableArray<string> Packs { get; }

    /// <summary>The packs the catalogue was built from (id, version and content hash), national first, then the regional packs in order.</summary>
    public ImmutableArray<RulePackIdentity> PackIdentities { get; }

    /// <summary>Problems found in the packs; empty when they loaded cleanly.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether the packs loaded without error.</summary>
    public bool IsValid => !Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">The id, e.g. <c>MD-01</c>.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public SettlementRule? Find(string id) => id is not null && _byId.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>Whether a rule is present and switched on.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when the rule runs.</returns>
    public bool IsEnabled(string id) => _byId.ContainsKey(id) && !Disabled.Contains(id);

    /// <summary>A named code list; empty when the pack does not define it.</summary>
    /// <param name="name">The list name, e.g. <c>female_only_dx</c>.</param>
    /// <returns>The list.</returns>
    public CodeRangeSet List(string name) => _lists.TryGetValue(name, out var list) ? list : CodeRangeSet.Empty;

    internal CodeRangeSet Known(CodeList list) => _known[(int)list];

    /// <summary>The code set of a field, or <see langword="null"/> when the packs give none.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The code set.</returns>
    public SettlementCodeSet? Dictionary(SettlementField field) => Dictionaries.TryGetValue(field, out var set) ? set : null;

    /// <summary>Loads the embedded national catalogue.</summary>
    /// <returns>The catalogue.</returns>
    /// <exception cref="RulePackException">The embedded pack is broken.</exception>
    public static SettlementRuleCatalogue LoadDefault() => Load(RulePack.Embedded(DefaultPackId));

    /// <summary>Loads a national pack and regional packs, throwing when any has errors.</summary>
    /// <param name="national">The national pack.</param>
    /// <param name="regions">Regional packs, applied in order.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="RulePackException">A pack has errors.</exception>
    public static SettlementRuleCatalogue Load(RulePack national, params RulePack[] regions)
    {
        var catalogue = TryLoad(national, regions);
        if (!catalogue.IsValid) throw new RulePackException(national?.Id ?? DefaultPackId, catalogue.Issues);
        return catalogue;
    }

    /// <summary>Loads a national pack and regional packs; never throws, problems are in <see cref="Issues"/>.</summary>
    /// <param name="national">The national pack.</param>
    /// <param name="regions">Regional packs, applied in order.</param>
    /// <returns>The catalogue (possibly incomplete when <see cref="IsValid"/> is false).</returns>
    public static SettlementRuleCatalogue TryLoad(RulePack national, params RulePack[] regions)
    {
        if (national is null) throw new ArgumentNullException(nameof(national));
        var builder = new SettlementCatalogueBuilder();
        builder.ReadNational(national);
        foreach (var region in regions ?? Array.Empty<RulePack>())
        {
            if (region is not null) builder.ReadRegion(region);
        }

        return builder.Build((rules, disabled, parameters, dictionaries, lists, pairs, weights, packs, issues) =>
            new SettlementRuleCatalogue(rules, disabled, parameters, dictionaries, lists, pairs, weights, packs, issues));
    }
}
