using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>Reads the tables of a <c>dip-catalogue/1</c> pack into the parts a <see cref="DipCatalogue"/> is built from.</summary>
internal static class DipCatalogueReader
{
    public const string Format = "dip-catalogue/1";

    public static DipTreatment? ParseTreatment(string text) => text.Trim().ToLowerInvariant() switch
    {
        "conservative" => DipTreatment.Conservative,
        "diagnostic" => DipTreatment.Diagnostic,
        "therapeutic" => DipTreatment.Therapeutic,
        "surgical" => DipTreatment.Surgical,
        _ => null,
    };

    public static DipCatalogue? Read(RulePack pack, out ImmutableArray<Issue> issues)
    {
        var list = ImmutableArray.CreateBuilder<Issue>();
        list.AddRange(pack.Issues);
        if (pack.Manifest.Format.Length > 0 && !pack.Manifest.Format.Equals(Format, StringComparison.OrdinalIgnoreCase))
        {
            list.Add(RulePackIssues.UnknownFormat.Create(field: "format", value: pack.Manifest.Format, args: new object[] { pack.Manifest.Format, Format }));
        }

        var parameters = DipParametersReader.Read(pack, list);
        var procedureTypes = ReadProcedureTypes(pack, list);
        var codeLists = ReadCodeLists(pack, list);
        var groups = ReadGroups(pack, list, procedureTypes);
        var byCode = new Dictionary<string, DipGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups) byCode[group.Code] = group;
        var auxiliary = ReadAuxiliary(pack, list, byCode, codeLists);
        var gradeCoefficients = ReadGradeCoefficients(pack, list, byCode);
        var gradeCosts = ReadGradeCosts(pack, list, byCode);
        var basic = ReadBasicCoefficients(pack, list, byCode);

        issues = list.ToImmutable();
        if (issues.Any(i => i.Severity == IssueSeverity.Error)) return null;
        return new DipCatalogue(RulePackIdentity.Of(pack), pack.Manifest, parameters, groups, procedureTypes, codeLists, auxiliary,
            gradeCoefficients, gradeCosts, basic, issues);
    }

    private static ImmutableDictionary<string, sbyte> ReadProcedureTypes(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = DipTable.Read(pack, "procedure_types.csv", required: true, issues, "code", "type");
        var types = ImmutableDictionary.CreateBuilder<string, sbyte>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var code = Coding.CodeText.Normalize(table.Required(row, "code"));
            var typeText = table.Text(row, "type");
            sbyte? type = typeText.ToLowerInvariant() switch
            {
                "none" => DipCatalogue.ProcedureNone,
                "diagnostic" => (sbyte)DipTreatment.Diagnostic,
                "therapeutic" => (sbyte)DipTreatment.Therapeutic,
                "interventional" => (sbyte)DipTreatment.Surgical,
                "surgical" => (sbyte)DipTreatment.Surgical,
                _ => null,
            };
            if (type is null)
            {
                table.Report(RulePackIssues.NotAllowed, row, "type", typeText, "type", typeText, "none|diagnostic|therapeutic|interventional|surgical");
                continue;
            }

            if (code.Length == 0) continue;
            if (types.ContainsKey(code)) table.Report(RulePackIssues.DuplicateCode, row, "code", code, code);
            else types.Add(code, type.Value);
        }

        return types.ToImmutable();
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> ReadCodeLists(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = DipTable.Read(pack, "code_lists.csv", required: false, issues, "list", "code");
        var lists = new SortedDictionary<string, ImmutableArray<string>.Builder>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var name = table.Required(row, "list");
            var code = Coding.CodeText.Normalize(table.Required(row, "code"));
            if (name is null || code.Length == 0) continue;
            if (!lists.TryGetValue(name, out var codes)) lists.Add(name, codes = ImmutableArray.CreateBuilder<string>());
            codes.Add(code);
        }

        if (lists.Count > DipCatalogue.MaxCodeLists)
        {
            issues.Add(DipIssues.TooManyCodeLists.Create(location: new SourceLocation("code_lists.csv"), args: DipCatalogue.MaxCodeLists));
        }

        return lists.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.OrdinalIgnoreCase);
    }

    private static ImmutableArray<DipGroup> ReadGroups(RulePack pack, ImmutableArray<Issue>.Builder issues, ImmutableDictionary<string, sbyte> procedureTypes)
    {
        var table = DipTable.Read(pack, "groups.csv", required: true, issues, "code", "kind", "diagnosis", "score");
        var groups = ImmutableArray.CreateBuilder<DipGroup>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var code = table.Required(row, "code");
            var kindText = table.Text(row, "kind");
            DipGroupKind? kind = kindText.ToLowerInvariant() switch
            {
                "core" => DipGroupKind.Core,
                "basic" => DipGroupKind.Basic,
                "comprehensive" => DipGroupKind.Comprehensive,
                _ => null,
            };
            if (kind is null) table.Report(RulePackIssues.NotAllowed, row, "kind", kindText, "kind", kindText, "core|basic|comprehensive");
            var key = Coding.CodeText.Normalize(table.Required(row, "diagnosis"));
            var score = table.Decimal(row, "score", out var scoreOk);
            if (score is null && scoreOk) table.Report(RulePackIssues.EmptyValue, row, "score", string.Empty, "score");
            var averageCost = table.Decimal(row, "avg_cost", out var costOk);
            var procedureText = table.Text(row, "procedures");
            var combination = DipProcedureCombination.Parse(procedureText);
            if (combination is null) table.Report(DipIssues.BadCombination, row, "procedures", procedureText, procedureText);
            var treatmentText = table.Text(row, "treatment");
            var treatment = treatmentText.Length == 0 ? null : ParseTreatment(treatmentText);
            if (treatmentText.Length > 0 && treatment is null)
            {
                table.Report(RulePackIssues.NotAllowed, row, "treatment", treatmentText, "treatment", treatmentText, "conservative|diagnostic|therapeutic|surgical");
            }

            if (code is null || kind is null || key.Length == 0 || score is null || !costOk || combination is null) continue;
            if (!seen.Add(code))
            {
                table.Report(RulePackIssues.DuplicateCode, row, "code", code, code);
                continue;
            }

            if (kind == DipGroupKind.Comprehensive)
            {
                if (!combination.IsEmpty)
                {
                    table.Report(DipIssues.ComprehensiveWithProcedures, row, "procedures", procedureText, code);
                    continue;
                }

                if (key.IndexOf('-') > 0 && !IsValidRange(key))
                {
                    table.Report(DipIssues.BadRange, row, "diagnosis", key, key);
                    continue;
                }
            }
            else
            {
                treatment ??= Derive(combination, procedureTypes, table, row);
            }

            if (treatment is null)
            {
                table.Report(DipIssues.MissingTreatment, row, "treatment", treatmentText, code);
                continue;
            }

            groups.Add(new DipGroup(groups.Count, code, table.Text(row, "name"), kind.Value, key, combination, treatment.Value, score.Value, averageCost, table.At(row)));
        }

        return groups.ToImmutable();
    }

    private static DipTreatment? Derive(DipProcedureCombination combination, ImmutableDictionary<string, sbyte> types, DipTable table, CsvRow row)
    {
        if (combination.IsEmpty) return DipTreatment.Conservative;
        sbyte best = -1;
        foreach (var term in combination.Terms)
        {
            foreach (var code in term)
            {
                if (!types.TryGetValue(code, out var type)) table.Report(DipIssues.ProcedureNotInDictionary, row, "procedures", code, code);
                else if (type > best) best = type;
            }
        }

        return best >= (sbyte)DipTreatment.Diagnostic ? (DipTreatment)best : null;
    }

    internal static bool IsValidRange(string key)
    {
        var dash = key.IndexOf('-');
        if (dash != 3 || key.Length != 7) return false;
        var start = key.Substring(0, 3).ToUpperInvariant();
        var end = key.Substring(4, 3).ToUpperInvariant();
        return string.CompareOrdinal(start, end) <= 0;
    }

    private static ImmutableArray<DipAuxiliaryEntry> ReadAuxiliary(RulePack pack, ImmutableArray<Issue>.Builder issues, Dictionary<string, DipGroup> groups,
        ImmutableDictionary<string, ImmutableArray<string>> codeLists)
    {
        var table = DipTable.Read(pack, "auxiliary.csv", required: false, issues, "group", "subtype", "coefficient");
        var entries = ImmutableArray.CreateBuilder<DipAuxiliaryEntry>();
        foreach (var row in table.Rows)
        {
            var group = table.Required(row, "group");
            var subtype = table.Required(row, "subtype");
            var ok = group is not null && subtype is not null;
            if (group is not null && group != "*" && !groups.ContainsKey(group))
            {
                table.Report(DipIssues.UnknownGroup, row, "group", group, group);
                ok = false;
            }

            var dimensionText = table.Text(row, "dimension");
            DipAuxiliaryDimension? dimension = dimensionText.ToLowerInvariant() switch
            {
                "severity" => DipAuxiliaryDimension.Severity,
                "tumour" or "tumor" => DipAuxiliaryDimension.Tumour,
                "age" => DipAuxiliaryDimension.Age,
                "death" => DipAuxiliaryDimension.Death,
                "other" or "" => DipAuxiliaryDimension.Other,
                _ => null,
            };
            if (dimension is null)
            {
                table.Report(RulePackIssues.NotAllowed, row, "dimension", dimensionText, "dimension", dimensionText, "severity|tumour|age|death|other");
                ok = false;
            }

            string? List(string column)
            {
                var name = table.Text(row, column);
                if (name.Length == 0) return null;
                if (codeLists.ContainsKey(name)) return name;
                table.Report(DipIssues.UnknownCodeList, row, column, name, name);
                ok = false;
                return null;
            }

            DipAgeBound? Age(string column)
            {
                var text = table.Text(row, column);
                if (text.Length == 0) return null;
                if (DipAgeBound.TryParse(text, out var bound)) return bound;
                table.Report(RulePackIssues.NotAllowed, row, column, text, column, text, "<n>d | <n>y");
                ok = false;
                return null;
            }

            var otherDx = List("other_dx_list");
            var procedures = List("procedure_list");
            var ageMin = Age("age_min");
            var ageMax = Age("age_max");
            var losMin = table.Integer(row, "los_min", out var a);
            var losMax = table.Integer(row, "los_max", out var b);
            var discharge = table.Integer(row, "discharge", out var c);
            var coefficient = table.Decimal(row, "coefficient", out var d);
            if (coefficient is null && d) table.Report(RulePackIssues.EmptyValue, row, "coefficient", string.Empty, "coefficient");
            var averageCost = table.Decimal(row, "avg_cost", out var e);
            if (averageCost is { } cost)
            {
                if (cost == 0m)
                {
                    table.Report(DipIssues.BadSubtypeCost, row, "avg_cost", table.Text(row, "avg_cost"), subtype ?? string.Empty, table.Text(row, "avg_cost"),
                        "必须大于 0 / must be greater than 0");
                    e = false;
                }
                else if (group == "*")
                {
                    table.Report(DipIssues.BadSubtypeCost, row, "avg_cost", table.Text(row, "avg_cost"), subtype ?? string.Empty, table.Text(row, "avg_cost"),
                        "适用于所有病种（*）的条目不能有一个共同的均值 / an entry for every group (*) cannot have one mean for all groups");
                    e = false;
                }
            }

            if (!ok || !a || !b || !c || !e || coefficient is null) continue;
            entries.Add(new DipAuxiliaryEntry(group!, subtype!, dimension!.Value, table.Text(row, "name"), otherDx, procedures, ageMin, ageMax, losMin, losMax,
                discharge, coefficient.Value, averageCost, table.At(row)));
        }

        return entries.ToImmutable();
    }

    private static ImmutableArray<(string Grade, DipGroup? Group, decimal Coefficient)> ReadGradeCoefficients(RulePack pack, ImmutableArray<Issue>.Builder issues,
        Dictionary<string, DipGroup> groups)
    {
        var table = DipTable.Read(pack, "grade_coefficients.csv", required: false, issues, "grade", "coefficient");
        var rows = ImmutableArray.CreateBuilder<(string, DipGroup?, decimal)>();
        foreach (var row in table.Rows)
        {
            var grade = table.Required(row, "grade");
            var groupCode = table.Text(row, "group");
            DipGroup? group = null;
            if (groupCode.Length > 0 && !groups.TryGetValue(groupCode, out group))
            {
                table.Report(DipIssues.UnknownGroup, row, "group", groupCode, groupCode);
                continue;
            }

            var coefficient = table.Decimal(row, "coefficient", out var ok);
            if (coefficient is null && ok) table.Report(RulePackIssues.EmptyValue, row, "coefficient", string.Empty, "coefficient");
            if (grade is null || coefficient is null) continue;
            rows.Add((grade, group, coefficient.Value));
        }

        return rows.ToImmutable();
    }

    private static ImmutableArray<(DipGroup Group, string Grade, decimal Cost)> ReadGradeCosts(RulePack pack, ImmutableArray<Issue>.Builder issues,
        Dictionary<string, DipGroup> groups)
    {
        var table = DipTable.Read(pack, "grade_costs.csv", required: false, issues, "group", "grade", "avg_cost");
        var rows = ImmutableArray.CreateBuilder<(DipGroup, string, decimal)>();
        foreach (var row in table.Rows)
        {
            var groupCode = table.Required(row, "group");
            var grade = table.Required(row, "grade");
            DipGroup? group = null;
            if (groupCode is not null && !groups.TryGetValue(groupCode, out group)) table.Report(DipIssues.UnknownGroup, row, "group", groupCode, groupCode);
            var cost = table.Decimal(row, "avg_cost", out var ok);
            if (cost is null && ok) table.Report(RulePackIssues.EmptyValue, row, "avg_cost", string.Empty, "avg_cost");
            if (group is null || grade is null || cost is null) continue;
            rows.Add((group, grade, cost.Value));
        }

        return rows.ToImmutable();
    }

    private static ImmutableArray<(DipGroup Group, decimal Coefficient)> ReadBasicCoefficients(RulePack pack, ImmutableArray<Issue>.Builder issues,
        Dictionary<string, DipGroup> groups)
    {
        var table = DipTable.Read(pack, "basic_coefficients.csv", required: false, issues, "group", "coefficient");
        var rows = ImmutableArray.CreateBuilder<(DipGroup, decimal)>();
        foreach (var row in table.Rows)
        {
            var groupCode = table.Required(row, "group");
            DipGroup? group = null;
            if (groupCode is not null && !groups.TryGetValue(groupCode, out group)) table.Report(DipIssues.UnknownGroup, row, "group", groupCode, groupCode);
            else if (group is not null && group.Kind != DipGroupKind.Basic)
            {
                table.Report(DipIssues.NotBasicGroup, row, "group", groupCode, groupCode);
                group = null;
            }

            var coefficient = table.Decimal(row, "coefficient", out var ok);
            if (coefficient is null && ok) table.Report(RulePackIssues.EmptyValue, row, "coefficient", string.Empty, "coefficient");
            if (group is null || coefficient is null) continue;
            rows.Add((group, coefficient.Value));
        }

        return rows.ToImmutable();
    }
}
