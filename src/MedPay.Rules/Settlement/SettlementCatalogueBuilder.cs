using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Settlement;

/// <summary>Reads national and regional settlement packs into the parts of a <see cref="SettlementRuleCatalogue"/>.</summary>
internal sealed class SettlementCatalogueBuilder
{
    internal delegate SettlementRuleCatalogue Factory(ImmutableArray<SettlementRule> rules, ImmutableHashSet<string> disabled, SettlementParameters parameters,
        ImmutableDictionary<SettlementField, SettlementCodeSet> dictionaries, ImmutableDictionary<string, CodeRangeSet> lists,
        ImmutableArray<SettlementCodePair> pairs, ImmutableArray<SettlementWeightCode> weights, ImmutableArray<RulePackIdentity> packs, ImmutableArray<Issue> issues);

    private static readonly string[] Severities = { "reject", "warning", "info", "off" };

    private readonly List<SettlementRule> _rules = new();
    private readonly HashSet<string> _disabled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<SettlementField, (Dictionary<string, string> Codes, List<string> Patterns)> _dictionaries = new();
    private readonly Dictionary<string, CodeRangeSet> _lists = new(StringComparer.Ordinal);
    private readonly List<SettlementCodePair> _pairs = new();
    private readonly List<SettlementWeightCode> _weights = new();
    private readonly List<RulePackIdentity> _packs = new();
    private readonly List<Issue> _issues = new();

    public void ReadNational(RulePack pack)
    {
        _issues.AddRange(pack.Issues);
        if (!CheckFormat(pack, SettlementRuleCatalogue.NationalFormat)) return;
        _packs.Add(RulePackIdentity.Of(pack));
        foreach (var row in Rows(pack, "rules.csv", true, "id", "scope", "severity", "grouping", "fields", "zh", "en", "fix_zh", "fix_en", "source"))
        {
            var id = row["id"];
            if (_rules.Any(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                _issues.Add(SettlementCatalogueIssues.DuplicateRule.Create("id", id, row.Location, id));
                continue;
            }

            if (!ReadSeverity(row, out var severity) || severity is null) continue;
            if (!ReadOtherSeverity(row, out var other)) continue;
            var scope = row["scope"] == "batch" ? SettlementRuleScope.Batch : SettlementRuleScope.List;
            var fields = row["fields"].Split(';').Select(f => f.Trim()).Where(f => f.Length > 0).ToImmutableArray();
            foreach (var field in fields)
            {
                if (field is not "*" && SettlementLayout.FindQualified(field) is null && !SettlementLayout.TryFindNode(field, out _))
                    _issues.Add(SettlementCatalogueIssues.UnknownField.Create("fields", field, row.Location, field));
            }

            var rule = new SettlementRule(id, scope, severity.Value, row["grouping"] == "Y", fields,
                new LocalizedText(row["zh"], row["en"]), new LocalizedText(row["fix_zh"], row["fix_en"]), row["source"], origin: pack.Id, otherSeverity: other);
            if (scope == SettlementRuleScope.List && !SettlementChecks.Has(id))
                _issues.Add(SettlementCatalogueIssues.NoImplementation.Create("id", id, row.Location, id));
            _rules.Add(rule);
        }

        ReadShared(pack);
    }

    public void ReadRegion(RulePack pack)
    {
        _issues.AddRange(pack.Issues);
        if (!CheckFormat(pack, SettlementRuleCatalogue.RegionFormat)) return;
        _packs.Add(RulePackIdentity.Of(pack));
        foreach (var row in Rows(pack, "overrides.csv", false, "rule", "severity"))
        {
            var index = _rules.FindIndex(r => string.Equals(r.Id, row["rule"], StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                _issues.Add(SettlementCatalogueIssues.UnknownRule.Create("rule", row["rule"], row.Location, row["rule"]));
                continue;
            }

            if (!ReadSeverity(row, out var severity) || !ReadOtherSeverity(row, out var other)) continue;
            if (severity is null) _disabled.Add(_rules[index].Id);
            else
            {
                // Without other_severity the override sets one severity for the main and the other diagnoses alike.
                _disabled.Remove(_rules[index].Id);
                _rules[index] = _rules[index].WithSeverities(severity.Value, other ?? severity.Value, pack.Id);
            }
        }

        foreach (var row in Rows(pack, "added_rules.csv", false, "id", "kind", "target", "severity", "grouping", "zh", "en", "fix_zh", "fix_en", "source"))
        {
            var id = row["id"];
            if (_rules.Any(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                _issues.Add(SettlementCatalogueIssues.DuplicateRule.Create("id", id, row.Location, id));
                continue;
            }

            if (!ReadSeverity(row, out var severity) || severity is null) continue;
            var kind = row["kind"] switch { "required" => SettlementRuleKind.RequiredField, "forbidden_dx" => SettlementRuleKind.ForbiddenDiagnosis, _ => (SettlementRuleKind?)null };
            if (kind is null)
            {
                _issues.Add(RulePackIssues.NotAllowed.Create("kind", row["kind"], row.Location, "kind", row["kind"], "required, forbidden_dx"));
                continue;
            }

            var target = row["target"];
            if (kind == SettlementRuleKind.RequiredField && SettlementLayout.FindQualified(target) is null)
            {
                _issues.Add(SettlementCatalogueIssues.UnknownField.Create("target", target, row.Location, target));
                continue;
            }

            var fields = kind == SettlementRuleKind.RequiredField ? ImmutableArray.Create(target) : ImmutableArray.Create("diseinfo.diag_code");
            _rules.Add(new SettlementRule(id, SettlementRuleScope.List, severity.Value, row["grouping"] == "Y", fields,
                new LocalizedText(row["zh"], row["en"]), new LocalizedText(row["fix_zh"], row["fix_en"]), row["source"], kind.Value, target, pack.Id));
        }

        ReadShared(pack);
    }

    public SettlementRuleCatalogue Build(Factory factory)
    {
        foreach (var pair in _parameters)
        {
            if (!SettlementParameters.IsValid(pair.Key, pair.Value))
                _issues.Add(SettlementCatalogueIssues.BadParameter.Create(pair.Key, pair.Value, null, pair.Key, pair.Value));
        }

        var dictionaries = ImmutableDictionary.CreateBuilder<SettlementField, SettlementCodeSet>();
        foreach (var pair in _dictionaries)
        {
            var valid = new List<string>();
            foreach (var pattern in pair.Value.Patterns)
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern);
                    valid.Add(pattern);
                }
                catch (ArgumentException)
                {
                    _issues.Add(SettlementCatalogueIssues.BadPattern.Create(pair.Key.ToString(), pattern, null, pattern));
                }
            }

            dictionaries[pair.Key] = new SettlementCodeSet(pair.Key, pair.Value.Codes.ToImmutableDictionary(StringComparer.Ordinal), valid.ToImmutableArray());
        }

        var ordered = _rules.Where(r => r.Kind == SettlementRuleKind.Builtin && r.Scope == SettlementRuleScope.List)
            .Concat(_rules.Where(r => r.Kind == SettlementRuleKind.Builtin && r.Scope == SettlementRuleScope.Batch))
            .Concat(_rules.Where(r => r.Kind != SettlementRuleKind.Builtin));
        return factory(ordered.ToImmutableArray(), _disabled.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
            new SettlementParameters(_parameters.ToImmutableDictionary()), dictionaries.ToImmutable(), _lists.ToImmutableDictionary(StringComparer.Ordinal),
            _pairs.ToImmutableArray(), _weights.ToImmutableArray(), _packs.ToImmutableArray(), _issues.ToImmutableArray());
    }

    private void ReadShared(RulePack pack)
    {
        foreach (var row in Rows(pack, "parameters.csv", false, "name", "value"))
        {
            _parameters[row["name"]] = row["value"];
        }

        var replaced = new HashSet<SettlementField>();
        foreach (var row in Rows(pack, "dictionaries.csv", false, "field", "code"))
        {
            var field = SettlementLayout.FindQualified(row["field"]);
            if (field is null)
            {
                _issues.Add(SettlementCatalogueIssues.UnknownField.Create("field", row["field"], row.Location, row["field"]));
                continue;
            }

            // A pack that lists a field replaces the code set of the packs before it.
            if (replaced.Add(field)) _dictionaries[field] = (new Dictionary<string, string>(StringComparer.Ordinal), new List<string>());
            var code = row["code"];
            if (code.Length > 2 && code[0] == '/' && code[code.Length - 1] == '/') _dictionaries[field].Patterns.Add(code.Substring(1, code.Length - 2));
            else _dictionaries[field].Codes[code] = row.Get("label");
        }

        foreach (var row in Rows(pack, "code_lists.csv", false, "list", "codes"))
        {
            _lists[row["list"]] = CodeRangeSet.Parse(row["codes"]);
        }

        var pairRows = Rows(pack, "code_pairs.csv", false, "rule", "left_kind", "left", "relation", "right_kind", "right").ToList();
        if (pairRows.Count > 0) _pairs.Clear();
        foreach (var row in pairRows)
        {
            if (row["relation"] is not ("requires" or "excludes"))
            {
                _issues.Add(RulePackIssues.NotAllowed.Create("relation", row["relation"], row.Location, "relation", row["relation"], "requires, excludes"));
                continue;
            }

            _pairs.Add(new SettlementCodePair(row["rule"], row["left_kind"], CodeRangeSet.Parse(row["left"]), row["relation"] == "requires",
                row["right_kind"], CodeRangeSet.Parse(row["right"]), row.Get("suggestion")));
        }

        var weightRows = Rows(pack, "weight_codes.csv", false, "code", "min_grams").ToList();
        if (weightRows.Count > 0) _weights.Clear();
        foreach (var row in weightRows)
        {
            if (!decimal.TryParse(row["min_grams"], NumberStyles.Number, CultureInfo.InvariantCulture, out var min))
            {
                _issues.Add(RulePackIssues.NotADecimal.Create("min_grams", row["min_grams"], row.Location, "min_grams", row["min_grams"]));
                continue;
            }

            decimal? max = decimal.TryParse(row.Get("max_grams"), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : null;
            _weights.Add(new SettlementWeightCode(row["code"], min, max, row.Get("suggestion")));
        }
    }

    /// <summary>The optional <c>other_severity</c> column: reject, warning or info; empty or absent gives <see langword="null"/>.</summary>
    private bool ReadOtherSeverity(PackRow row, out IssueSeverity? severity)
    {
        severity = null;
        var text = row.Get("other_severity");
        if (text.Length == 0) return true;
        if (text != "off") return ReadSeverity(row, "other_severity", out severity);
        _issues.Add(RulePackIssues.NotAllowed.Create("other_severity", text, row.Location, "other_severity", text, "reject, warning, info"));
        return false;
    }

    private bool ReadSeverity(PackRow row, out IssueSeverity? severity) => ReadSeverity(row, "severity", out severity);

    private bool ReadSeverity(PackRow row, string column, out IssueSeverity? severity)
    {
        severity = null;
        switch (row[column])
        {
            case "reject": severity = IssueSeverity.Error; return true;
            case "warning": severity = IssueSeverity.Warning; return true;
            case "info": severity = IssueSeverity.Info; return true;
            case "off": return true;
            default:
                _issues.Add(RulePackIssues.NotAllowed.Create(column, row[column], row.Location, column, row[column], string.Join(", ", Severities)));
                return false;
        }
    }

    private bool CheckFormat(RulePack pack, string format)
    {
        if (string.Equals(pack.Manifest.Format, format, StringComparison.Ordinal)) return true;
        _issues.Add(RulePackIssues.UnknownFormat.Create("format", pack.Manifest.Format, null, pack.Manifest.Format, format));
        return false;
    }

    private IEnumerable<PackRow> Rows(RulePack pack, string file, bool required, params string[] columns)
    {
        var text = pack.ReadText(file);
        if (text is null)
        {
            if (required) _issues.Add(RulePackIssues.MissingFile.Create(null, file, null, file));
            yield break;
        }

        var document = CsvDocument.Parse(text, file);
        _issues.AddRange(document.Issues);
        var missing = columns.Where(c => document.ColumnIndex(c) < 0).ToList();
        foreach (var column in missing) _issues.Add(RulePackIssues.MissingColumn.Create(column, null, new SourceLocation(file, 1), column));
        if (missing.Count > 0) yield break;
        foreach (var row in document.Rows)
        {
            var packRow = new PackRow(document, row, file);
            var empty = columns.FirstOrDefault(c => packRow[c].Length == 0 && c is not ("fields" or "source" or "grouping"));
            if (empty is not null)
            {
                _issues.Add(RulePackIssues.EmptyValue.Create(empty, null, packRow.Location, empty));
                continue;
            }

            yield return packRow;
        }
    }

    private readonly struct PackRow
    {
        private readonly CsvDocument _document;
        private readonly CsvRow _row;

        public PackRow(CsvDocument document, CsvRow row, string file)
        {
            _document = document;
            _row = row;
            Location = new SourceLocation(file, row.Line);
        }

        public SourceLocation Location { get; }

        public string this[string column] => _row[_document.ColumnIndex(column)].Trim();

        public string Get(string column) => _document.ColumnIndex(column) < 0 ? string.Empty : this[column];
    }
}
