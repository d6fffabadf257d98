using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Retention.PerDiem;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention;

/// <summary>Reads and validates the files of a <c>retention-policy/1</c> pack (layout in docs/retention.md).</summary>
internal static class RetentionPolicyReader
{
    private const decimal Unbounded = decimal.MaxValue;

    public static RetentionPolicy? Read(RulePack pack, out ImmutableArray<Issue> issues)
    {
        var list = ImmutableArray.CreateBuilder<Issue>();
        list.AddRange(pack.Issues);
        if (pack.Manifest.Format.Length > 0 && !pack.Manifest.Format.Equals(RetentionPolicy.Format, StringComparison.OrdinalIgnoreCase))
            list.Add(RulePackIssues.UnknownFormat.Create("format", pack.Manifest.Format, null, pack.Manifest.Format, RetentionPolicy.Format));

        var parameterRows = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var parameters = ReadParameters(pack, list, parameterRows);
        var grades = ReadGrades(pack, list);
        var surplus = ReadSurplus(pack, list, grades);
        var overspend = ReadSchedules(PolicyTable.Open(pack, "overspend_bands.csv", list, "up_to", "fund_share"), "fund_share", _ => "*", "overspend_bands.csv")
            .TryGetValue("*", out var o) ? o : RateSchedule.Flat(0m);
        var shares = ReadShares(pack, list);
        var points = ReadPoints(pack, list, shares);
        var risk = ReadRiskFund(pack, list);
        var targets = ReadTargets(pack, list);
        var adjustments = ReadAdjustments(pack, list);
        var perDiem = ReadPerDiem(pack, list);
        CheckMonotone(grades, surplus, list);
        CheckConditions(parameters, targets, parameterRows, list);
        if (surplus.Count > 0 && !surplus.ContainsKey(RetentionPolicy.AnyGrade))
        {
            foreach (var g in grades.Where(g => !surplus.ContainsKey(g.Code)))
                list.Add(RetentionIssues.GradeWithoutBands.Create("grade", g.Code, new SourceLocation("surplus_bands.csv"), g.Code));
        }


        issues = list.ToImmutable();
        if (issues.Any(i => i.Severity == IssueSeverity.Error)) return null;
        return new RetentionPolicy(RulePackIdentity.Of(pack), parameters, grades, surplus, overspend, shares, points, risk, targets, adjustments,
            perDiem, issues.Where(i => i.Severity != IssueSeverity.Error).ToImmutableArray());
    }

    private static RetentionParameters ReadParameters(RulePack pack, ImmutableArray<Issue>.Builder issues, Dictionary<string, SourceLocation> where)
    {
        var table = PolicyTable.Open(pack, "parameters.csv", issues, "name", "value");
        var p = RetentionParameters.Neutral;
        foreach (var row in table.Rows)
        {
            var name = table.Text(row, "name");
            if (name is null) continue;
            var isNumber = RetentionParameters.Catalogue.TryGetValue(name, out var entry);
            var isWord = RetentionParameters.WordCatalogue.TryGetValue(name, out var words);
            if (!isNumber && !isWord)
            {
                table.Add(RetentionIssues.UnknownParameter, row, "name", name);
                continue;
            }

            if (where.ContainsKey(name))
            {
                table.Add(RetentionIssues.Duplicate, row, "name", "parameter", name);
                continue;
            }

            where[name] = table.Where(row, "value");
            if (isWord)
            {
                var word = table.Text(row, "value");
                if (word is null) continue;
                if (words.Words.Contains(word, StringComparer.OrdinalIgnoreCase)) p = words.Set(p, word);
                else table.Add(RetentionIssues.NotAllowed, row, "value", name, word, string.Join(" | ", words.Words));
            }
            else if (table.Number(row, "value", entry.Min, entry.Max, true, out var value) && value is { } v) p = entry.Set(p, v);
        }

        return p;
    }

    /// <summary>Warns when an amount is paid under a condition that has no target: the condition then always holds (docs/retention.md §4).</summary>
    private static void CheckConditions(RetentionParameters p, ImmutableArray<IndicatorTarget> targets, Dictionary<string, SourceLocation> where, ImmutableArray<Issue>.Builder issues)
    {
        foreach (var (parameter, amount, condition) in new[] { ("capitation_extra_reward", p.CapitationExtraReward, "capitation_extra"), ("pathway_reward_per_case", p.PathwayRewardPerCase, "pathway_reward") })
        {
            if (amount == 0m || targets.Any(t => string.Equals(t.AppliesTo, condition, StringComparison.OrdinalIgnoreCase))) continue;
            issues.Add(RetentionIssues.ConditionWithoutTargets.Create("value", amount.ToString(CultureInfo.InvariantCulture), where[parameter], parameter, condition));
        }
    }

    private static ImmutableArray<QualityGrade> ReadGrades(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "grades.csv", issues, "grade", "rank");
        var grades = new List<QualityGrade>();
        foreach (var row in table.Rows)
        {
            var code = table.Text(row, "grade");
            var okRank = table.Number(row, "rank", -1000m, 1000m, true, out var rank);
            var okScore = table.Number(row, "min_score", 0m, Unbounded, false, out var min);
            var okCoefficient = table.Number(row, "payment_coefficient", 0m, 10m, false, out var coefficient);
            if (code is null || !okRank || !okScore || !okCoefficient || rank is null) continue;
            if (rank != decimal.Truncate(rank.Value))
            {
                table.Add(RulePackIssues.NotANumber, row, "rank", "rank", table.Cell(row, "rank"));
                continue;
            }

            if (grades.Any(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase))) table.Add(RetentionIssues.Duplicate, row, "grade", "grade", code);
            else if (grades.Any(g => g.Rank == (int)rank.Value)) table.Add(RetentionIssues.Duplicate, row, "rank", "rank", table.Cell(row, "rank"));
            else
            {
                var zh = table.Cell(row, "name_zh");
                var en = table.Cell(row, "name_en");
                grades.Add(new QualityGrade(code, (int)rank.Value, min, coefficient ?? 1m, new LocalizedText(zh.Length > 0 ? zh : code, en.Length > 0 ? en : code)));
            }
        }

        return grades.OrderBy(g => g.Rank).ToImmutableArray();
    }

    private static ImmutableDictionary<string, RateSchedule> ReadSurplus(RulePack pack, ImmutableArray<Issue>.Builder issues, ImmutableArray<QualityGrade> grades)
    {
        var table = PolicyTable.Open(pack, "surplus_bands.csv", issues, "grade", "up_to", "rate");
        return ReadSchedules(table, "rate", row =>
        {
            var grade = table.Text(row, "grade");
            if (grade is null) return null;
            if (grade == RetentionPolicy.AnyGrade) return grade;
            var known = grades.FirstOrDefault(g => string.Equals(g.Code, grade, StringComparison.OrdinalIgnoreCase));
            if (known is null) table.Add(RetentionIssues.UnknownGrade, row, "grade", grade);
            return known?.Code;
        }, "surplus_bands.csv");
    }

    /// <summary>Reads banded rows (<c>up_to</c> + a rate column) grouped by a key, checking order and that each schedule ends open.</summary>
    private static ImmutableDictionary<string, RateSchedule> ReadSchedules(PolicyTable table, string rateColumn, Func<CsvRow, string?> key, string file)
    {
        var bands = new Dictionary<string, List<(RateBand Band, CsvRow Row)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var k = key(row);
            var okUpTo = table.Number(row, "up_to", 0m, Unbounded, false, out var upTo);
            var okRate = table.Number(row, rateColumn, 0m, 1m, true, out var rate);
            if (k is null || !okUpTo || !okRate || rate is null) continue;
            if (!bands.TryGetValue(k, out var list)) bands[k] = list = new List<(RateBand, CsvRow)>();
            if (list.Count > 0 && (list[list.Count - 1].Band.UpTo is not { } previous || upTo is { } u && u <= previous))
            {
                table.Add(RetentionIssues.BandsNotIncreasing, row, "up_to", file + " " + k);
                continue;
            }

            list.Add((new RateBand(upTo, rate.Value), row));
        }

        var result = ImmutableDictionary.CreateBuilder<string, RateSchedule>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in bands)
        {
            var last = pair.Value[pair.Value.Count - 1];
            if (last.Band.UpTo is not null) table.Add(RetentionIssues.BandsNotOpen, last.Row, "up_to", file + " " + pair.Key);
            result[pair.Key] = new RateSchedule(pair.Value.Select(b => b.Band).ToImmutableArray());
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, ShareRule> ReadShares(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "shares.csv", issues, "rule", "party", "share");
        var rules = new Dictionary<string, (List<ShareParty> Parties, string Note, CsvRow Row)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var rule = table.Text(row, "rule");
            var party = table.Text(row, "party");
            var okShare = table.Number(row, "share", 0m, Unbounded, true, out var share);
            var within = ParseBasis(table.Cell(row, "within"));
            if (within is null) table.Add(RetentionIssues.NotAllowed, row, "within", "within", table.Cell(row, "within"), "equal | volume | revenue | cost");
            if (rule is null || party is null || !okShare || share is null || within is null) continue;
            if (!rules.TryGetValue(rule, out var entry)) rules[rule] = entry = (new List<ShareParty>(), table.Cell(row, "note"), row);
            if (entry.Parties.Any(p => string.Equals(p.Party, party, StringComparison.OrdinalIgnoreCase)))
                table.Add(RetentionIssues.Duplicate, row, "party", "party", rule + "/" + party);
            else entry.Parties.Add(new ShareParty(party, share.Value, within.Value));
        }

        foreach (var pair in rules.Where(r => r.Value.Parties.Sum(p => p.Share) <= 0m))
            table.Add(RetentionIssues.EmptyShareRule, pair.Value.Row, "share", pair.Key);
        return rules.ToImmutableDictionary(r => r.Key, r => new ShareRule(r.Key, r.Value.Parties.ToImmutableArray(), r.Value.Note), StringComparer.OrdinalIgnoreCase);
    }

    private static SplitBasis? ParseBasis(string text) => text.ToLowerInvariant() switch
    {
        "" or "equal" => SplitBasis.Equal,
        "volume" => SplitBasis.Volume,
        "revenue" => SplitBasis.Revenue,
        "cost" => SplitBasis.Cost,
        _ => null,
    };

    private static ImmutableArray<BonusPointRule> ReadPoints(RulePack pack, ImmutableArray<Issue>.Builder issues, ImmutableDictionary<string, ShareRule> shares)
    {
        var table = PolicyTable.Open(pack, "points.csv", issues, "rule", "indicator");
        var points = ImmutableArray.CreateBuilder<BonusPointRule>();
        foreach (var row in table.Rows)
        {
            var rule = table.Text(row, "rule");
            var indicator = table.Text(row, "indicator");
            var okPoints = table.Number(row, "points", 0m, Unbounded, false, out var fixedPoints);
            var okPerUnit = table.Number(row, "points_per_unit", 0m, Unbounded, false, out var perUnit);
            IndicatorTarget? target = null;
            var okTarget = true;
            if (table.Cell(row, "operator").Length > 0 || table.Cell(row, "threshold").Length > 0)
            {
                var op = table.Operator(row, "operator");
                okTarget = table.Number(row, "threshold", decimal.MinValue, Unbounded, true, out var threshold) && op is not null;
                if (okTarget && indicator is not null) target = new IndicatorTarget(rule ?? string.Empty, indicator, op!.Value, threshold!.Value, table.Cell(row, "note"));
            }

            if (rule is not null && !shares.ContainsKey(rule))
            {
                table.Add(RetentionIssues.UnknownRule, row, "rule", rule);
                continue;
            }

            if (rule is not null && rule.EndsWith(RetentionPolicy.OverspendSuffix, StringComparison.OrdinalIgnoreCase))
            {
                table.Add(RetentionIssues.PointsOnOverspendRule, row, "rule", rule);
                continue;
            }

            if (rule is null || indicator is null || !okPoints || !okPerUnit || !okTarget) continue;
            points.Add(new BonusPointRule(rule, indicator, target, fixedPoints ?? 0m, perUnit ?? 0m, table.Cell(row, "note")));
        }

        return points.ToImmutable();
    }

    private static ImmutableDictionary<string, decimal> ReadRiskFund(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "risk_fund.csv", issues, "level", "rate");
        var rates = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var level = table.Text(row, "level");
            if (!table.Number(row, "rate", 0m, 1m, true, out var rate) || level is null || rate is null) continue;
            if (rates.ContainsKey(level)) table.Add(RetentionIssues.Duplicate, row, "level", "level", level);
            else rates[level] = rate.Value;
        }

        return rates.ToImmutable();
    }

    private static ImmutableArray<IndicatorTarget> ReadTargets(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "targets.csv", issues, "applies_to", "indicator", "operator", "threshold");
        var targets = ImmutableArray.CreateBuilder<IndicatorTarget>();
        foreach (var row in table.Rows)
        {
            var appliesTo = table.Text(row, "applies_to");
            var indicator = table.Text(row, "indicator");
            var op = table.Operator(row, "operator");
            var ok = table.Number(row, "threshold", decimal.MinValue, Unbounded, true, out var threshold);
            if (appliesTo is null || indicator is null || op is null || !ok || threshold is null) continue;
            targets.Add(new IndicatorTarget(appliesTo, indicator, op.Value, threshold.Value, table.Cell(row, "note")));
        }

        return targets.ToImmutable();
    }

    private static ImmutableDictionary<string, Adjustment> ReadAdjustments(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "adjustments.csv", issues, "name", "kind", "value");
        var adjustments = ImmutableDictionary.CreateBuilder<string, Adjustment>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var name = table.Text(row, "name");
            AdjustmentKind? kind = table.Cell(row, "kind").ToLowerInvariant() switch
            {
                "multiply" => AdjustmentKind.Multiply,
                "add_points" => AdjustmentKind.AddPoints,
                _ => null,
            };
            if (kind is null) table.Add(RetentionIssues.NotAllowed, row, "kind", "kind", table.Cell(row, "kind"), "multiply | add_points");
            var ok = table.Number(row, "value", -1m, 10m, true, out var value);
            if (name is null || kind is null || !ok || value is null) continue;
            if (adjustments.ContainsKey(name)) table.Add(RetentionIssues.Duplicate, row, "name", "adjustment", name);
            else adjustments[name] = new Adjustment(name, kind.Value, value.Value, table.Cell(row, "note"));
        }

        return adjustments.ToImmutable();
    }

    private static PerDiemTariff ReadPerDiem(RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = PolicyTable.Open(pack, "per_diem.csv", issues, "service", "from_day", "to_day", "rate_per_day");
        var services = new Dictionary<string, List<PerDiemBand>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var service = table.Text(row, "service");
            var okFrom = table.Number(row, "from_day", 1m, 100000m, true, out var from);
            var okTo = table.Number(row, "to_day", 1m, 100000m, false, out var to);
            var okRate = table.Number(row, "rate_per_day", 0m, Unbounded, true, out var rate);
            if (service is null || !okFrom || !okTo || !okRate || from is null || rate is null) continue;
            if (!services.TryGetValue(service, out var bands)) services[service] = bands = new List<PerDiemBand>();
            var expected = bands.Count == 0 ? 1 : bands[bands.Count - 1].ToDay is { } last ? last + 1 : -1;
            var fromDay = (int)from.Value;
            int? toDay = to is { } t ? (int)t : null;
            if (fromDay != expected || from != decimal.Truncate(from.Value) || toDay < fromDay)
            {
                table.Add(RetentionIssues.DayBandsGap, row, "from_day", service, expected < 0 ? "—" : expected.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            bands.Add(new PerDiemBand(service, fromDay, toDay, rate.Value));
        }

        foreach (var pair in services.Where(s => s.Value[s.Value.Count - 1].ToDay is not null))
            issues.Add(RetentionIssues.BandsNotOpen.Create("to_day", null, new SourceLocation("per_diem.csv"), "per_diem.csv " + pair.Key));
        return new PerDiemTariff(services.ToImmutableDictionary(s => s.Key, s => s.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Warns when a better grade retains less than a worse one at some surplus ratio. A surplus is at most the payment (the fee-for-item total
    /// is not negative), so the ratios that can occur are (0, 1]; checking at every band bound inside it and at 1 is exact for
    /// piecewise-linear schedules.
    /// </summary>
    private static void CheckMonotone(ImmutableArray<QualityGrade> grades, ImmutableDictionary<string, RateSchedule> surplus, ImmutableArray<Issue>.Builder issues)
    {
        var points = surplus.Values.SelectMany(s => s.Bands).Where(b => b.UpTo is { } u && u < 1m).Select(b => b.UpTo!.Value).Append(1m).ToList();
        for (var i = 1; i < grades.Length; i++)
        {
            var worse = Schedule(grades[i - 1]);
            var better = Schedule(grades[i]);
            if (worse is null || better is null) continue;
            foreach (var ratio in points.Where(r => r > 0m).Distinct().OrderBy(r => r))
            {
                if (better.Apply(ratio, 1m) >= worse.Apply(ratio, 1m)) continue;
                issues.Add(RetentionIssues.NotMonotoneInGrade.Create("grade", grades[i].Code, new SourceLocation("surplus_bands.csv"),
                    grades[i].Code, grades[i - 1].Code, ratio.ToString(CultureInfo.InvariantCulture)));
                break;
            }
        }

        RateSchedule? Schedule(QualityGrade g) =>
            surplus.TryGetValue(g.Code, out var own) ? own : surplus.TryGetValue(RetentionPolicy.AnyGrade, out var any) ? any : null;
    }
}
