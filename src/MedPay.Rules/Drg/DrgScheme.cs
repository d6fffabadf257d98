using System.Collections.Immutable;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;
using MedPay.Rules.Drg.Workbooks;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Drg;

/// <summary>
/// A loaded and compiled CHS-DRG grouping scheme (分组方案): MDCs, ADRGs and DRGs with their conditions compiled once, code
/// tables as bit sets over interned code ids, the CC/MCC list with its exclusion tables, and the code dictionaries.
/// Immutable and thread-safe; build one per rule pack and share it. Group cases with <see cref="CreateGrouper"/>.
/// </summary>
public sealed class DrgScheme
{
    /// <summary>The format name that <c>scheme.json</c> gives for the interchange layout this loader reads.</summary>
    public const string FormatName = "drg-scheme-tables/1";

    /// <summary>The format name of a workbook pack: the official NHSA configuration workbook (nhsa-drg-workbook.md), alone or in a folder.</summary>
    public const string WorkbookFormatName = "nhsa-drg-workbook/1";

    /// <summary>The id of the default embedded pack (a CHS-DRG 2.0 excerpt for demonstration and testing).</summary>
    public const string DefaultEmbeddedPackId = "chs-drg-2.0-excerpt";

    private readonly Dictionary<string, MdcDefinition> _mdcs;
    private readonly Dictionary<string, AdrgDefinition> _adrgs;
    private readonly Dictionary<string, DrgDefinition> _drgs;
    private readonly Lazy<CodeMap> _diagnosisMap;
    private readonly Lazy<CodeMap> _procedureMap;

    internal DrgScheme(RulePack pack, RulePackManifest manifest, ImmutableArray<MdcDefinition> mdcs, ImmutableArray<AdrgDefinition> adrgs, ImmutableArray<DrgDefinition> drgs,
        CodeDictionary diagnoses, CodeDictionary procedures, ImmutableArray<string> tableNames, ImmutableArray<Issue> issues,
        CodeSpace codes, CompiledMdc[] compiled, ComplicationIndex complications, ImmutableArray<CodeTable> tables,
        Lazy<CodeMap> diagnosisMap, Lazy<CodeMap> procedureMap, UnknownCodePolicy unknownCodePolicy, CodeEntry?[]? restricted)
    {
        Restricted = restricted;
        _diagnosisMap = diagnosisMap;
        _procedureMap = procedureMap;
        UnknownCodePolicy = unknownCodePolicy;
        Identity = new RulePackIdentity(pack.Id, manifest.Name, pack.Version, pack.ContentHash);
        Manifest = manifest;
        Mdcs = mdcs;
        Adrgs = adrgs;
        Drgs = drgs;
        Diagnoses = diagnoses;
        Procedures = procedures;
        TableNames = tableNames;
        Issues = issues;
        Codes = codes;
        Compiled = compiled;
        Complications = complications;
        Tables = tables;
        Candidates = CandidateIndex.Build(compiled, codes.Count);
        // Plain dictionaries, only read after this: a frozen dictionary's analysis of ~1,000 keys costs more when a process starts
        // than it can save on the few look-ups a run makes.
        _mdcs = new Dictionary<string, MdcDefinition>(mdcs.Length, StringComparer.Ordinal);
        foreach (var mdc in mdcs)
        {
            if (!_mdcs.ContainsKey(mdc.Code)) _mdcs.Add(mdc.Code, mdc);
        }

        _adrgs = new Dictionary<string, AdrgDefinition>(adrgs.Length, StringComparer.Ordinal);
        foreach (var adrg in adrgs) _adrgs.Add(adrg.Code, adrg);
        _drgs = new Dictionary<string, DrgDefinition>(drgs.Length, StringComparer.Ordinal);
        foreach (var drg in drgs) _drgs.Add(drg.Code, drg);
    }

    /// <summary>The pack the scheme was loaded from: id, version, content hash.</summary>
    public RulePackIdentity Identity { get; }

    /// <summary>The pack's manifest (name, source, notes, settings).</summary>
    public RulePackManifest Manifest { get; }

    /// <summary>The MDC rows in seq order.</summary>
    public ImmutableArray<MdcDefinition> Mdcs { get; }

    /// <summary>The ADRGs in the order of their first row.</summary>
    public ImmutableArray<AdrgDefinition> Adrgs { get; }

    /// <summary>The DRGs in file order.</summary>
    public ImmutableArray<DrgDefinition> Drgs { get; }

    /// <summary>The diagnosis dictionary (ICD-10, insurance version).</summary>
    public CodeDictionary Diagnoses { get; }

    /// <summary>The procedure dictionary (ICD-9-CM-3, insurance version).</summary>
    public CodeDictionary Procedures { get; }

    /// <summary>
    /// The diagnosis version map (<c>diagnosis_map*.csv</c>); empty when the pack brings none. Applied when
    /// <see cref="DrgGroupingOptions.ApplyVersionMaps"/> is set. Read on first use; its problems are in <see cref="CodeMap.Issues"/>.
    /// </summary>
    public CodeMap DiagnosisMap => _diagnosisMap.Value;

    /// <summary>The procedure version map (<c>procedure_map*.csv</c>); empty when the pack brings none. Read on first use.</summary>
    public CodeMap ProcedureMap => _procedureMap.Value;

    /// <summary>The pack's unknown-code policy (<c>scheme.json</c> option <c>unknown_code_policy</c>; <see cref="UnknownCodePolicy.Reject"/> when not set).</summary>
    public UnknownCodePolicy UnknownCodePolicy { get; }

    /// <summary>The dictionary of a code kind.</summary>
    /// <param name="kind">Diagnosis or procedure.</param>
    public CodeDictionary Dictionary(CodeKind kind) => kind == CodeKind.Diagnosis ? Diagnoses : Procedures;

    /// <summary>The version map of a code kind.</summary>
    /// <param name="kind">Diagnosis or procedure.</param>
    public CodeMap Map(CodeKind kind) => kind == CodeKind.Diagnosis ? DiagnosisMap : ProcedureMap;

    /// <summary>The names of the code tables of <c>tables.csv</c>.</summary>
    public ImmutableArray<string> TableNames { get; }

    /// <summary>Warnings found while loading (errors make loading fail).</summary>
    public ImmutableArray<Issue> Issues { get; }

    internal CodeSpace Codes { get; }

    /// <summary>Dictionary entries with sex, age or not-main restrictions by code id; <see langword="null"/> when the dictionaries have none.</summary>
    internal CodeEntry?[]? Restricted { get; }

    internal CompiledMdc[] Compiled { get; }

    internal ComplicationIndex Complications { get; }

    internal ImmutableArray<CodeTable> Tables { get; }

    internal CandidateIndex Candidates { get; }

    /// <summary>The version-map files of the pack (name and bytes), as the pack brought them; written out again by <see cref="DrgSchemeExport"/>.</summary>
    internal ImmutableArray<KeyValuePair<string, ReadOnlyMemory<byte>>> MapFiles { get; init; } = ImmutableArray<KeyValuePair<string, ReadOnlyMemory<byte>>>.Empty;

    /// <summary>Finds an MDC by code.</summary>
    /// <param name="code">The MDC code, e.g. <c>MDCH</c>.</param>
    public MdcDefinition? FindMdc(string code) => code is not null && _mdcs.TryGetValue(code, out var mdc) ? mdc : null;

    /// <summary>Finds an ADRG by code.</summary>
    /// <param name="code">The ADRG code, e.g. <c>HC2</c>.</param>
    public AdrgDefinition? FindAdrg(string code) => code is not null && _adrgs.TryGetValue(code, out var adrg) ? adrg : null;

    /// <summary>Finds a DRG by code.</summary>
    /// <param name="code">The DRG code, e.g. <c>HC25</c>.</param>
    public DrgDefinition? FindDrg(string code) => code is not null && _drgs.TryGetValue(code, out var drg) ? drg : null;

    /// <summary>Creates a grouper over this scheme.</summary>
    /// <param name="options">Grouping options; the defaults when <see langword="null"/>.</param>
    /// <returns>The grouper (immutable, thread-safe).</returns>
    public DrgGrouper CreateGrouper(DrgGroupingOptions? options = null) => new(this, options);

    /// <summary>Loads and compiles a scheme, collecting every problem instead of throwing.</summary>
    /// <param name="pack">The rule pack in the layout of drg-scheme-tables.md. A workbook pack needs the overload with a reader.</param>
    /// <returns>The scheme when there are no errors, and every issue found.</returns>
    public static DrgSchemeLoadResult TryLoad(RulePack pack) => TryLoad(pack, null);

    /// <summary>
    /// Loads and compiles a scheme from a folder pack (drg-scheme-tables.md) or a workbook pack (the official NHSA configuration
    /// workbook, nhsa-drg-workbook.md: an <c>.xlsx</c> alone or in a folder with optional dictionaries, maps, manifest and
    /// amendments), collecting every problem instead of throwing. Both give the same compiled scheme; a workbook's result carries an
    /// import report (<see cref="DrgSchemeLoadResult.ImportReport"/>).
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="workbookReader">Reads <c>.xlsx</c> files (the <c>MedPay.Rules.Workbooks</c> package has one); needed for workbook packs only.</param>
    /// <param name="limits">Bounds on the workbook's sizes; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The scheme when there are no errors, every issue found, and for a workbook the import report.</returns>
    public static DrgSchemeLoadResult TryLoad(RulePack pack, IWorkbookReader? workbookReader, WorkbookReadLimits? limits = null)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        if (!pack.IsWorkbookPack) return DrgSchemeLoader.Load(pack);
        if (workbookReader is not null) return DrgWorkbookLoader.Load(pack, workbookReader, limits);
        var file = pack.WorkbookFiles.FirstOrDefault() ?? "*.xlsx";
        return new DrgSchemeLoadResult(null, ImmutableArray.Create(WorkbookIssues.ReaderMissing.Create(value: pack.Origin, location: new SourceLocation(file), args: new object[] { pack.Id, file })));
    }

    /// <summary>
    /// Opens (<see cref="RulePack.Open(string)"/>: a folder, an <c>.xlsx</c> workbook, a zip or an embedded id) and loads a scheme without
    /// throwing: a path that cannot be read gives its issue like a pack with errors does.
    /// </summary>
    /// <param name="folderZipWorkbookOrEmbeddedId">Where the scheme is.</param>
    /// <param name="workbookReader">Reads <c>.xlsx</c> files; needed for workbook packs only.</param>
    /// <param name="limits">Bounds on the workbook's sizes; <see cref="WorkbookReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The scheme or none, every issue, and for a workbook the import report.</returns>
    public static DrgSchemeLoadResult TryLoad(string folderZipWorkbookOrEmbeddedId, IWorkbookReader? workbookReader, WorkbookReadLimits? limits = null)
    {
        if (folderZipWorkbookOrEmbeddedId is null) throw new ArgumentNullException(nameof(folderZipWorkbookOrEmbeddedId));
        RulePack pack;
        try
        {
            pack = RulePack.Open(folderZipWorkbookOrEmbeddedId);
        }
        catch (RulePackException e)
        {
            return new DrgSchemeLoadResult(null, e.Issues);
        }

        return TryLoad(pack, workbookReader, limits);
    }

    /// <summary>Loads and compiles a scheme.</summary>
    /// <param name="pack">The rule pack in the layout of drg-scheme-tables.md.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="RulePackException">The pack has errors; the exception lists them all.</exception>
    public static DrgScheme Load(RulePack pack) => Load(pack, null);

    /// <summary>Loads and compiles a scheme from a folder or workbook pack (see <see cref="TryLoad(RulePack, IWorkbookReader?, WorkbookReadLimits?)"/>).</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="workbookReader">Reads <c>.xlsx</c> files; needed for workbook packs only.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="RulePackException">The pack has errors; the exception lists them all.</exception>
    public static DrgScheme Load(RulePack pack, IWorkbookReader? workbookReader)
    {
        var result = TryLoad(pack, workbookReader);
        return result.Scheme ?? throw new RulePackException(pack.Id, result.Issues);
    }

    /// <summary>Loads a scheme from a folder, a zip file or an embedded pack id (see <see cref="RulePack.Open(string)"/>).</summary>
    /// <param name="folderZipOrEmbeddedId">Where the scheme is.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="RulePackException">The pack cannot be read or has errors.</exception>
    public static DrgScheme Load(string folderZipOrEmbeddedId) => Load(RulePack.Open(folderZipOrEmbeddedId));

    /// <summary>Loads the default embedded scheme (<see cref="DefaultEmbeddedPackId"/>).</summary>
    /// <returns>The scheme.</returns>
    public static DrgScheme LoadDefault() => Load(RulePack.Embedded(DefaultEmbeddedPackId));

    /// <inheritdoc />
    public override string ToString() => $"{Manifest.Name} ({Identity}): {Mdcs.Length} MDC, {Adrgs.Length} ADRG, {Drgs.Length} DRG";
}
