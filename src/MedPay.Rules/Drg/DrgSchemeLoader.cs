using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;
using MedPay.Rules.Drg.Loading;
using MedPay.Rules.RulePacks;
using static MedPay.Rules.Drg.Loading.SchemeInput;

namespace MedPay.Rules.Drg;

/// <summary>
/// Validates and compiles a scheme from the tables a front end delivers (<see cref="SchemeInput"/>): the folder layout
/// (drg-scheme-tables.md, read here) or the official workbook (nhsa-drg-workbook.md, read by <c>DrgWorkbookLoader</c>). Every
/// problem becomes an issue with file (or sheet), row and column; loading never stops at the first error, so one run lists them all.
/// </summary>
internal sealed class DrgSchemeLoader : IConditionBinder
{
    private const string DiagnosesFile = "diagnoses.csv";
    private const string ProceduresFile = "procedures.csv";

    /// <summary>The optional dictionary columns (docs/coding.md): sex, age_min, age_max, not_main, or.</summary>
    private static readonly string[] DictionaryColumns = { "code", "name", "sex", "age_min", "age_max", "not_main", "or" };

    /// <summary>The tables of the folder layout (drg-scheme-tables.md) and their columns, in the order the loader reports them.</summary>
    private static readonly (string File, string[] Columns)[] FolderTables =
    {
        ("mdc.csv", new[] { "seq", "mdc", "name", "condition" }),
        ("adrg.csv", new[] { "mdc", "seq", "adrg", "name", "kind", "condition" }),
        ("drg.csv", new[] { "adrg", "seq", "drg", "name", "condition", "?mdc" }),
        ("tables.csv", new[] { "table", "code", "tag", "?name" }),
        ("cc.csv", new[] { "code", "level", "exclusion_group" }),
        ("cc_exclusions.csv", new[] { "exclusion_group", "main_dx" }),
        (DiagnosesFile, OptionalAttributes(DictionaryColumns)),
        (ProceduresFile, OptionalAttributes(DictionaryColumns)),
    };

    private readonly RulePack _pack;
    private readonly SchemeInput _input;
    private readonly ImmutableArray<Issue>.Builder _issues;
    private readonly CodeSpace.Builder _codes = new();
    private readonly Dictionary<string, CodeTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodeTable> _derivedTables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tableNames = new(StringComparer.Ordinal); // code-set member names (workbook ICD名称)
    private readonly HashSet<string> _warnedCodes = new(StringComparer.Ordinal);
    private int _droppedIssues;
    private bool _droppedError;
    private SchemeTable _conditionTable;
    private int _conditionRow;
    private int _conditionRole;

    private DrgSchemeLoader(RulePack pack, SchemeInput input, ImmutableArray<Issue>.Builder issues)
    {
        _pack = pack;
        _input = input;
        _issues = issues;
        _conditionTable = input.Mdcs;
    }

    /// <summary>Loads a folder pack in the drg-scheme-tables layout.</summary>
    public static DrgSchemeLoadResult Load(RulePack pack)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        issues.AddRange(pack.Issues);
        var format = pack.Manifest.Format;
        if (format.Length > 0 && !format.StartsWith("drg-scheme-tables/", StringComparison.Ordinal))
        {
            issues.Add(RulePackIssues.UnknownFormat.Create(field: "format", value: format, location: new SourceLocation("scheme.json"), args: new object[] { format, DrgScheme.FormatName }));
        }

        var tables = ReadTables(pack, issues);
        if (Array.IndexOf(tables, null) >= 0) return new DrgSchemeLoadResult(null, issues.ToImmutable());
        var (mdc, adrg, drg, sets, cc, exclusions, diagnoses, procedures) = (tables[0]!, tables[1]!, tables[2]!, tables[3]!, tables[4]!, tables[5]!, tables[6]!, tables[7]!);

        return Assemble(pack, new SchemeInput(mdc, adrg, drg, sets, cc, exclusions, diagnoses, procedures, ConditionParser.Language), issues);
    }

    /// <summary>
    /// Parses the eight tables of a folder pack (<see cref="FolderTables"/>) on the cores there are, largest file first, and adds
    /// their issues in the order of the list, as one table after the other would; a missing or unusable table is null.
    /// </summary>
    private static CsvSchemeTable?[] ReadTables(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var count = FolderTables.Length;
        var tables = new CsvSchemeTable?[count];
        var found = new ImmutableArray<Issue>.Builder[count];
        var order = new int[count];
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
        {
            sizes[i] = pack.Contains(FolderTables[i].File) ? pack.ReadBytes(FolderTables[i].File)!.Value.Length : 0;
            var k = i; // insertion sort, largest first: eight items
            while (k > 0 && sizes[order[k - 1]] < sizes[i])
            {
                order[k] = order[k - 1];
                k--;
            }

            order[k] = i;
        }

        ParallelWork.Run(count, k =>
        {
            var i = order[k];
            found[i] = ImmutableArray.CreateBuilder<Issue>();
            tables[i] = ReadCsv(pack, found[i], FolderTables[i].File, required: true, FolderTables[i].Columns);
        });
        foreach (var list in found) issues.AddRange(list);
        return tables;
    }

    /// <summary>The dictionary columns with all but code and name optional.</summary>
    private static string[] OptionalAttributes(string[] columns)
    {
        var result = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++) result[i] = i < 2 ? columns[i] : "?" + columns[i];
        return result;
    }

    /// <summary>Validates and compiles the tables of any front end; <paramref name="issues"/> holds what the front end found so far.</summary>
    public static DrgSchemeLoadResult Assemble(RulePack pack, SchemeInput input, ImmutableArray<Issue>.Builder issues) =>
        new DrgSchemeLoader(pack, input, issues).Run();

    /// <summary>Reads a CSV file of a pack as a table of roles; a column name starting with <c>?</c> is optional.</summary>
    public static CsvSchemeTable? ReadCsv(RulePack pack, ImmutableArray<Issue>.Builder issues, string file, bool required, params string[] columns)
    {
        if (!pack.Contains(file) || pack.ReadBytes(file) is not { } bytes)
        {
            if (required) issues.Add(RulePackIssues.MissingFile.Create(location: new SourceLocation(file), args: file));
            return null;
        }

        var csv = CsvDocument.ParseUtf8(bytes, file);
        issues.AddRange(csv.Issues);
        var indexes = new int[columns.Length];
        var ok = true;
        for (var i = 0; i < columns.Length; i++)
        {
            var optional = columns[i].StartsWith("?", StringComparison.Ordinal);
            var name = optional ? columns[i].Substring(1) : columns[i];
            indexes[i] = csv.ColumnIndex(name);
            if (indexes[i] < 0 && !optional)
            {
                issues.Add(RulePackIssues.MissingColumn.Create(field: name, location: new SourceLocation(file, 1), args: name));
                ok = false;
            }
        }

        return ok ? new CsvSchemeTable(file, csv, indexes) : null;
    }

    /// <summary>Reads a dictionary CSV (code, name and the optional attribute columns of docs/coding.md).</summary>
    public static CsvSchemeTable? ReadDictionaryCsv(RulePack pack, ImmutableArray<Issue>.Builder issues, string file, bool required) =>
        ReadCsv(pack, issues, file, required, OptionalAttributes(DictionaryColumns));

    private DrgSchemeLoadResult Fail() => new(null, FinishIssues());

    /// <summary>
    /// Collects an issue, up to <see cref="RulePackReadLimits.MaxIssues"/> of the pack's limits: past it the rest are counted, not kept
    /// (a huge table of unknown codes would otherwise exhaust memory), and <see cref="FinishIssues"/> adds one <c>PACK_TOO_MANY_ISSUES</c>.
    /// </summary>
    private void Report(Issue issue)
    {
        if (_issues.Count < _pack.Limits.MaxIssues)
        {
            _issues.Add(issue);
            return;
        }

        _droppedIssues++;
        _droppedError |= issue.Severity == IssueSeverity.Error;
    }

    /// <summary>The issues collected, with the count of those left out (an error when an error was left out, else a warning).</summary>
    private ImmutableArray<Issue> FinishIssues()
    {
        if (_droppedIssues > 0)
        {
            var cap = RulePackIssues.TooManyIssues.Create(args: new object[] { _pack.Limits.MaxIssues, _droppedIssues });
            _issues.Add(new Issue(cap.Code, _droppedError ? IssueSeverity.Error : IssueSeverity.Warning, cap.Message, cap.Field, cap.Value, cap.Location));
            _droppedIssues = 0;
        }

        return _issues.ToImmutable();
    }

    private bool HasErrors => _droppedError || _issues.Any(i => i.Severity == IssueSeverity.Error);

    private DrgSchemeLoadResult Run()
    {
        var diagnoses = _input.Diagnoses is { } dx ? ReadDictionary(dx, CodeKind.Diagnosis, CodeSpace.InDiagnosisDictionary) : ImmutableArray<CodeEntry>.Empty;
        var procedures = _input.Procedures is { } pr ? ReadDictionary(pr, CodeKind.Procedure, CodeSpace.InProcedureDictionary) : ImmutableArray<CodeEntry>.Empty;
        CodeSpace? built = null;
        var diagnosisMap = LazyMap(CodeKind.Diagnosis, "diagnosis_map", () => built!);
        var procedureMap = LazyMap(CodeKind.Procedure, "procedure_map", () => built!);
        var policy = ReadPolicy();
        ReadTables(_input.Tables);
        var complications = ReadComplications(_input.Cc, _input.Exclusions, out var ccCodes);

        var mdcs = ReadMdcs(_input.Mdcs, out var mdcConditions);
        var adrgs = ReadAdrgs(_input.Adrgs, mdcs, out var adrgRules);
        var drgs = ReadDrgs(_input.Drgs, adrgs, out var drgRows, out var drgsByAdrg);

        if (_input.WithoutDictionaries)
        {
            var conditions = new List<Condition>(mdcConditions.Values);
            foreach (var rule in adrgRules) conditions.Add(rule.Condition);
            foreach (var row in drgRows) conditions.Add(row.Condition);
            if (_input.Diagnoses is null) diagnoses = KnownCodesFromTables(conditions, ccCodes, CodeKind.Diagnosis);
            if (_input.Procedures is null) procedures = KnownCodesFromTables(conditions, ccCodes, CodeKind.Procedure);
        }

        if (HasErrors) return Fail();

        // Assemble the compiled tree: MDC rows in order, each with its ADRG rows in order, each with the ADRG's DRGs in order. The order is
        // seq, then the row's position in its file; a row the front end moved to the end of its scope (a workbook fallback) comes last.
        // (Plain loops and stable sorts of reference types: LINQ over tuples costs a compilation per instantiation when a process starts.)
        var compiledDrgs = new Dictionary<string, CompiledDrg[]>(drgsByAdrg.Count, StringComparer.Ordinal);
        foreach (var pair in drgsByAdrg)
        {
            var rows = new CompiledDrg[pair.Value.Count];
            for (var i = 0; i < rows.Length; i++) rows[i] = pair.Value[i].Compiled;
            compiledDrgs.Add(pair.Key, rows);
        }

        var orderedRules = new List<RuleRow>(adrgRules);
        orderedRules.Sort(static (a, b) => a.Last != b.Last ? (a.Last ? 1 : -1)
            : a.Row.Seq != b.Row.Seq ? a.Row.Seq.CompareTo(b.Row.Seq) : a.Row.Line != b.Row.Line ? a.Row.Line.CompareTo(b.Row.Line) : a.Order.CompareTo(b.Order));
        var rulesOfAdrg = new Dictionary<AdrgDefinition, List<RuleRow>>();
        for (var i = 0; i < orderedRules.Count; i++) orderedRules[i].Rank = i;
        foreach (var rule in orderedRules)
        {
            if (!rulesOfAdrg.TryGetValue(rule.Adrg, out var list)) rulesOfAdrg.Add(rule.Adrg, list = new List<RuleRow>());
            list.Add(rule);
        }

        foreach (var adrg in adrgs.Values)
        {
            var drgBuilder = ImmutableArray.CreateBuilder<DrgDefinition>();
            if (compiledDrgs.TryGetValue(adrg.Code, out var rows))
            {
                foreach (var row in rows) drgBuilder.Add(row.Definition);
            }

            adrg.Drgs = drgBuilder.ToImmutable();
            var rules = rulesOfAdrg.TryGetValue(adrg, out var ofAdrg) ? new List<RuleRow>(ofAdrg) : new List<RuleRow>();
            // By MDC code; rows of one MDC keep their order (a stable sort: the rank in the ordered list breaks ties).
            rules.Sort(static (a, b) => string.CompareOrdinal(a.Row.Mdc, b.Row.Mdc) is var byMdc && byMdc != 0 ? byMdc : a.Rank.CompareTo(b.Rank));
            var ruleBuilder = ImmutableArray.CreateBuilder<AdrgRule>(rules.Count);
            foreach (var rule in rules) ruleBuilder.Add(rule.Row);
            adrg.Rules = ruleBuilder.MoveToImmutable();
        }

        var mdcOrder = new List<MdcRow>(mdcs);
        mdcOrder.Sort(static (a, b) => a.Definition.Seq != b.Definition.Seq ? a.Definition.Seq.CompareTo(b.Definition.Seq)
            : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Order.CompareTo(b.Order));
        var orderedMdcs = ImmutableArray.CreateBuilder<MdcDefinition>(mdcOrder.Count);
        foreach (var mdc in mdcOrder) orderedMdcs.Add(mdc.Definition);
        var rulesOfMdc = new Dictionary<string, List<CompiledAdrgRule>>(StringComparer.Ordinal);
        foreach (var rule in orderedRules)
        {
            if (!rulesOfMdc.TryGetValue(rule.Row.Mdc, out var list)) rulesOfMdc.Add(rule.Row.Mdc, list = new List<CompiledAdrgRule>());
            list.Add(new CompiledAdrgRule(rule.Row, rule.Adrg, rule.Condition, compiledDrgs.TryGetValue(rule.Adrg.Code, out var rows) ? rows : Array.Empty<CompiledDrg>()));
        }

        var compiled = new CompiledMdc[mdcOrder.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            var mdc = mdcOrder[i].Definition;
            compiled[i] = new CompiledMdc(mdc, mdcConditions[mdc.Code], rulesOfMdc.TryGetValue(mdc.Code, out var rules) ? rules.ToArray() : Array.Empty<CompiledAdrgRule>());
        }

        var orderedAdrgs = ImmutableArray.CreateBuilder<AdrgDefinition>(rulesOfAdrg.Count);
        var seenAdrgs = new HashSet<AdrgDefinition>();
        foreach (var rule in orderedRules)
        {
            if (seenAdrgs.Add(rule.Adrg)) orderedAdrgs.Add(rule.Adrg);
        }

        var space = built = _codes.Build();
        CodeEntry?[]? restricted = null;
        foreach (var entry in diagnoses)
        {
            if (entry.HasRestrictions) (restricted ??= new CodeEntry?[space.Count])[entry.Id] = entry;
        }

        foreach (var entry in procedures)
        {
            if (entry.HasRestrictions) (restricted ??= new CodeEntry?[space.Count])[entry.Id] = entry;
        }

        var tableNames = new List<string>(_tables.Keys);
        tableNames.Sort(StringComparer.Ordinal);
        var tables = ImmutableArray.CreateBuilder<CodeTable>(tableNames.Count);
        foreach (var name in tableNames) tables.Add(_tables[name]);
        var scheme = new DrgScheme(_pack, _input.Manifest ?? _pack.Manifest, orderedMdcs.MoveToImmutable(), orderedAdrgs.ToImmutable(), drgs.ToImmutableArray(),
            new CodeDictionary(CodeKind.Diagnosis, diagnoses), new CodeDictionary(CodeKind.Procedure, procedures),
            ImmutableArray.CreateRange(tableNames), FinishIssues(), space, compiled, complications, tables.MoveToImmutable(), diagnosisMap, procedureMap, policy, restricted)
        {
            MapFiles = MapFiles(),
        };
        return new DrgSchemeLoadResult(scheme, FinishIssues());
    }

    private ImmutableArray<CodeEntry> ReadDictionary(SchemeTable doc, CodeKind kind, byte flag)
    {
        var entries = ImmutableArray.CreateBuilder<CodeEntry>(doc.Count);
        _codes.Reserve(doc.Count);
        for (var row = 0; row < doc.Count; row++)
        {
            var code = doc.Get(row, DictCode);
            if (code.Length == 0)
            {
                if (!RowIsEmpty(doc, row, DictName)) Report(RulePackIssues.EmptyValue.Create(field: doc.RoleName(DictCode), location: doc.At(row, DictCode), args: doc.RoleName(DictCode)));
                continue;
            }

            // A code this dictionary already holds (the code space remembers which dictionary each code came from).
            if (_codes.Find(code) is var existing && existing >= 0 && _codes.HasFlag(existing, flag))
            {
                Report(RulePackIssues.DuplicateDictionaryCode.Create(field: doc.RoleName(DictCode), value: code, location: doc.At(row, DictCode), args: code));
                continue;
            }

            entries.Add(new CodeEntry(code, doc.Get(row, DictName), kind, _codes.Add(code, flag), ReadAttributes(doc, row)));
        }

        return entries.ToImmutable();
    }

    private CodeEntryAttributes? ReadAttributes(SchemeTable doc, int row)
    {
        if (!doc.Has(DictSex) && !doc.Has(DictAgeMin) && !doc.Has(DictAgeMax) && !doc.Has(DictNotMain) && !doc.Has(DictOr)) return null;
        string Text(int role) => doc.Get(row, role).Trim();
        var sex = Text(DictSex).ToUpperInvariant() switch
        {
            "" => SexRestriction.None,
            "M" or "1" or "男" => SexRestriction.Male,
            "F" or "2" or "女" => SexRestriction.Female,
            _ => (SexRestriction?)null,
        };
        if (sex is null) Report(RulePackIssues.NotAllowed.Create(field: "sex", value: Text(DictSex), location: doc.At(row, DictSex), args: new object[] { "sex", Text(DictSex), "M, F" }));
        int? Age(int role)
        {
            if (Text(role).Length == 0) return null;
            if (int.TryParse(Text(role), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 150) return value;
            Report(RulePackIssues.NotANumber.Create(field: doc.RoleName(role), value: Text(role), location: doc.At(row, role), args: new object[] { doc.RoleName(role), Text(role) }));
            return null;
        }

        bool Flag(int role)
        {
            switch (Text(role).ToLowerInvariant())
            {
                case "": case "0": case "false": case "n": case "否": return false;
                case "1": case "true": case "y": case "是": return true;
                default:
                    Report(RulePackIssues.NotAllowed.Create(field: doc.RoleName(role), value: Text(role), location: doc.At(row, role), args: new object[] { doc.RoleName(role), Text(role), "1, 0" }));
                    return false;
            }
        }

        return new CodeEntryAttributes
        {
            Sex = sex ?? SexRestriction.None, MinAgeYears = Age(DictAgeMin), MaxAgeYears = Age(DictAgeMax), NotMainDiagnosis = Flag(DictNotMain), IsOperatingRoom = Flag(DictOr),
        };
    }

    /// <summary>
    /// The version map of every <c>{prefix}*.csv</c> of the pack (ordinal file-name order), read on first use: mapping is opt-in per
    /// call, so loading a scheme does not pay for parsing ~49,000 map rows. Only the map files' bytes are kept.
    /// </summary>
    private Lazy<CodeMap> LazyMap(CodeKind kind, string prefix, Func<CodeSpace> space)
    {
        var files = MapFiles(prefix, null).ToArray();
        if (files.Length == 0) return new Lazy<CodeMap>(() => CodeMap.Empty(kind));
        return new Lazy<CodeMap>(() => CodeMap.Read(kind, files, code => space().Find(code.AsSpan()) is var id && id >= 0 && space().InDictionary(id, kind)));
    }

    private ImmutableArray<KeyValuePair<string, ReadOnlyMemory<byte>>> MapFiles() => MapFiles("diagnosis_map", "procedure_map").ToImmutable();

    /// <summary>The <c>{prefix}*.csv</c> files of the pack with their bytes, in ordinal name order (the pack's file names are in that order already).</summary>
    private ImmutableArray<KeyValuePair<string, ReadOnlyMemory<byte>>>.Builder MapFiles(string prefix, string? otherPrefix)
    {
        var files = ImmutableArray.CreateBuilder<KeyValuePair<string, ReadOnlyMemory<byte>>>();
        foreach (var name in _pack.FileNames)
        {
            var match = name.StartsWith(prefix, StringComparison.Ordinal) || (otherPrefix is not null && name.StartsWith(otherPrefix, StringComparison.Ordinal));
            if (match && name.EndsWith(".csv", StringComparison.Ordinal)) files.Add(new KeyValuePair<string, ReadOnlyMemory<byte>>(name, _pack.ReadBytes(name)!.Value));
        }

        return files;
    }

    private UnknownCodePolicy ReadPolicy()
    {
        var text = _pack.Manifest.GetProperty(UnknownCodePolicies.PropertyName);
        if (text is null) return UnknownCodePolicy.Reject;
        if (UnknownCodePolicies.TryParse(text, out var policy)) return policy;
        var names = string.Join(", ", Enum.GetValues(typeof(UnknownCodePolicy)).Cast<UnknownCodePolicy>().Select(p => p.Name()));
        Report(CodingIssues.PolicyInvalid.Create(field: UnknownCodePolicies.PropertyName, value: text, location: new SourceLocation("scheme.json"), args: new object[] { text, names }));
        return UnknownCodePolicy.Reject;
    }

    /// <summary>Whether every cell of a row is empty apart from the role already found empty (a spacer row: skipped without an issue).</summary>
    private static bool RowIsEmpty(SchemeTable doc, int row, params int[] otherRoles) => otherRoles.All(r => doc.Get(row, r).Length == 0);

    private void ReadTables(SchemeTable doc)
    {
        var rows = new Dictionary<string, TableRows>(StringComparer.Ordinal);
        for (var row = 0; row < doc.Count; row++)
        {
            var table = doc.Get(row, TableName);
            var code = doc.Get(row, TableCode);
            if (table.Length == 0 || code.Length == 0)
            {
                if (table.Length == 0 && code.Length == 0) continue; // a spacer row
                var role = table.Length == 0 ? TableName : TableCode;
                Report(RulePackIssues.EmptyValue.Create(field: doc.RoleName(role), location: doc.At(row, role), args: doc.RoleName(role)));
                continue;
            }

            if (!rows.TryGetValue(table, out var entry))
            {
                entry = new TableRows();
                rows.Add(table, entry);
            }

            var id = InternScheme(code, table, doc, row, TableCode);
            entry.Ids.Add(id);
            if (_input.WithoutDictionaries && doc.Has(TableCodeName) && doc.Get(row, TableCodeName) is { Length: > 0 } name && !_tableNames.ContainsKey(code)) _tableNames.Add(code, name);
            var tag = doc.Get(row, TableTag);
            if (tag.Length > 0)
            {
                var tagIndex = entry.TagNames.IndexOf(tag);
                if (tagIndex < 0)
                {
                    tagIndex = entry.TagNames.Count;
                    entry.TagNames.Add(tag);
                }

                entry.Tags.Add(new KeyValuePair<int, int>(id, tagIndex));
            }
        }

        foreach (var pair in rows)
        {
            _tables.Add(pair.Key, new CodeTable(pair.Key, _codes.Count, pair.Value.Ids, pair.Value.Tags, pair.Value.TagNames.ToImmutableArray()));
        }
    }

    private ComplicationIndex ReadComplications(SchemeTable cc, SchemeTable exclusions, out List<int>? listedCodes)
    {
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        int GroupId(string name)
        {
            if (!groupIds.TryGetValue(name, out var id))
            {
                id = groupNames.Count;
                groupIds.Add(name, id);
                groupNames.Add(name);
            }

            return id;
        }

        // Every row counts on its own (a code may be listed as CC and as MCC, or with two exclusion groups); a row repeated exactly adds
        // nothing. Repeats are rare, so they are looked for among each code's rows once the rows are read, not with a set per row.
        var rows = new List<(int Id, ComplicationLevel Level, int Group)>(cc.Count);
        var sources = new List<int>(cc.Count); // the CC table row of each entry of rows, for the warning at a repeat
        listedCodes = _input.WithoutDictionaries ? new List<int>(cc.Count + exclusions.Count) : null;
        for (var row = 0; row < cc.Count; row++)
        {
            var code = cc.Get(row, CcCode);
            var levelText = cc.Get(row, CcLevel);
            var group = cc.Get(row, CcGroup);
            if (code.Length == 0)
            {
                if (!RowIsEmpty(cc, row, CcLevel, CcGroup)) Report(RulePackIssues.EmptyValue.Create(field: cc.RoleName(CcCode), location: cc.At(row, CcCode), args: cc.RoleName(CcCode)));
                continue;
            }

            ComplicationLevel? level = levelText.ToUpperInvariant() switch
            {
                "MCC" => ComplicationLevel.Mcc,
                "CC" => ComplicationLevel.Cc,
                _ => null,
            };
            if (level is null)
            {
                Report(RulePackIssues.NotAllowed.Create(field: cc.RoleName(CcLevel), value: levelText, location: cc.At(row, CcLevel), args: new object[] { cc.RoleName(CcLevel), levelText, "CC, MCC" }));
                continue;
            }

            var id = InternScheme(code, cc.Name, cc, row, CcCode);
            listedCodes?.Add(id);
            if (_input.WithoutDictionaries && cc.Get(row, CcName) is { Length: > 0 } ccName && !_tableNames.ContainsKey(code)) _tableNames.Add(code, ccName);
            rows.Add((id, level.Value, group.Length == 0 ? -1 : GroupId(group)));
            sources.Add(row);
        }

        var excluded = new Dictionary<int, List<int>>(exclusions.Count / 4);
        var groupsWithMains = new HashSet<int>();
        for (var row = 0; row < exclusions.Count; row++)
        {
            var group = exclusions.Get(row, ExclusionGroup);
            var main = exclusions.Get(row, ExclusionMain);
            if (group.Length == 0 || main.Length == 0)
            {
                if (group.Length == 0 && main.Length == 0) continue; // a spacer row
                var role = group.Length == 0 ? ExclusionGroup : ExclusionMain;
                Report(RulePackIssues.EmptyValue.Create(field: exclusions.RoleName(role), location: exclusions.At(row, role), args: exclusions.RoleName(role)));
                continue;
            }

            var groupId = GroupId(group);
            groupsWithMains.Add(groupId);
            var mainId = InternScheme(main, exclusions.Name, exclusions, row, ExclusionMain);
            listedCodes?.Add(mainId);
            if (_input.WithoutDictionaries && exclusions.Get(row, ExclusionName) is { Length: > 0 } mainName && !_tableNames.ContainsKey(main)) _tableNames.Add(main, mainName);
            if (!excluded.TryGetValue(mainId, out var groups)) excluded.Add(mainId, groups = new List<int>(1));
            if (!groups.Contains(groupId)) groups.Add(groupId);
        }

        var listed = new bool[groupNames.Count]; // the groups the CC rows name, reported in id order
        foreach (var row in rows)
        {
            if (row.Group >= 0) listed[row.Group] = true;
        }

        for (var group = 0; group < listed.Length; group++)
        {
            if (listed[group] && !groupsWithMains.Contains(group))
            {
                Report(RulePackIssues.EmptyExclusionGroup.Create(field: cc.RoleName(CcGroup), value: groupNames[group], location: cc.AtTable(), args: new object[] { groupNames[group], exclusions.Name }));
            }
        }

        var count = _codes.Count;
        var byMain = new int[]?[count];
        foreach (var pair in excluded) byMain[pair.Key] = pair.Value.ToArray();
        var index = new ComplicationIndex(count, rows, byMain, groupNames.ToArray());
        return RemoveRepeatedRows(cc, index, rows, sources) ? new ComplicationIndex(count, rows, byMain, groupNames.ToArray()) : index;
    }

    /// <summary>
    /// Finds the CC rows that repeat an earlier row of the same code exactly (same level and exclusion group), warns at each repeat and
    /// drops it from <paramref name="rows"/>; true when any was dropped (the index is then built again). Only codes the index holds
    /// with more than one row are compared, so the usual scheme costs one pass over the code ids and no extra memory.
    /// </summary>
    private bool RemoveRepeatedRows(SchemeTable cc, ComplicationIndex index, List<(int Id, ComplicationLevel Level, int Group)> rows, List<int> sources)
    {
        List<(int Id, int K)>? repeats = null;
        for (var id = 0; id < _codes.Count; id++)
        {
            var n = index.RowCount(id);
            for (var k = 1; k < n; k++)
            {
                for (var j = 0; j < k; j++)
                {
                    if (index.Level(id, j) != index.Level(id, k) || index.Group(id, j) != index.Group(id, k)) continue;
                    (repeats ??= new List<(int, int)>()).Add((id, k));
                    break;
                }
            }
        }

        if (repeats is null) return false;
        var drop = new List<int>();
        foreach (var (id, k) in repeats)
        {
            // The k-th row of the code in file order is the repeat.
            for (int i = 0, seen = 0; i < rows.Count; i++)
            {
                if (rows[i].Id != id || seen++ != k) continue;
                drop.Add(i);
                var row = sources[i];
                Report(RulePackIssues.DuplicateCc.Create(field: cc.RoleName(CcCode), value: cc.Get(row, CcCode), location: cc.At(row, CcCode), args: new object[] { cc.Get(row, CcCode), cc.Name }));
                break;
            }
        }

        drop.Sort();
        for (var d = drop.Count - 1; d >= 0; d--) rows.RemoveAt(drop[d]);
        return true;
    }

    private List<MdcRow> ReadMdcs(SchemeTable doc, out Dictionary<string, Condition> conditions)
    {
        var mdcs = new List<MdcRow>();
        conditions = new Dictionary<string, Condition>(StringComparer.Ordinal);
        var seqs = new HashSet<int>();
        for (var row = 0; row < doc.Count; row++)
        {
            var code = Required(doc, row, MdcCode);
            if (!TryInt(doc, row, MdcSeq, out var seq) || code is null) continue;
            if (!seqs.Add(seq)) DuplicateSeq(doc, row, MdcSeq, doc.Name, seq);
            if (conditions.ContainsKey(code))
            {
                Report(RulePackIssues.DuplicateCode.Create(field: doc.RoleName(MdcCode), value: code, location: doc.At(row, MdcCode), args: code));
                continue;
            }

            var text = doc.Get(row, MdcCondition);
            conditions.Add(code, Compile(text, doc, row, MdcCondition));
            mdcs.Add(new MdcRow(new MdcDefinition(seq, code, NameOr(doc.Get(row, MdcName), code), text), doc.Line(row), mdcs.Count));
        }

        return mdcs;
    }

    private Dictionary<string, AdrgDefinition> ReadAdrgs(SchemeTable doc, List<MdcRow> mdcs, out List<RuleRow> rules)
    {
        var adrgs = new Dictionary<string, AdrgDefinition>(StringComparer.Ordinal);
        rules = new List<RuleRow>();
        var mdcCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mdc in mdcs) mdcCodes.Add(mdc.Definition.Code);
        var seqs = new HashSet<string>(StringComparer.Ordinal); // scope and seq
        for (var row = 0; row < doc.Count; row++)
        {
            var mdc = Required(doc, row, AdrgMdc);
            var code = Required(doc, row, AdrgCode);
            if (!TryInt(doc, row, AdrgSeq, out var seq) || mdc is null || code is null) continue;
            if (!mdcCodes.Contains(mdc))
            {
                Report(RulePackIssues.UnknownMdc.Create(field: doc.RoleName(AdrgMdc), value: mdc, location: doc.At(row, AdrgMdc), args: new object[] { mdc, _input.Mdcs.Name }));
                continue;
            }

            if (!seqs.Add(ScopedSeq(mdc, seq))) DuplicateSeq(doc, row, AdrgSeq, doc.Name + " (" + mdc + ")", seq);
            var kindText = doc.Get(row, AdrgKindColumn);
            AdrgKind kind;
            switch (kindText.ToLowerInvariant())
            {
                case "surgical": kind = AdrgKind.Surgical; break;
                case "procedure": kind = AdrgKind.Procedure; break;
                case "medical": kind = AdrgKind.Medical; break;
                case "ambiguous": kind = AdrgKind.Ambiguous; break;
                default:
                    Report(RulePackIssues.NotAllowed.Create(field: doc.RoleName(AdrgKindColumn), value: kindText, location: doc.At(row, AdrgKindColumn), args: new object[] { doc.RoleName(AdrgKindColumn), kindText, "surgical, procedure, medical, ambiguous" }));
                    continue;
            }

            var name = NameOr(doc.Get(row, AdrgName), code);
            if (adrgs.TryGetValue(code, out var adrg))
            {
                // drg-scheme-tables.md lets an ADRG have several rows; rows that disagree on name, kind or MDC keep the first row's values.
                if (adrg.Kind != kind || adrg.Mdc != mdc || (doc.Get(row, AdrgName).Length > 0 && adrg.Name != name))
                {
                    Report(RulePackIssues.InconsistentAdrg.Create(field: doc.RoleName(AdrgCode), value: code, location: doc.At(row, AdrgCode), args: code));
                }
            }
            else
            {
                adrg = new AdrgDefinition(code, name, kind, mdc);
                adrgs.Add(code, adrg);
            }

            var text = doc.Get(row, AdrgCondition);
            var condition = Compile(text, doc, row, AdrgCondition);
            rules.Add(new RuleRow(new AdrgRule(mdc, seq, code, text, doc.Line(row)), adrg, condition, doc.TriedLast(row), rules.Count));
        }

        return adrgs;
    }

    private List<DrgDefinition> ReadDrgs(SchemeTable doc, Dictionary<string, AdrgDefinition> adrgs, out List<DrgRow> compiled, out Dictionary<string, List<DrgRow>> byAdrg)
    {
        var drgs = new List<DrgDefinition>();
        compiled = new List<DrgRow>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var seqs = new HashSet<string>(StringComparer.Ordinal); // scope and seq
        for (var row = 0; row < doc.Count; row++)
        {
            var adrg = Required(doc, row, DrgAdrg);
            var code = Required(doc, row, DrgCode);
            if (!TryInt(doc, row, DrgSeq, out var seq) || adrg is null || code is null) continue;
            if (!adrgs.TryGetValue(adrg, out var parent))
            {
                Report(RulePackIssues.UnknownAdrg.Create(field: doc.RoleName(DrgAdrg), value: adrg, location: doc.At(row, DrgAdrg), args: new object[] { adrg, _input.Adrgs.Name }));
                continue;
            }

            // The workbook's DRG sheet also names the MDC; the ADRG decides it, so a different one is reported and the ADRG's MDC kept.
            if (doc.Has(DrgMdc) && doc.Get(row, DrgMdc) is { Length: > 0 } mdc && mdc != parent.Mdc)
            {
                Report(RulePackIssues.DrgMdcMismatch.Create(field: doc.RoleName(DrgMdc), value: mdc, location: doc.At(row, DrgMdc), args: new object[] { code, mdc, adrg, parent.Mdc }));
            }

            if (!seqs.Add(ScopedSeq(adrg, seq))) DuplicateSeq(doc, row, DrgSeq, doc.Name + " (" + adrg + ")", seq);
            if (!codes.Add(code))
            {
                Report(RulePackIssues.DuplicateCode.Create(field: doc.RoleName(DrgCode), value: code, location: doc.At(row, DrgCode), args: code));
                continue;
            }

            var text = doc.Get(row, DrgCondition);
            var definition = new DrgDefinition(adrg, seq, code, NameOr(doc.Get(row, DrgName), code), text, doc.Line(row));
            drgs.Add(definition);
            var condition = Compile(text, doc, row, DrgCondition);
            compiled.Add(new DrgRow(definition, new CompiledDrg(definition, condition), condition, doc.TriedLast(row), compiled.Count));
        }

        // Each ADRG's DRG rows in the order they are tried: rows moved last at the end, then seq, then line (a stable sort).
        byAdrg = new Dictionary<string, List<DrgRow>>(StringComparer.Ordinal);
        foreach (var row in compiled)
        {
            if (!byAdrg.TryGetValue(row.Definition.Adrg, out var list)) byAdrg.Add(row.Definition.Adrg, list = new List<DrgRow>());
            list.Add(row);
        }

        foreach (var list in byAdrg.Values)
        {
            list.Sort(static (a, b) => a.Last != b.Last ? (a.Last ? 1 : -1)
                : a.Definition.Seq != b.Definition.Seq ? a.Definition.Seq.CompareTo(b.Definition.Seq)
                : a.Definition.Line != b.Definition.Line ? a.Definition.Line.CompareTo(b.Definition.Line) : a.Order.CompareTo(b.Order));
        }

        foreach (var adrg in adrgs.Values)
        {
            var rows = byAdrg.TryGetValue(adrg.Code, out var ofAdrg) ? ofAdrg : new List<DrgRow>();
            if (rows.Count == 0)
            {
                Report(RulePackIssues.AdrgWithoutDrg.Create(field: "adrg", value: adrg.Code, location: doc.AtTable(), args: adrg.Code));
            }
            else if (!rows[rows.Count - 1].Condition.IsAlwaysTrue)
            {
                var last = rows[rows.Count - 1].Definition;
                Report(RulePackIssues.AdrgWithoutFallback.Create(field: doc.RoleName(DrgCondition), value: last.Code, location: new SourceLocation(doc.Name, last.Line), args: adrg.Code));
            }
        }

        return drgs;
    }

    /// <summary>Two rows of one scope share a seq: drg-scheme-tables.md gives no order between them, so file order decides, and the pack is told.</summary>
    private void DuplicateSeq(SchemeTable doc, int row, int role, string scope, int seq) =>
        Report(RulePackIssues.DuplicateSeq.Create(field: doc.RoleName(role), value: seq.ToString(CultureInfo.InvariantCulture), location: doc.At(row, role), args: new object[] { scope, seq }));

    private Condition Compile(string text, SchemeTable doc, int row, int role)
    {
        _conditionTable = doc;
        _conditionRow = row;
        _conditionRole = role;
        try
        {
            return _input.Language.Parse(text, this);
        }
        catch (ConditionSyntaxException e)
        {
            Report(RulePackIssues.ConditionSyntax.Create(field: doc.RoleName(role), value: text, location: doc.At(row, role, e.Position),
                args: new object[] { e.Position, e.Expected, e.Found }));
            return new ConstantCondition(false, text);
        }
    }

    /// <summary>
    /// The known codes of a pack without dictionaries (nhsa-drg-workbook.md): the members of every code set a condition reads for
    /// diagnoses are diagnoses, of every set read for procedures procedures, and the CC list and exclusion tables hold diagnoses. A set no
    /// condition reads counts by its name: <c>DI…</c> diagnoses, <c>OP…</c> procedures (the workbook's naming); any other is left out.
    /// </summary>
    private ImmutableArray<CodeEntry> KnownCodesFromTables(IReadOnlyList<Condition> conditions, List<int>? ccCodes, CodeKind kind)
    {
        var read = new HashSet<CodeTable>();
        var readOther = new HashSet<CodeTable>();
        foreach (var atom in conditions.SelectMany(c => c.Descendants()).OfType<InTableCondition>())
        {
            var isDiagnosis = atom.List is CaseList.MainDx or CaseList.OtherDx or CaseList.AnyDx;
            foreach (var part in atom.Table.Parts) (isDiagnosis == (kind == CodeKind.Diagnosis) ? read : readOther).Add(part);
        }

        var prefix = kind == CodeKind.Diagnosis ? "DI" : "OP";
        var ids = _tables.Values.Where(t => read.Contains(t) || (!readOther.Contains(t) && t.Name.StartsWith(prefix, StringComparison.Ordinal)))
            .SelectMany(t => t.Members());
        if (kind == CodeKind.Diagnosis && ccCodes is not null) ids = ids.Concat(ccCodes);
        var flag = kind == CodeKind.Diagnosis ? CodeSpace.InDiagnosisDictionary : CodeSpace.InProcedureDictionary;
        var entries = ImmutableArray.CreateBuilder<CodeEntry>();
        foreach (var id in ids.Distinct().OrderBy(i => i))
        {
            var code = _codes.CodeOf(id);
            _codes.Add(code, flag);
            entries.Add(new CodeEntry(code, _tableNames.TryGetValue(code, out var name) ? name : string.Empty, kind, id));
        }

        return entries.ToImmutable();
    }

    CodeTable? IConditionBinder.FindTable(string name) => _tables.TryGetValue(name, out var table) ? table : null;

    CodeTable IConditionBinder.InlineTable(IReadOnlyList<string> codes)
    {
        var key = "{" + string.Join(",", codes) + "}";
        if (_derivedTables.TryGetValue(key, out var table)) return table;
        var ids = codes.Select(c => InternScheme(c, "{inline}", _conditionTable.At(_conditionRow, _conditionRole))).ToList();
        table = new CodeTable(key, _codes.Count, ids, Array.Empty<KeyValuePair<int, int>>(), ImmutableArray<string>.Empty);
        _derivedTables.Add(key, table);
        return table;
    }

    CodeTable IConditionBinder.UnionTable(IReadOnlyList<CodeTable> tables)
    {
        if (tables.Count == 1) return tables[0];
        var key = "{" + string.Join(", ", tables.Select(t => t.Name)) + "}";
        if (_derivedTables.TryGetValue(key, out var table)) return table;
        table = CodeTable.Union(key, tables);
        _derivedTables.Add(key, table);
        return table;
    }

    CodeTable IConditionBinder.EmptyTable(string name) =>
        new(name, 0, Array.Empty<int>(), Array.Empty<KeyValuePair<int, int>>(), ImmutableArray<string>.Empty);

    void IConditionBinder.MissingTable(string name, int position) =>
        Report(RulePackIssues.MissingTable.Create(field: _conditionTable.RoleName(_conditionRole), value: name,
            location: _conditionTable.At(_conditionRow, _conditionRole, position), args: new object[] { name, _input.Tables.Name }));

    /// <summary>Interns a code that a table, the CC list or an inline list names; warns once when the dictionaries lack it.</summary>
    private int InternScheme(string code, string where, SourceLocation location) => InternScheme(code, where, null, 0, 0, location);

    // The location is built only when a warning needs it: tables hold ~100k rows and most codes are in the dictionary.
    private int InternScheme(string code, string where, SchemeTable doc, int row, int role) => InternScheme(code, where, doc, row, role, null);

    private int InternScheme(string code, string where, SchemeTable? doc, int row, int role, SourceLocation? location)
    {
        var id = _codes.Add(code);
        if (!_input.WithoutDictionaries && !_codes.HasFlag(id, CodeSpace.InDiagnosisDictionary) && !_codes.HasFlag(id, CodeSpace.InProcedureDictionary) && _warnedCodes.Add(code))
        {
            Report(RulePackIssues.CodeNotInDictionary.Create(field: where, value: code, location: location ?? doc!.At(row, role), args: code));
        }

        return id;
    }

    private string? Required(SchemeTable doc, int row, int role)
    {
        var value = doc.Get(row, role);
        if (value.Length > 0) return value;
        Report(RulePackIssues.EmptyValue.Create(field: doc.RoleName(role), location: doc.At(row, role), args: doc.RoleName(role)));
        return null;
    }

    private bool TryInt(SchemeTable doc, int row, int role, out int value)
    {
        var text = doc.Get(row, role);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        Report(RulePackIssues.NotANumber.Create(field: doc.RoleName(role), value: text, location: doc.At(row, role), args: new object[] { doc.RoleName(role), text }));
        return false;
    }

    private static string NameOr(string name, string code) => name.Length > 0 ? name : code;

    /// <summary>The key of a seq within its scope (an MDC's ADRG rows, an ADRG's DRG rows), for finding repeated seqs.</summary>
    private static string ScopedSeq(string scope, int seq) => scope + "\u0001" + seq.ToString(CultureInfo.InvariantCulture);

    /// <summary>The rows of one code table while <c>tables.csv</c> is read: code ids, (id, tag index) pairs, tag names.</summary>
    private sealed class TableRows
    {
        public List<int> Ids { get; } = new();

        public List<KeyValuePair<int, int>> Tags { get; } = new();

        public List<string> TagNames { get; } = new();
    }

    /// <summary>An MDC row read: its definition, file line, and position among the rows read.</summary>
    private sealed class MdcRow
    {
        public MdcRow(MdcDefinition definition, int line, int order)
        {
            Definition = definition;
            Line = line;
            Order = order;
        }

        public MdcDefinition Definition { get; }

        public int Line { get; }

        public int Order { get; }
    }

    /// <summary>An ADRG row read and compiled; <see cref="Rank"/> is its place once all rows are ordered.</summary>
    private sealed class RuleRow
    {
        public RuleRow(AdrgRule row, AdrgDefinition adrg, Condition condition, bool last, int order)
        {
            Row = row;
            Adrg = adrg;
            Condition = condition;
            Last = last;
            Order = order;
        }

        public AdrgRule Row { get; }

        public AdrgDefinition Adrg { get; }

        public Condition Condition { get; }

        public bool Last { get; }

        public int Order { get; }

        public int Rank { get; set; }
    }

    /// <summary>A DRG row read and compiled.</summary>
    private sealed class DrgRow
    {
        public DrgRow(DrgDefinition definition, CompiledDrg compiled, Condition condition, bool last, int order)
        {
            Definition = definition;
            Compiled = compiled;
            Condition = condition;
            Last = last;
            Order = order;
        }

        public DrgDefinition Definition { get; }

        public CompiledDrg Compiled { get; }

        public Condition Condition { get; }

        public bool Last { get; }

        public int Order { get; }
    }
}
