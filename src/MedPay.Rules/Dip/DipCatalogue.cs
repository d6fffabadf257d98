using System.Collections.Frozen;
using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// A loaded DIP catalogue (病种分值目录) from a <c>dip-catalogue/1</c> rule pack (layout: <c>docs/dip.md</c>): groups with scores and
/// mean costs, procedure-type dictionary, auxiliary catalogue with its code lists, hospital-grade and basic-group coefficients, mean
/// costs by grade and region parameters. Catalogue codes are interned to integers and the group look-ups are precomputed at load,
/// so grouping a case allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class DipCatalogue
{
    /// <summary>The layout name this loader reads (<c>format</c> of <c>pack.json</c>).</summary>
    public const string Format = DipCatalogueReader.Format;

    /// <summary>The id of the embedded example catalogue (an excerpt authored by the project, for illustration only).</summary>
    public const string ExampleId = "dip-example";

    internal const int MaxCodeLists = 64;
    internal const sbyte ProcedureUnknown = -1;
    internal const sbyte ProcedureNone = -2;

    private static readonly Lazy<DipCatalogue> LazyExample = new(() => Load(RulePack.Embedded(ExampleId)));

    internal DipCatalogue(RulePackIdentity identity, RulePackManifest manifest, DipParameters parameters, ImmutableArray<DipGroup> groups,
        ImmutableDictionary<string, sbyte> procedureTypes, ImmutableDictionary<string, ImmutableArray<string>> codeLists,
        ImmutableArray<DipAuxiliaryEntry> auxiliary, ImmutableArray<(string Grade, DipGroup? Group, decimal Coefficient)> gradeCoefficients,
        ImmutableArray<(DipGroup Group, string Grade, decimal Cost)> gradeCosts, ImmutableArray<(DipGroup Group, decimal Coefficient)> basicCoefficients,
        ImmutableArray<Issue> issues)
    {
        Identity = identity;
        Manifest = manifest;
        Parameters = parameters;
        Groups = groups;
        ProcedureTypes = procedureTypes.ToImmutableDictionary(p => p.Key, p => p.Value == ProcedureNone ? (DipTreatment?)null : (DipTreatment)p.Value, StringComparer.OrdinalIgnoreCase);
        CodeLists = codeLists;
        AuxiliaryEntries = auxiliary;
        Issues = issues;
        GroupsByCode = groups.ToFrozenDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);

        // Intern every catalogue code: diagnosis keys and prefixes, procedure codes, code-list entries.
        var all = new List<string>();
        all.AddRange(groups.Where(g => !g.IsRange).Select(g => g.DiagnosisKey));
        all.AddRange(procedureTypes.Keys);
        foreach (var group in groups)
        {
            foreach (var term in group.Procedures.Terms) all.AddRange(term);
        }

        foreach (var list in codeLists.Values) all.AddRange(list);
        Codes = CodeIndex.Build(all);

        ProcedureType = new sbyte[Codes.Count];
        for (var i = 0; i < ProcedureType.Length; i++) ProcedureType[i] = ProcedureUnknown;
        foreach (var pair in procedureTypes) ProcedureType[Codes.Find(pair.Key)] = pair.Value;

        ListMask = new ulong[Codes.Count];
        var listNames = codeLists.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToList();
        var listBits = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var bit = 0; bit < listNames.Count; bit++)
        {
            listBits[listNames[bit]] = 1UL << bit;
            foreach (var code in codeLists[listNames[bit]]) ListMask[Codes.Find(code)] |= 1UL << bit;
        }

        HasCodeLists = listNames.Count > 0;
        var core = new List<int>[Codes.Count];
        var basic = new List<int>[Codes.Count];
        var comprehensive = new List<int>[Codes.Count];
        var ranges = new List<int>();
        Combinations = new int[groups.Length][][];
        foreach (var group in groups)
        {
            Combinations[group.Index] = group.Procedures.Terms.Select(t => t.Select(Codes.Find).ToArray()).ToArray();
            if (group.IsRange)
            {
                ranges.Add(group.Index);
                continue;
            }

            var target = group.Kind switch { DipGroupKind.Core => core, DipGroupKind.Basic => basic, _ => comprehensive };
            var id = Codes.Find(group.DiagnosisKey);
            (target[id] ??= new List<int>()).Add(group.Index);
        }

        CoreByKey = core.Select(l => l?.ToArray()).ToArray();
        BasicByKey = basic.Select(l => l?.ToArray()).ToArray();
        ComprehensiveByPrefix = comprehensive.Select(l => l?.ToArray()).ToArray();
        RangeGroups = ranges.ToArray();
        RangeStart = ranges.Select(i => groups[i].DiagnosisKey.Substring(0, 3).ToUpperInvariant()).ToArray();
        RangeEnd = ranges.Select(i => groups[i].DiagnosisKey.Substring(4, 3).ToUpperInvariant()).ToArray();

        // Auxiliary entries per group: the group's own entries and the "*" entries.
        foreach (var entry in auxiliary)
        {
            entry.OtherDiagnosisMask = entry.OtherDiagnosisList is null ? 0 : listBits[entry.OtherDiagnosisList];
            entry.ProcedureMask = entry.ProcedureList is null ? 0 : listBits[entry.ProcedureList];
        }

        AuxiliaryByGroup = groups.Select(g => auxiliary.Where(a => a.Group == "*" || string.Equals(a.Group, g.Code, StringComparison.OrdinalIgnoreCase)).ToArray()).ToArray();

        // Hospital grades, their coefficients and mean costs by grade.
        var gradeNames = gradeCoefficients.Select(r => r.Grade).Concat(gradeCosts.Select(r => r.Grade)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Grades = gradeNames.Select((g, i) => new KeyValuePair<string, int>(g, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        GradeDefault = new decimal?[gradeNames.Count];
        GradeGroupCoefficient = new decimal?[gradeNames.Count][];
        GradeGroupCost = new decimal?[gradeNames.Count][];
        for (var g = 0; g < gradeNames.Count; g++)
        {
            GradeGroupCoefficient[g] = new decimal?[groups.Length];
            GradeGroupCost[g] = new decimal?[groups.Length];
        }

        foreach (var row in gradeCoefficients)
        {
            var g = Grades[row.Grade];
            if (row.Group is null) GradeDefault[g] = row.Coefficient;
            else GradeGroupCoefficient[g][row.Group.Index] = row.Coefficient;
        }

        foreach (var row in gradeCosts) GradeGroupCost[Grades[row.Grade]][row.Group.Index] = row.Cost;
        BasicCoefficient = new decimal[groups.Length];
        for (var i = 0; i < BasicCoefficient.Length; i++) BasicCoefficient[i] = 1m;
        foreach (var row in basicCoefficients) BasicCoefficient[row.Group.Index] = row.Coefficient;
        SlotRank = BuildSlotRank(parameters);
    }

    private DipCatalogue(DipCatalogue source, DipParameters parameters)
    {
        Identity = source.Identity;
        Manifest = source.Manifest;
        Parameters = parameters;
        Groups = source.Groups;
        ProcedureTypes = source.ProcedureTypes;
        CodeLists = source.CodeLists;
        AuxiliaryEntries = source.AuxiliaryEntries;
        Issues = source.Issues;
        GroupsByCode = source.GroupsByCode;
        Codes = source.Codes;
        ProcedureType = source.ProcedureType;
        ListMask = source.ListMask;
        HasCodeLists = source.HasCodeLists;
        CoreByKey = source.CoreByKey;
        BasicByKey = source.BasicByKey;
        ComprehensiveByPrefix = source.ComprehensiveByPrefix;
        RangeGroups = source.RangeGroups;
        RangeStart = source.RangeStart;
        RangeEnd = source.RangeEnd;
        Combinations = source.Combinations;
        AuxiliaryByGroup = source.AuxiliaryByGroup;
        Grades = source.Grades;
        GradeDefault = source.GradeDefault;
        GradeGroupCoefficient = source.GradeGroupCoefficient;
        GradeGroupCost = source.GradeGroupCost;
        BasicCoefficient = source.BasicCoefficient;
        SlotRank = BuildSlotRank(parameters);
    }

    /// <summary>The embedded example catalogue (<c>rules/dip-example</c>): an excerpt authored by the project, for illustration and tests only.</summary>
    public static DipCatalogue Example => LazyExample.Value;

    /// <summary>The pack the catalogue was loaded from; every result names it.</summary>
    public RulePackIdentity Identity { get; }

    /// <summary>The pack manifest (source, notes).</summary>
    public RulePackManifest Manifest { get; }

    /// <summary>The region parameters.</summary>
    public DipParameters Parameters { get; }

    /// <summary>The groups in <c>groups.csv</c> order.</summary>
    public ImmutableArray<DipGroup> Groups { get; }

    /// <summary>The groups by code (case-insensitive).</summary>
    public FrozenDictionary<string, DipGroup> GroupsByCode { get; }

    /// <summary>The procedure-type dictionary: code → treatment type, <see langword="null"/> for a procedure that does not count for grouping (<c>none</c>).</summary>
    public ImmutableDictionary<string, DipTreatment?> ProcedureTypes { get; }

    /// <summary>The code lists of the auxiliary catalogue (list → code prefixes).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> CodeLists { get; }

    /// <summary>The auxiliary-catalogue entries in <c>auxiliary.csv</c> order.</summary>
    public ImmutableArray<DipAuxiliaryEntry> AuxiliaryEntries { get; }

    /// <summary>Warnings found while loading (a loaded catalogue has no errors).</summary>
    public ImmutableArray<Issue> Issues { get; }

    internal CodeIndex Codes { get; }

    internal sbyte[] ProcedureType { get; }

    internal ulong[] ListMask { get; }

    internal bool HasCodeLists { get; }

    internal int[]?[] CoreByKey { get; }

    internal int[]?[] BasicByKey { get; }

    internal int[]?[] ComprehensiveByPrefix { get; }

    internal int[] RangeGroups { get; }

    internal string[] RangeStart { get; }

    internal string[] RangeEnd { get; }

    internal int[][][] Combinations { get; }

    internal DipAuxiliaryEntry[][] AuxiliaryByGroup { get; }

    internal FrozenDictionary<string, int> Grades { get; }

    internal decimal?[] GradeDefault { get; }

    internal decimal?[][] GradeGroupCoefficient { get; }

    internal decimal?[][] GradeGroupCost { get; }

    internal decimal[] BasicCoefficient { get; }

    internal int[] SlotRank { get; }

    /// <summary>Loads a catalogue, throwing when the pack has errors.</summary>
    /// <param name="pack">A <c>dip-catalogue/1</c> pack.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="RulePackException">The pack has errors; <see cref="RulePackException.Issues"/> lists each with file, row and column.</exception>
    public static DipCatalogue Load(RulePack pack)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        var catalogue = DipCatalogueReader.Read(pack, out var issues);
        return catalogue ?? throw new RulePackException(pack.Id, issues);
    }

    /// <summary>Loads a catalogue without throwing.</summary>
    /// <param name="pack">A <c>dip-catalogue/1</c> pack.</param>
    /// <param name="catalogue">The catalogue, or <see langword="null"/> when the pack has errors.</param>
    /// <param name="issues">Every issue found (errors and warnings), each with file, row and column.</param>
    /// <returns>Whether the catalogue loaded.</returns>
    public static bool TryLoad(RulePack pack, out DipCatalogue? catalogue, out ImmutableArray<Issue> issues)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        catalogue = DipCatalogueReader.Read(pack, out issues);
        return catalogue is not null;
    }

    /// <summary>The same catalogue with other parameters (e.g. a region's deviation variant), sharing the precomputed look-ups.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The catalogue with these parameters.</returns>
    public DipCatalogue WithParameters(DipParameters parameters) => new(this, parameters ?? throw new ArgumentNullException(nameof(parameters)));

    /// <summary>
    /// The coefficient for a group at a hospital grade: the basic coefficient for a basic-level group (default 1, no grade coefficient);
    /// otherwise the group's own grade coefficient, else the grade's default, else 1.
    /// </summary>
    /// <param name="group">The group.</param>
    /// <param name="grade">The hospital grade as the catalogue writes it (e.g. <c>3</c>), or <see langword="null"/>.</param>
    /// <returns>The coefficient.</returns>
    public decimal Coefficient(DipGroup group, string? grade) => Coefficient((group ?? throw new ArgumentNullException(nameof(group))).Index, GradeIndex(grade));

    /// <summary>The reference mean cost of a group for deviation: the mean at the hospital's grade when published, else the group's mean.</summary>
    /// <param name="group">The group.</param>
    /// <param name="grade">The hospital grade, or <see langword="null"/>.</param>
    /// <returns>The reference mean in yuan, or <see langword="null"/> when none is published.</returns>
    public decimal? ReferenceCost(DipGroup group, string? grade) => ReferenceCost((group ?? throw new ArgumentNullException(nameof(group))).Index, GradeIndex(grade));

    /// <summary>
    /// The reference mean cost the deviation ratio of a case in <paramref name="subtype"/> is measured against, by
    /// <see cref="DipParameters.DeviationReference"/>: with <see cref="DipDeviationReference.Subtype"/> (default) the subtype's own
    /// <see cref="DipAuxiliaryEntry.AverageCost"/> when the catalogue has one, else <see cref="ReferenceCost(DipGroup, string?)"/> × the subtype
    /// coefficient; with <see cref="DipDeviationReference.Group"/>, or with no subtype, the group's reference.
    /// </summary>
    /// <param name="group">The group.</param>
    /// <param name="grade">The hospital grade, or <see langword="null"/>.</param>
    /// <param name="subtype">The auxiliary entry the case falls in, or <see langword="null"/>.</param>
    /// <returns>The reference mean in yuan (not rounded), or <see langword="null"/> when none is published.</returns>
    public decimal? ReferenceCost(DipGroup group, string? grade, DipAuxiliaryEntry? subtype) =>
        ReferenceCost((group ?? throw new ArgumentNullException(nameof(group))).Index, GradeIndex(grade), subtype);

    /// <summary>Whether the catalogue knows a hospital grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns><see langword="true"/> when the catalogue has a coefficient or cost row for it.</returns>
    public bool HasGrade(string? grade) => GradeIndex(grade) >= 0;

    internal int GradeIndex(string? grade) => grade is not null && Grades.TryGetValue(grade, out var index) ? index : -1;

    internal decimal Coefficient(int group, int grade)
    {
        if (Groups[group].Kind == DipGroupKind.Basic) return BasicCoefficient[group];
        if (grade < 0) return 1m;
        return GradeGroupCoefficient[grade][group] ?? GradeDefault[grade] ?? 1m;
    }

    internal decimal? ReferenceCost(int group, int grade) => (grade >= 0 ? GradeGroupCost[grade][group] : null) ?? Groups[group].AverageCost;

    internal decimal? ReferenceCost(int group, int grade, DipAuxiliaryEntry? subtype)
    {
        if (subtype is null || Parameters.DeviationReference == DipDeviationReference.Group) return ReferenceCost(group, grade);
        try
        {
            return subtype.AverageCost ?? ReferenceCost(group, grade) * subtype.Coefficient;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue; // only a pack with a mean near 7.9 × 10^28 yuan gets here
        }
    }

    /// <summary>
    /// THE seam for input codes: every diagnosis and procedure code of a case goes through here before look-up. It applies the text
    /// rules of the code layer (<see cref="Coding.CodeText.Canonicalize(string?)"/>: trim, full-width and Chinese punctuation, a pasted
    /// name or stray punctuation removed, inner spaces, case, the missing dot; docs/coding.md); look-ups in <see cref="Codes"/> then
    /// ignore ASCII case. The DIP catalogue has no full dictionary, so dictionary rules (trailing zeros, version maps) do not apply here.
    /// </summary>
    internal static string ResolveInputCode(string? input) => Coding.CodeText.Canonicalize(input);

    private static int[] BuildSlotRank(DipParameters parameters)
    {
        var rank = new int[12];
        for (var i = 0; i < rank.Length; i++) rank[i] = int.MaxValue;
        var order = parameters.ChoiceOrder.IsDefault ? DipParameters.DefaultChoiceOrder : parameters.ChoiceOrder;
        for (var i = order.Length - 1; i >= 0; i--) rank[((int)order[i].Kind * 4) + (int)order[i].Treatment] = i;
        return rank;
    }
}
