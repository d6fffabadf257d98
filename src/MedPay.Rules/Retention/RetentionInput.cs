using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention;

/// <summary>
/// Reads year-end inputs from CSV or JSON (layouts in docs/retention.md §6): a hospital's totals by department and group, or an alliance's
/// members, referrals and adverse events. Bad input becomes issues with the file, row and column; reading never throws.
/// </summary>
public static class RetentionInput
{
    /// <summary>Whether a text is JSON describing an alliance (an object with a <c>members</c> array) rather than a hospital.</summary>
    /// <param name="text">The input text.</param>
    /// <returns>Whether it is an alliance in JSON.</returns>
    public static bool IsAllianceJson(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text ?? string.Empty);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("members", out _);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a hospital's totals. CSV: one row per line with columns <c>level</c> (hospital | department | group), <c>id</c>, <c>name</c>,
    /// <c>payment</c>, <c>fee_for_item</c> and optionally <c>disallowed</c>, <c>quality_grade</c>, <c>quality_score</c>, <c>indicators</c>
    /// (<c>name=value;…</c>) on the hospital row. JSON: <c>{ hospital: {id, name, payment, fee_for_item, disallowed}, quality_grade, quality_score,
    /// indicators: {…}, departments: [...], groups: [...] }</c>, keys in snake_case as the CSV columns; the camelCase keys of earlier versions
    /// (<c>feeForItem</c>, <c>qualityGrade</c>, <c>qualityScore</c>) are still read, each with the warning <see cref="RetentionIssues.InputDeprecatedKey"/>.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name, for issue locations; a name ending in <c>.json</c> is read as JSON.</param>
    /// <param name="issues">The issues found.</param>
    /// <returns>The totals, or <see langword="null"/> when the input cannot be used.</returns>
    public static YearEndTotals? ReadYearEnd(string text, string fileName, out ImmutableArray<Issue> issues)
    {
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        var list = ImmutableArray.CreateBuilder<Issue>();
        var totals = IsJson(fileName) ? YearEndFromJson(text, list) : YearEndFromCsv(text, fileName, list);
        issues = list.ToImmutable();
        return issues.Any(i => i.Severity == IssueSeverity.Error) ? null : totals;
    }

    /// <summary>
    /// Reads an alliance. JSON: <c>{ id, name, budget, share_rule, quality_grade, quality_score, indicators, members: [{id, name, level, cost, revenue,
    /// volume, indicators}], referrals: [{id, from, to, direction: up|down, group_cost, insurance_quota}], adverse_events: [{id, primary, upper, cause,
    /// amount}] }</c>; the camelCase keys of earlier versions (<c>shareRule</c>, <c>qualityGrade</c>, <c>qualityScore</c>, <c>groupCost</c>,
    /// <c>insuranceQuota</c>, <c>adverseEvents</c>) are still read, each with the warning <see cref="RetentionIssues.InputDeprecatedKey"/>.
    /// CSV: the members only (<c>id,name,level,cost,revenue,volume[,indicators]</c>); budget and share rule come from <paramref name="defaults"/>.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file name; a name ending in <c>.json</c> is read as JSON.</param>
    /// <param name="defaults">Values for what the file does not give (budget, share rule, grade, score).</param>
    /// <param name="issues">The issues found.</param>
    /// <returns>The input, or <see langword="null"/> when it cannot be used.</returns>
    public static AllianceYearEndInput? ReadAlliance(string text, string fileName, AllianceYearEndInput defaults, out ImmutableArray<Issue> issues)
    {
        if (defaults is null) throw new ArgumentNullException(nameof(defaults));
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        var list = ImmutableArray.CreateBuilder<Issue>();
        var input = IsJson(fileName) ? AllianceFromJson(text, defaults, list) : AllianceFromCsv(text, fileName, defaults, list);
        issues = list.ToImmutable();
        return issues.Any(i => i.Severity == IssueSeverity.Error) ? null : input;
    }

    private static bool IsJson(string fileName) => fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    // ---- CSV ----

    private static YearEndTotals? YearEndFromCsv(string text, string file, ImmutableArray<Issue>.Builder issues)
    {
        var csv = Open(text, file, issues, "level", "id", "payment", "fee_for_item");
        if (csv is null) return null;
        YearEndLine? hospital = null;
        string? grade = null;
        decimal? score = null;
        var indicators = ImmutableDictionary<string, decimal>.Empty;
        var departments = ImmutableArray.CreateBuilder<YearEndLine>();
        var groups = ImmutableArray.CreateBuilder<YearEndLine>();
        foreach (var row in csv.Rows)
        {
            var line = new YearEndLine(Cell(csv, row, "id"), Cell(csv, row, "name"), Number(csv, row, "payment", issues) ?? 0m,
                Number(csv, row, "fee_for_item", issues) ?? 0m, Number(csv, row, "disallowed", issues) ?? 0m);
            switch (Cell(csv, row, "level").ToLowerInvariant())
            {
                case "hospital":
                    if (hospital is not null)
                    {
                        // A second hospital row would silently replace the first: refuse the input instead of choosing.
                        issues.Add(RetentionIssues.InputDuplicateHospital.Create("level", line.Id, At(csv, row, "level"), line.Id, hospital.Id));
                        break;
                    }

                    hospital = line;
                    grade = NullIfEmpty(Cell(csv, row, "quality_grade"));
                    score = Number(csv, row, "quality_score", issues);
                    indicators = Pairs(csv, row, issues);
                    break;
                case "department": departments.Add(line); break;
                case "group": groups.Add(line); break;
                default:
                    issues.Add(RetentionIssues.NotAllowed.Create("level", Cell(csv, row, "level"), At(csv, row, "level"), "level", Cell(csv, row, "level"), "hospital | department | group"));
                    break;
            }
        }

        if (hospital is null)
        {
            issues.Add(RetentionIssues.InputNoHospital.Create("level", null, new SourceLocation(file)));
            return null;
        }

        return new YearEndTotals(hospital) { QualityGrade = grade, QualityScore = score, Indicators = indicators, Departments = departments.ToImmutable(), Groups = groups.ToImmutable() };
    }

    private static AllianceYearEndInput? AllianceFromCsv(string text, string file, AllianceYearEndInput defaults, ImmutableArray<Issue>.Builder issues)
    {
        var csv = Open(text, file, issues, "id", "level", "cost");
        if (csv is null) return null;
        var members = csv.Rows.Select(row => new AllianceMember
        {
            Id = Cell(csv, row, "id"), Name = Cell(csv, row, "name"), Level = Cell(csv, row, "level"),
            Cost = Number(csv, row, "cost", issues) ?? 0m, Revenue = Number(csv, row, "revenue", issues) ?? 0m, Volume = Number(csv, row, "volume", issues) ?? 0m,
            Indicators = Pairs(csv, row, issues),
        }).ToImmutableArray();
        return Copy(defaults, members, defaults.Referrals, defaults.AdverseEvents);
    }

    private static CsvDocument? Open(string text, string file, ImmutableArray<Issue>.Builder issues, params string[] columns)
    {
        var csv = CsvDocument.Parse(text ?? string.Empty, file);
        issues.AddRange(csv.Issues);
        var missing = columns.Where(c => csv.ColumnIndex(c) < 0).ToArray();
        foreach (var c in missing) issues.Add(RetentionIssues.InputMissingColumn.Create(c, null, new SourceLocation(file, 1, 0, c), c));
        return missing.Length == 0 ? csv : null;
    }

    private static string Cell(CsvDocument csv, CsvRow row, string column) => csv.ColumnIndex(column) is var i and >= 0 ? row[i] : string.Empty;

    private static SourceLocation At(CsvDocument csv, CsvRow row, string column) => new(csv.FileName, row.Line, csv.ColumnIndex(column) + 1, column);

    private static decimal? Number(CsvDocument csv, CsvRow row, string column, ImmutableArray<Issue>.Builder issues)
    {
        var text = Cell(csv, row, column);
        if (text.Length == 0) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        issues.Add(RetentionIssues.InputNotANumber.Create(column, text, At(csv, row, column), column, text));
        return null;
    }

    private static ImmutableDictionary<string, decimal> Pairs(CsvDocument csv, CsvRow row, ImmutableArray<Issue>.Builder issues)
    {
        var result = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in Cell(csv, row, "indicators").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && decimal.TryParse(pair.Substring(eq + 1).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) result[pair.Substring(0, eq).Trim()] = v;
            else issues.Add(RetentionIssues.InputNotANumber.Create("indicators", pair, At(csv, row, "indicators"), "indicators", pair));
        }

        return result.ToImmutable();
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // ---- JSON ----

    private static YearEndTotals? YearEndFromJson(string text, ImmutableArray<Issue>.Builder issues) => WithJson(text, issues, root =>
    {
        if (!root.TryGetProperty("hospital", out var h) || h.ValueKind != JsonValueKind.Object)
        {
            issues.Add(RetentionIssues.InputNoHospital.Create("hospital"));
            return null;
        }

        if (root.EnumerateObject().Count(p => p.NameEquals("hospital")) > 1)
        {
            issues.Add(RetentionIssues.InputDuplicateHospital.Create("hospital", Str(h, "id"), null, Str(h, "id") ?? "hospital", "hospital"));
            return null;
        }

        return new YearEndTotals(Line(h, "hospital", issues))
        {
            QualityGrade = Str(root, Key(root, "quality_grade", "qualityGrade", null, issues)),
            QualityScore = Num(root, Key(root, "quality_score", "qualityScore", null, issues), "quality_score", issues),
            Indicators = Dict(root, "indicators", issues),
            Departments = Array(root, "departments").Select((d, i) => Line(d, "departments[" + i + "]", issues)).ToImmutableArray(),
            Groups = Array(root, "groups").Select((g, i) => Line(g, "groups[" + i + "]", issues)).ToImmutableArray(),
        };
    });

    private static AllianceYearEndInput? AllianceFromJson(string text, AllianceYearEndInput defaults, ImmutableArray<Issue>.Builder issues) => WithJson(text, issues, root =>
    {
        var members = Array(root, "members").Select((m, i) => new AllianceMember
        {
            Id = Str(m, "id") ?? string.Empty, Name = Str(m, "name") ?? string.Empty, Level = Str(m, "level") ?? string.Empty,
            Cost = Num(m, "cost", $"members[{i}].cost", issues) ?? 0m, Revenue = Num(m, "revenue", $"members[{i}].revenue", issues) ?? 0m,
            Volume = Num(m, "volume", $"members[{i}].volume", issues) ?? 0m, Indicators = Dict(m, "indicators", issues),
        }).ToImmutableArray();
        var referrals = Array(root, "referrals").Select((r, i) => new Referral(Str(r, "id") ?? "R" + (i + 1), Str(r, "from") ?? string.Empty, Str(r, "to") ?? string.Empty,
            string.Equals(Str(r, "direction"), "down", StringComparison.OrdinalIgnoreCase) ? ReferralDirection.Down : ReferralDirection.Up,
            Num(r, Key(r, "group_cost", "groupCost", $"referrals[{i}]", issues), $"referrals[{i}].group_cost", issues) ?? 0m,
            Num(r, Key(r, "insurance_quota", "insuranceQuota", $"referrals[{i}]", issues), $"referrals[{i}].insurance_quota", issues) ?? 0m)).ToImmutableArray();
        var events = Array(root, Key(root, "adverse_events", "adverseEvents", null, issues)).Select((e, i) => new AdverseEvent(Str(e, "id") ?? "E" + (i + 1), Str(e, "primary") ?? string.Empty,
            Str(e, "upper") ?? string.Empty, Str(e, "cause") ?? string.Empty, Num(e, "amount", $"adverse_events[{i}].amount", issues) ?? 0m)).ToImmutableArray();
        var merged = new AllianceYearEndInput
        {
            Id = Str(root, "id") ?? defaults.Id, Name = Str(root, "name") ?? defaults.Name,
            Budget = Num(root, "budget", "budget", issues) ?? defaults.Budget, ShareRule = Str(root, Key(root, "share_rule", "shareRule", null, issues)) ?? defaults.ShareRule,
            QualityGrade = Str(root, Key(root, "quality_grade", "qualityGrade", null, issues)) ?? defaults.QualityGrade,
            QualityScore = Num(root, Key(root, "quality_score", "qualityScore", null, issues), "quality_score", issues) ?? defaults.QualityScore,
            Indicators = Dict(root, "indicators", issues),
        };
        return Copy(merged, members, referrals, events);
    });

    private static AllianceYearEndInput Copy(AllianceYearEndInput from, ImmutableArray<AllianceMember> members, ImmutableArray<Referral> referrals, ImmutableArray<AdverseEvent> events) => new()
    {
        Id = from.Id, Name = from.Name, Budget = from.Budget, ShareRule = from.ShareRule, QualityGrade = from.QualityGrade, QualityScore = from.QualityScore,
        Indicators = from.Indicators, Members = members, Referrals = referrals, AdverseEvents = events,
    };

    private static T? WithJson<T>(string text, ImmutableArray<Issue>.Builder issues, Func<JsonElement, T?> read)
        where T : class
    {
        try
        {
            using var doc = JsonDocument.Parse(text ?? string.Empty);
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return read(doc.RootElement);
            issues.Add(RetentionIssues.InputBadJson.Create(null, null, null, "expected an object"));
            return null;
        }
        catch (JsonException e)
        {
            issues.Add(RetentionIssues.InputBadJson.Create(null, null, null, e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A lone surrogate escape ("\ud800") parses as JSON but is no text: reading the string throws.
            issues.Add(RetentionIssues.InputBadJson.Create(null, null, null, Settlement.SettlementJson.LoneSurrogate));
            return null;
        }
    }

    private static YearEndLine Line(JsonElement e, string path, ImmutableArray<Issue>.Builder issues) =>
        new(Str(e, "id") ?? string.Empty, Str(e, "name") ?? string.Empty, Num(e, "payment", path + ".payment", issues) ?? 0m,
            Num(e, Key(e, "fee_for_item", "feeForItem", path, issues), path + ".fee_for_item", issues) ?? 0m, Num(e, "disallowed", path + ".disallowed", issues) ?? 0m);

    /// <summary>
    /// The key to read from <paramref name="e"/>: <paramref name="name"/> (snake_case), or, when only the camelCase key of earlier versions is
    /// there, <paramref name="old"/>. An old key gives the warning <see cref="RetentionIssues.InputDeprecatedKey"/> naming the new one (and is
    /// ignored when the new key is there too).
    /// </summary>
    private static string Key(JsonElement e, string name, string old, string? path, ImmutableArray<Issue>.Builder issues)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(old, out _)) return name;
        var at = path is null ? string.Empty : path + ".";
        issues.Add(RetentionIssues.InputDeprecatedKey.Create(at + old, old, null, at + old, at + name));
        return e.TryGetProperty(name, out _) ? name : old;
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : System.Array.Empty<JsonElement>();

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Num(JsonElement e, string name, string path, ImmutableArray<Issue>.Builder issues)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
        if (v.ValueKind == JsonValueKind.String && decimal.TryParse(v.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s)) return s;
        issues.Add(RetentionIssues.InputNotANumber.Create(path, v.ToString(), null, path, v.ToString()));
        return null;
    }

    private static ImmutableDictionary<string, decimal> Dict(JsonElement e, string name, ImmutableArray<Issue>.Builder issues)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var o) || o.ValueKind != JsonValueKind.Object) return ImmutableDictionary<string, decimal>.Empty;
        var result = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in o.EnumerateObject())
        {
            if (Num(o, p.Name, name + "." + p.Name, issues) is { } v) result[p.Name] = v;
        }

        return result.ToImmutable();
    }
}
