using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg;

/// <summary>
/// Reads a scheme in the interchange layout (drg-scheme-tables.md), validates it and compiles it. Every problem becomes an
/// issue with file, row and column; loading never stops at the first error, so one run lists them all.
/// </summary>
internal sealed class DrgSchemeLoader : IConditionBinder
{
    private const string MdcFile = "mdc.csv";
    private const string AdrgFile = "adrg.csv";
    private const string DrgFile = "drg.csv";
    private const string TablesFile = "tables.csv";
    private const string CcFile = "cc.csv";
    private const string CcExclusionsFile = "cc_exclusions.csv";
    private const string DiagnosesFile = "diagnoses.csv";
    private const string ProceduresFile = "procedures.csv";

    private readonly RulePack _pack;
    private readonly ImmutableArray<Issue>.Builder _issues = ImmutableArray.CreateBuilder<Issue>();
    private readonly CodeSpace.Builder _codes = new();
    private readonly Dictionary<string, CodeTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodeTable> _inlineTables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warnedCodes = new(StringComparer.Ordinal);
    private string _file = string.Empty;
    private int _row;

    private DrgSchemeLoader(RulePack pack) => _pack = pack;

    public static DrgSchemeLoadResult Load(RulePack pack) => new DrgSchemeLoader(pack).Run();

    private DrgSchemeLoadResult Run()
    {
        _issues.AddRange(_pack.Issues);
        var format = _pack.Manifest.Format;
        if (format.Length > 0 && !format.StartsWith("drg-scheme-tables/", StringComparison.Ordinal))
        {
            _issues.Add(RulePackIssues.UnknownFormat.Create(field: "format", value: format, location: new SourceLocation("scheme.json"), args: new object[] { format, DrgScheme.FormatName }));
        }

        var mdcDoc = Read(MdcFile, "seq", "mdc", "name", "condition");
        var adrgDoc = Read(AdrgFile, "mdc", "seq", "adrg", "name", "kind", "condition");
        var drgDoc = Read(DrgFile, "adrg", "seq", "drg", "name", "condition");
        var tablesDoc = Read(TablesFile, "table", "code", "tag");
        var ccDoc = Read(CcFile, "code", "level", "exclusion_group");
        var exclusionsDoc = Read(CcExclusionsFile, "exclusion_group", "main_dx");
        var dxDoc = Read(DiagnosesFile, "code", "name");
        var prDoc = Read(ProceduresFile, "code", "name");
        if (mdcDoc is null || adrgDoc is null || drgDoc is null || tablesDoc is null || ccDoc is null || exclusionsDoc is null || dxDoc is null || prDoc is null)
        {
            return Fail();
        }

        var diagnoses = ReadDictionary(dxDoc, CodeKind.Diagnosis, CodeSpace.InDiagnosisDictionary);
        var procedures = ReadDictionary(prDoc, CodeKind.Procedure, CodeSpace.InProcedureDictionary);
        CodeSpace? built = null;
        var diagnosisMap = LazyMap(CodeKind.Diagnosis, "diagnosis_map", () => built!);
        var procedureMap = LazyMap(CodeKind.Procedure, "procedure_map", () => built!);
        var policy = ReadPolicy();
        ReadTables(tablesDoc);
        var complications = ReadComplications(ccDoc, exclusionsDoc);

        var mdcs = ReadMdcs(mdcDoc, out var mdcConditions);
        var adrgs = ReadAdrgs(adrgDoc, mdcs, out var adrgRules);
        var drgs = ReadDrgs(drgDoc, adrgs, out var drgRows);

        if (_issues.Any(i => i.Severity == IssueSeverity.Error)) return Fail();

        // Assemble the compiled tree: MDC rows in seq order, each with its ADRG rows in seq order, each with the ADRG's DRGs.
        var drgsByAdrg = drgRows.GroupBy(d => d.Definition.Adrg, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Definition.Seq).ToArray(), StringComparer.Ordinal);
        foreach (var adrg in adrgs.Values)
        {
            adrg.Drgs = drgsByAdrg.TryGetValue(adrg.Code, out var rows) ? rows.Select(r => r.Definition).ToImmutableArray() : ImmutableArray<DrgDefinition>.Empty;
            adrg.Rules = adrgRules.Where(r => r.Adrg == adrg).Select(r => r.Row).OrderBy(r => r.Mdc, StringComparer.Ordinal).ThenBy(r => r.Seq).ToImmutableArray();
        }

        var orderedMdcs = mdcs.OrderBy(m => m.Seq).ToImmutableArray();
        var compiled = orderedMdcs.Select(m => new CompiledMdc(m, mdcConditions[m.Code],
            adrgRules.Where(r => r.Row.Mdc == m.Code).OrderBy(r => r.Row.Seq)
                .Select(r => new CompiledAdrgRule(r.Row, r.Adrg, r.Condition, drgsByAdrg.TryGetValue(r.Adrg.Code, out var rows) ? rows : Array.Empty<CompiledDrg>()))
                .ToArray())).ToArray();

        var orderedAdrgs = adrgRules.Select(r => r.Adrg).Distinct().ToImmutableArray();
        var space = built = _codes.Build();
        CodeEntry?[]? restricted = null;
        foreach (var entry in diagnoses.Concat(procedures).Where(e => e.HasRestrictions)) (restricted ??= new CodeEntry?[space.Count])[entry.Id] = entry;
        var scheme = new DrgScheme(_pack, orderedMdcs, orderedAdrgs, drgs.ToImmutableArray(),
            new CodeDictionary(CodeKind.Diagnosis, diagnoses), new CodeDictionary(CodeKind.Procedure, procedures),
            _tables.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray(), _issues.ToImmutable(), space, compiled, complications,
            _tables.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value).ToImmutableArray(), diagnosisMap, procedureMap, policy, restricted);
        return new DrgSchemeLoadResult(scheme, _issues.ToImmutable());
    }

    private DrgSchemeLoadResult Fail() => new(null, _issues.ToImmutable());

    private Doc? Read(string file, params string[] columns)
    {
        var text = _pack.ReadText(file);
        if (text is null)
        {
            _issues.Add(RulePackIssues.MissingFile.Create(location: new SourceLocation(file), args: file));
            return null;
        }

        var csv = CsvDocument.Parse(text, file);
        _issues.AddRange(csv.Issues);
        var indexes = new int[columns.Length];
        var ok = true;
        for (var i = 0; i < columns.Length; i++)
        {
            indexes[i] = csv.ColumnIndex(columns[i]);
            if (indexes[i] < 0)
            {
                _issues.Add(RulePackIssues.MissingColumn.Create(field: columns[i], location: new SourceLocation(file, 1), args: columns[i]));
                ok = false;
            }
        }

        return ok ? new Doc(file, csv, indexes) : null;
    }

    private ImmutableArray<CodeEntry> ReadDictionary(Doc doc, CodeKind kind, byte flag)
    {
        var entries = ImmutableArray.CreateBuilder<CodeEntry>(doc.Csv.Rows.Count);
        var optional = OptionalDictionaryColumns.Select(doc.Csv.ColumnIndex).ToArray();
        _codes.Reserve(doc.Csv.Rows.Count);
        foreach (var row in doc.Csv.Rows)
        {
            var code = row[doc.Columns[0]];
            if (code.Length == 0)
            {
                _issues.Add(RulePackIssues.EmptyValue.Create(field: "code", location: doc.At(row, 0), args: "code"));
                continue;
            }

            // A code this dictionary already holds (the code space remembers which dictionary each code came from).
            if (_codes.Find(code) is var existing && existing >= 0 && _codes.HasFlag(existing, flag))
            {
                _issues.Add(RulePackIssues.DuplicateDictionaryCode.Create(field: "code", value: code, location: doc.At(row, 0), args: code));
                continue;
            }

            entries.Add(new CodeEntry(code, row[doc.Columns[1]], kind, _codes.Add(code, flag), ReadAttributes(doc, row, optional)));
        }

        return entries.ToImmutable();
    }

    /// <summary>The optional dictionary columns (docs/coding.md): sex, age_min, age_max, not_main, or.</summary>
    private static readonly string[] OptionalDictionaryColumns = { "sex", "age_min", "age_max", "not_main", "or" };

    private CodeEntryAttributes? ReadAttributes(Doc doc, CsvRow row, int[] columns)
    {
        if (columns.All(c => c < 0)) return null;
        string Text(int i) => columns[i] < 0 ? string.Empty : row[columns[i]].Trim();
        SourceLocation At(int i) => new(doc.File, row.Line, columns[i] + 1, OptionalDictionaryColumns[i]);
        var sex = Text(0).ToUpperInvariant() switch
        {
            "" => SexRestriction.None,
            "M" or "1" or "男" => SexRestriction.Male,
            "F" or "2" or "女" => SexRestriction.Female,
            _ => (SexRestriction?)null,
        };
        if (sex is null) _issues.Add(RulePackIssues.NotAllowed.Create(field: "sex", value: Text(0), location: At(0), args: new object[] { "sex", Text(0), "M, F" }));
        int? Age(int i)
        {
            if (Text(i).Length == 0) return null;
            if (int.TryParse(Text(i), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 150) return value;
            _issues.Add(RulePackIssues.NotANumber.Create(field: OptionalDictionaryColumns[i], value: Text(i), location: At(i), args: new object[] { OptionalDictionaryColumns[i], Text(i) }));
            return null;
        }

        bool Flag(int i)
        {
            switch (Text(i).ToLowerInvariant())
            {
                case "": case "0": case "false": case "n": case "否": return false;
                case "1": case "true": case "y": case "是": return true;
                default:
                    _issues.Add(RulePackIssues.NotAllowed.Create(field: OptionalDictionaryColumns[i], value: Text(i), location: At(i), args: new object[] { OptionalDictionaryColumns[i], Text(i), "1, 0" }));
                    return false;
            }
        }

        return new CodeEntryAttributes
        {
            Sex = sex ?? SexRestriction.None, MinAgeYears = Age(1), MaxAgeYears = Age(2), NotMainDiagnosis = Flag(3), IsOperatingRoom = Flag(4),
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

    private UnknownCodePolicy ReadPolicy()
    {
        var text = _pack.Manifest.GetProperty(UnknownCodePolicies.PropertyName);
        if (text is null) return UnknownCodePolicy.Reject;
        if (UnknownCodePolicies.TryParse(text, out var policy)) return policy;
        var names = string.Join(", ", Enum.GetValues(typeof(UnknownCodePolicy)).Cast<UnknownCodePolicy>().Select(p => p.Name()));
        _issues.Add(CodingIssues.PolicyInvalid.Create(field: UnknownCodePolicies.PropertyName, value: text, location: new SourceLocation("scheme.json"), args: new object[] { text, names }));
        return UnknownCodePolicy.Reject;
    }

    private void ReadTables(Doc doc)
    {
        var rows = new Dictionary<string, (List<int> Ids, List<KeyValuePair<int, int>> Tags, List<string> TagNames)>(StringComparer.Ordinal);
        foreach (var row in doc.Csv.Rows)
        {
            var table = row[doc.Columns[0]];
            var code = row[doc.Columns[1]];
            var tag = row[doc.Columns[2]];
            if (table.Length == 0 || code.Length == 0)
            {
                var column = table.Length == 0 ? 0 : 1;
                _issues.Add(RulePackIssues.EmptyValue.Create(field: doc.Name(column), location: doc.At(row, column), args: doc.Name(column)));
                continue;
            }

            if (!rows.TryGetValue(table, out var entry))
            {
                entry = (new List<int>(), new List<KeyValuePair<int, int>>(), new List<string>());
                rows.Add(table, entry);
            }

            var id = InternScheme(code, table, doc, row, 1);
            entry.Ids.Add(id);
            if (tag.Length > 0)
            {
                var tagIndex = entry.TagNames.IndexOf(tag);
                if (tagIndex < 0)
                {
                    tagIndex = entry.TagNames.Count;
                    entry.TagNames.Add(tag);
                    if (tagIndex == 64) _issues.Add(RulePackIssues.TooManyTags.Create(field: "tag", value: table, location: doc.At(row, 2), args: table));
                }

                if (tagIndex < 64) entry.Tags.Add(new KeyValuePair<int, int>(id, tagIndex));
            }
        }

        foreach (var pair in rows)
        {
            _tables.Add(pair.Key, new CodeTable(pair.Key, _codes.Count, pair.Value.Ids, pair.Value.Tags, pair.Value.TagNames.Take(64).ToImmutableArray()));
        }
    }

    private ComplicationIndex ReadComplications(Doc cc, Doc exclusions)
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

        var listed = new Dictionary<int, (byte Level, int Group)>(cc.Csv.Rows.Count);
        foreach (var row in cc.Csv.Rows)
        {
            var code = row[cc.Columns[0]];
            var levelText = row[cc.Columns[1]];
            var group = row[cc.Columns[2]];
            if (code.Length == 0)
            {
                _issues.Add(RulePackIssues.EmptyValue.Create(field: "code", location: cc.At(row, 0), args: "code"));
                continue;
            }

            byte level = levelText.ToUpperInvariant() switch
            {
                "MCC" => (byte)ComplicationLevel.Mcc,
                "CC" => (byte)ComplicationLevel.Cc,
                _ => 0,
            };
            if (level == 0)
            {
                _issues.Add(RulePackIssues.NotAllowed.Create(field: "level", value: levelText, location: cc.At(row, 1), args: new object[] { "level", levelText, "CC, MCC" }));
                continue;
            }

            var id = InternScheme(code, CcFile, cc, row, 0);
            var groupId = group.Length == 0 ? -1 : GroupId(group);
            if (listed.TryGetValue(id, out var existing))
            {
                if (existing.Level != level || existing.Group != groupId)
                {
                    _issues.Add(RulePackIssues.DuplicateCc.Create(field: "code", value: code, location: cc.At(row, 0), args: code));
                }

                continue;
            }

            listed.Add(id, (level, groupId));
        }

        var excluded = new Dictionary<int, List<int>>(exclusions.Csv.Rows.Count / 4);
        var groupsWithMains = new HashSet<int>();
        foreach (var row in exclusions.Csv.Rows)
        {
            var group = row[exclusions.Columns[0]];
            var main = row[exclusions.Columns[1]];
            if (group.Length == 0 || main.Length == 0)
            {
                var column = group.Length == 0 ? 0 : 1;
                _issues.Add(RulePackIssues.EmptyValue.Create(field: exclusions.Name(column), location: exclusions.At(row, column), args: exclusions.Name(column)));
                continue;
            }

            var groupId = GroupId(group);
            groupsWithMains.Add(groupId);
            var mainId = InternScheme(main, CcExclusionsFile, exclusions, row, 1);
            if (!excluded.TryGetValue(mainId, out var groups)) excluded.Add(mainId, groups = new List<int>(1));
            if (!groups.Contains(groupId)) groups.Add(groupId);
        }

        foreach (var group in listed.Values.Select(v => v.Group).Where(g => g >= 0).Distinct().OrderBy(g => g))
        {
            if (!groupsWithMains.Contains(group))
            {
                _issues.Add(RulePackIssues.EmptyExclusionGroup.Create(field: "exclusion_group", value: groupNames[group], location: new SourceLocation(CcFile), args: groupNames[group]));
            }
        }

        var count = _codes.Count;
        var levels = new byte[count];
        var groupOf = new int[count];
        for (var i = 0; i < count; i++) groupOf[i] = -1;
        foreach (var pair in listed)
        {
            levels[pair.Key] = pair.Value.Level;
            groupOf[pair.Key] = pair.Value.Group;
        }

        var byMain = new int[]?[count];
        foreach (var pair in excluded) byMain[pair.Key] = pair.Value.ToArray();
        return new ComplicationIndex(levels, groupOf, byMain, groupNames.ToArray());
    }

    private List<MdcDefinition> ReadMdcs(Doc doc, out Dictionary<string, Condition> conditions)
    {
        var mdcs = new List<MdcDefinition>();
        conditions = new Dictionary<string, Condition>(StringComparer.Ordinal);
        var seqs = new HashSet<int>();
        foreach (var row in doc.Csv.Rows)
        {
            var code = Required(doc, row, 1);
            if (!TryInt(doc, row, 0, out var seq) || code is null) continue;
            if (!seqs.Add(seq)) _issues.Add(RulePackIssues.DuplicateSeq.Create(field: "seq", value: seq.ToString(CultureInfo.InvariantCulture), location: doc.At(row, 0), args: new object[] { MdcFile, seq }));
            if (conditions.ContainsKey(code))
            {
                _issues.Add(RulePackIssues.DuplicateCode.Create(field: "mdc", value: code, location: doc.At(row, 1), args: code));
                continue;
            }

            var text = row[doc.Columns[3]];
            conditions.Add(code, Compile(text, doc, row));
            mdcs.Add(new MdcDefinition(seq, code, NameOr(row[doc.Columns[2]], code), text));
        }

        return mdcs;
    }

    private Dictionary<string, AdrgDefinition> ReadAdrgs(Doc doc, List<MdcDefinition> mdcs, out List<(AdrgRule Row, AdrgDefinition Adrg, Condition Condition)> rules)
    {
        var adrgs = new Dictionary<string, AdrgDefinition>(StringComparer.Ordinal);
        rules = new List<(AdrgRule, AdrgDefinition, Condition)>();
        var mdcCodes = new HashSet<string>(mdcs.Select(m => m.Code), StringComparer.Ordinal);
        var seqs = new HashSet<(string, int)>();
        foreach (var row in doc.Csv.Rows)
        {
            var mdc = Required(doc, row, 0);
            var code = Required(doc, row, 2);
            if (!TryInt(doc, row, 1, out var seq) || mdc is null || code is null) continue;
            if (!mdcCodes.Contains(mdc))
            {
                _issues.Add(RulePackIssues.UnknownMdc.Create(field: "mdc", value: mdc, location: doc.At(row, 0), args: mdc));
                continue;
            }

            if (!seqs.Add((mdc, seq))) _issues.Add(RulePackIssues.DuplicateSeq.Create(field: "seq", value: seq.ToString(CultureInfo.InvariantCulture), location: doc.At(row, 1), args: new object[] { AdrgFile + " (" + mdc + ")", seq }));
            var kindText = row[doc.Columns[4]];
            AdrgKind kind;
            switch (kindText.ToLowerInvariant())
            {
                case "surgical": kind = AdrgKind.Surgical; break;
                case "procedure": kind = AdrgKind.Procedure; break;
                case "medical": kind = AdrgKind.Medical; break;
                case "ambiguous": kind = AdrgKind.Ambiguous; break;
                default:
                    _issues.Add(RulePackIssues.NotAllowed.Create(field: "kind", value: kindText, location: doc.At(row, 4), args: new object[] { "kind", kindText, "surgical, procedure, medical, ambiguous" }));
                    continue;
            }

            var name = NameOr(row[doc.Columns[3]], code);
            if (adrgs.TryGetValue(code, out var adrg))
            {
                if (adrg.Kind != kind || (row[doc.Columns[3]].Length > 0 && adrg.Name != name))
                {
                    _issues.Add(RulePackIssues.InconsistentAdrg.Create(field: "adrg", value: code, location: doc.At(row, 2), args: code));
                }
            }
            else
            {
                adrg = new AdrgDefinition(code, name, kind, mdc);
                adrgs.Add(code, adrg);
            }

            var text = row[doc.Columns[5]];
            var condition = Compile(text, doc, row);
            rules.Add((new AdrgRule(mdc, seq, code, text, row.Line), adrg, condition));
        }

        return adrgs;
    }

    private List<DrgDefinition> ReadDrgs(Doc doc, Dictionary<string, AdrgDefinition> adrgs, out List<CompiledDrg> compiled)
    {
        var drgs = new List<DrgDefinition>();
        compiled = new List<CompiledDrg>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var seqs = new HashSet<(string, int)>();
        foreach (var row in doc.Csv.Rows)
        {
            var adrg = Required(doc, row, 0);
            var code = Required(doc, row, 2);
            if (!TryInt(doc, row, 1, out var seq) || adrg is null || code is null) continue;
            if (!adrgs.ContainsKey(adrg))
            {
                _issues.Add(RulePackIssues.UnknownAdrg.Create(field: "adrg", value: adrg, location: doc.At(row, 0), args: adrg));
                continue;
            }

            if (!seqs.Add((adrg, seq))) _issues.Add(RulePackIssues.DuplicateSeq.Create(field: "seq", value: seq.ToString(CultureInfo.InvariantCulture), location: doc.At(row, 1), args: new object[] { DrgFile + " (" + adrg + ")", seq }));
            if (!codes.Add(code))
            {
                _issues.Add(RulePackIssues.DuplicateCode.Create(field: "drg", value: code, location: doc.At(row, 2), args: code));
                continue;
            }

            var text = row[doc.Columns[4]];
            var definition = new DrgDefinition(adrg, seq, code, NameOr(row[doc.Columns[3]], code), text, row.Line);
            drgs.Add(definition);
            compiled.Add(new CompiledDrg(definition, Compile(text, doc, row)));
        }

        foreach (var adrg in adrgs.Values)
        {
            var rows = compiled.Where(c => c.Definition.Adrg == adrg.Code).OrderBy(c => c.Definition.Seq).ToList();
            if (rows.Count == 0)
            {
                _issues.Add(RulePackIssues.AdrgWithoutDrg.Create(field: "adrg", value: adrg.Code, location: new SourceLocation(DrgFile), args: adrg.Code));
            }
            else if (!rows[rows.Count - 1].Condition.IsAlwaysTrue)
            {
                var last = rows[rows.Count - 1].Definition;
                _issues.Add(RulePackIssues.AdrgWithoutFallback.Create(field: "condition", value: last.Code, location: new SourceLocation(DrgFile, last.Line), args: adrg.Code));
            }
        }

        return drgs;
    }

    private Condition Compile(string text, Doc doc, CsvRow row)
    {
        _file = doc.File;
        _row = row.Line;
        try
        {
            return ConditionParser.Parse(text, this);
        }
        catch (ConditionSyntaxException e)
        {
            _issues.Add(RulePackIssues.ConditionSyntax.Create(field: "condition", value: text, location: new SourceLocation(doc.File, row.Line, e.Position, "condition"),
                args: new object[] { e.Position, e.Expected, e.Found }));
            return new ConstantCondition(false, text);
        }
    }

    CodeTable? IConditionBinder.FindTable(string name) => _tables.TryGetValue(name, out var table) ? table : null;

    CodeTable IConditionBinder.InlineTable(IReadOnlyList<string> codes)
    {
        var key = string.Join("\u0001", codes);
        if (_inlineTables.TryGetValue(key, out var table)) return table;
        var ids = codes.Select(c => InternScheme(c, "{inline}", new SourceLocation(_file, _row, 0, "condition"))).ToList();
        table = new CodeTable("{" + string.Join(",", codes) + "}", _codes.Count, ids, Array.Empty<KeyValuePair<int, int>>(), ImmutableArray<string>.Empty);
        _inlineTables.Add(key, table);
        return table;
    }

    CodeTable IConditionBinder.EmptyTable(string name) =>
        new(name, 0, Array.Empty<int>(), Array.Empty<KeyValuePair<int, int>>(), ImmutableArray<string>.Empty);

    void IConditionBinder.MissingTable(string name, int position) =>
        _issues.Add(RulePackIssues.MissingTable.Create(field: "condition", value: name, location: new SourceLocation(_file, _row, position, "condition"), args: name));

    /// <summary>Interns a code that a table, the CC list or an inline list names; warns once when the dictionaries lack it.</summary>
    private int InternScheme(string code, string where, SourceLocation location) => InternScheme(code, where, null, default, 0, location);

    // The location is built only when a warning needs it: tables hold ~100k rows and most codes are in the dictionary.
    private int InternScheme(string code, string where, Doc doc, CsvRow row, int column) => InternScheme(code, where, doc, row, column, null);

    private int InternScheme(string code, string where, Doc? doc, CsvRow row, int column, SourceLocation? location)
    {
        var id = _codes.Add(code);
        if (!_codes.HasFlag(id, CodeSpace.InDiagnosisDictionary) && !_codes.HasFlag(id, CodeSpace.InProcedureDictionary) && _warnedCodes.Add(code))
        {
            _issues.Add(RulePackIssues.CodeNotInDictionary.Create(field: where, value: code, location: location ?? doc!.At(row, column), args: code));
        }

        return id;
    }

    private string? Required(Doc doc, CsvRow row, int column)
    {
        var value = row[doc.Columns[column]];
        if (value.Length > 0) return value;
        _issues.Add(RulePackIssues.EmptyValue.Create(field: doc.Name(column), location: doc.At(row, column), args: doc.Name(column)));
        return null;
    }

    private bool TryInt(Doc doc, CsvRow row, int column, out int value)
    {
        var text = row[doc.Columns[column]];
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        _issues.Add(RulePackIssues.NotANumber.Create(field: doc.Name(column), value: text, location: doc.At(row, column), args: new object[] { doc.Name(column), text }));
        return false;
    }

    private static string NameOr(string name, string code) => name.Length > 0 ? name : code;

    private sealed class Doc
    {
        public Doc(string file, CsvDocument csv, int[] columns)
        {
            File = file;
            Csv = csv;
            Columns = columns;
        }

        public string File { get; }

        public CsvDocument Csv { get; }

        public int[] Columns { get; }

        public string Name(int column) => Csv.Header[Columns[column]];

        public SourceLocation At(CsvRow row, int column) =>
            new(File, row.Line, Columns[column] + 1, Csv.Header[Columns[column]]);
    }
}
