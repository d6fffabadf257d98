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

        var mdc = ReadCsv(pack, issues, "mdc.csv", required: true, "seq", "mdc", "name", "condition");
        var adrg = ReadCsv(pack, issues, "adrg.csv", required: true, "mdc", "seq", "adrg", "name", "kind", "condition");
        var drg = ReadCsv(pack, issues, "drg.csv", required: true, "adrg", "seq", "drg", "name", "condition", "?mdc");
        var tables = ReadCsv(pack, issues, "tables.csv", required: true, "table", "code", "tag", "?name");
        var cc = ReadCsv(pack, issues, "cc.csv", required: true, "code", "level", "exclusion_group");
        var exclusions = ReadCsv(pack, issues, "cc_exclusions.csv", required: true, "exclusion_group", "main_dx");
        var diagnoses = ReadDictionaryCsv(pack, issues, DiagnosesFile, required: true);
        var procedures = ReadDictionaryCsv(pack, issues, ProceduresFile, required: true);
        if (mdc is null || adrg is null || drg is null || tables is null || cc is null || exclusions is null || diagnoses is null || procedures is null)
        {
            return new DrgSchemeLoadResult(null, issues.ToImmutable());
        }

        return Assemble(pack, new SchemeInput(mdc, adrg, drg, tables, cc, exclusions, diagnoses, procedures, ConditionParser.Language), issues);
    }

    /// <summary>Validates and compiles the tables of any front end; <paramref name="issues"/> holds what the front end found so far.</summary>
    public static DrgSchemeLoadResult Assemble(RulePack pack, SchemeInput input, ImmutableArray<Issue>.Builder issues) =>
        new DrgSchemeLoader(pack, input, issues).Run();

    /// <summary>Reads a CSV file of a pack as a table of roles; a column name starting with <c>?</c> is optional.</summary>
    public static CsvSchemeTable? ReadCsv(RulePack pack, ImmutableArray<Issue>.Builder issues, string file, bool required, params string[] columns)
    {
        var text = pack.ReadText(file);
        if (text is null)
        {
            if (required) issues.Add(RulePackIssues.MissingFile.Create(location: new SourceLocation(file), args: file));
            return null;
        }

        var csv = CsvDocument.Parse(text, file);
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
        ReadCsv(pack, issues, file, required, DictionaryColumns.Select((c, i) => i < 2 ? c : "?" + c).ToArray());

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
        var drgs = ReadDrgs(_input.Drgs, adrgs, out var drgRows);

        if (_input.WithoutDictionaries)
        {
            var conditions = mdcConditions.Values.Concat(adrgRules.Select(r => r.Condition)).Concat(drgRows.Select(d => d.Condition)).ToList();
            if (_input.Diagnoses is null) diagnoses = KnownCodesFromTables(conditions, ccCodes, CodeKind.Diagnosis);
            if (_input.Procedures is null) procedures = KnownCodesFromTables(conditions, ccCodes, CodeKind.Procedure);
        }

        if (HasErrors) return Fail();

        // Assemble the compiled tree: MDC rows in order, each with its ADRG rows in order, each with the ADRG's DRGs in order. The order is
        // seq, then the row's position in its file; a row the front end moved to the end of its scope (a workbook fallback) comes last.
        var drgsByAdrg = drgRows.GroupBy(d => d.Definition.Adrg, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Last).ThenBy(d => d.Definition.Seq).ThenBy(d => d.Definition.Line).Select(d => d.Compiled).ToArray(), StringComparer.Ordinal);
        var orderedRules = adrgRules.OrderBy(r => r.Last).ThenBy(r => r.Row.Seq).ThenBy(r => r.Row.Line).ToList();
        foreach (var adrg in adrgs.Values)
        {
            adrg.Drgs = drgsByAdrg.TryGetValue(adrg.Code, out var rows) ? rows.Select(r => r.Definition).ToImmutableArray() : ImmutableArray<DrgDefinition>.Empty;
            adrg.Rules = orderedRules.Where(r => r.Adrg == adrg).Select(r => r.Row).OrderBy(r => r.Mdc, StringComparer.Ordinal).ToImmutableArray();
        }

        var orderedMdcs = mdcs.OrderBy(m => m.Definition.Seq).ThenBy(m => m.Line).Select(m => m.Definition).ToImmutableArray();
        var compiled = orderedMdcs.Select(m => new CompiledMdc(m, mdcConditions[m.Code],
            orderedRules.Where(r => r.Row.Mdc == m.Code)
                .Select(r => new CompiledAdrgRule(r.Row, r.Adrg, r.Condition, drgsByAdrg.TryGetValue(r.Adrg.Code, out var rows) ? rows : Array.Empty<CompiledDrg>()))
                .ToArray())).ToArray();

        var orderedAdrgs = orderedRules.Select(r => r.Adrg).Distinct().ToImmutableArray();
        var space = built = _codes.Build();
        CodeEntry?[]? restricted = null;
        foreach (var entry in diagnoses.Concat(procedures).Where(e => e.HasRestrictions)) (restricted ??= new CodeEntry?[space.Count])[entry.Id] = entry;
        var scheme = new DrgScheme(_pack, _input.Manifest ?? _pack.Manifest, orderedMdcs, orderedAdrgs, drgs.ToImmutableArray(),
            new CodeDictionary(CodeKind.Diagnosis, diagnoses), new CodeDictionary(CodeKind.Procedure, procedures),
            _tables.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray(), FinishIssues(), space, compiled, complications,
            _tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToImmutableArray(), diagnosisMap, procedureMap, policy, restricted)
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
        var files = _pack.FileNames.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal).Select(n => new KeyValuePair<string, ReadOnlyMemory<byte>>(n, _pack.ReadBytes(n)!.Value)).ToArray();
        if (files.Length == 0) return new Lazy<CodeMap>(() => CodeMap.Empty(kind));
        return new Lazy<CodeMap>(() => CodeMap.Read(kind, files, code => space().Find(code.AsSpan()) is var id && id >= 0 && space().InDictionary(id, kind)));
    }

    private ImmutableArray<KeyValuePair<string, ReadOnlyMemory<byte>>> MapFiles() => _pack.FileNames
        .Where(n => (n.StartsWith("diagnosis_map", StringComparison.Ordinal) || n.StartsWith("procedure_map", StringComparison.Ordinal)) && n.EndsWith(".csv", StringComparison.Ordinal))
        .OrderBy(n => n, StringComparer.Ordinal).Select(n => new KeyValuePair<string, ReadOnlyMemory<byte>>(n, _pack.ReadBytes(n)!.Value)).ToImmutableArray();

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
        var rows = new Dictionary<string, (List<int> Ids, List<KeyValuePair<int, int>> Tags, List<string> TagNames)>(StringComparer.Ordinal);
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
                entry = (new List<int>(), new List<KeyValuePair<int, int>>(), new List<string>());
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

        foreach (var group in rows.Select(v => v.Group).Where(g => g >= 0).Distinct().OrderBy(g => g))
        {
            if (!groupsWithMains.Contains(group))
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

    private List<(MdcDefinition Definition, int Line)> ReadMdcs(SchemeTable doc, out Dictionary<string, Condition> conditions)
    {
        var mdcs = new List<(MdcDefinition, int)>();
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
            mdcs.Add((new MdcDefinition(seq, code, NameOr(doc.Get(row, MdcName), code), text), doc.Line(row)));
        }

        return mdcs;
    }

    private Dictionary<string, AdrgDefinition> ReadAdrgs(SchemeTable doc, List<(MdcDefinition Definition, int Line)> mdcs, out List<(AdrgRule Row, AdrgDefinition Adrg, Condition Condition, bool Last)> rules)
    {
        var adrgs = new Dictionary<string, AdrgDefinition>(StringComparer.Ordinal);
        rules = new List<(AdrgRule, AdrgDefinition, Condition, bool)>();
        var mdcCodes = new HashSet<string>(mdcs.Select(m => m.Definition.Code), StringComparer.Ordinal);
        var seqs = new HashSet<(string, int)>();
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

            if (!seqs.Add((mdc, seq))) DuplicateSeq(doc, row, AdrgSeq, doc.Name + " (" + mdc + ")", seq);
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
            rules.Add((new AdrgRule(mdc, seq, code, text, doc.Line(row)), adrg, condition, doc.TriedLast(row)));
        }

        return adrgs;
    }

    private List<DrgDefinition> ReadDrgs(SchemeTable doc, Dictionary<string, AdrgDefinition> adrgs, out List<(DrgDefinition Definition, CompiledDrg Compiled, Condition Condition, bool Last)> compiled)
    {
        var drgs = new List<DrgDefinition>();
        compiled = new List<(DrgDefinition, CompiledDrg, Condition, bool)>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var seqs = new HashSet<(string, int)>();
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

            if (!seqs.Add((adrg, seq))) DuplicateSeq(doc, row, DrgSeq, doc.Name + " (" + adrg + ")", seq);
            if (!codes.Add(code))
            {
                Report(RulePackIssues.DuplicateCode.Create(field: doc.RoleName(DrgCode), value: code, location: doc.At(row, DrgCode), args: code));
                continue;
            }

            var text = doc.Get(row, DrgCondition);
            var definition = new DrgDefinition(adrg, seq, code, NameOr(doc.Get(row, DrgName), code), text, doc.Line(row));
            drgs.Add(definition);
            var condition = Compile(text, doc, row, DrgCondition);
            compiled.Add((definition, new CompiledDrg(definition, condition), condition, doc.TriedLast(row)));
        }

        foreach (var adrg in adrgs.Values)
        {
            var rows = compiled.Where(c => c.Definition.Adrg == adrg.Code).OrderBy(c => c.Last).ThenBy(c => c.Definition.Seq).ThenBy(c => c.Definition.Line).ToList();
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
}
