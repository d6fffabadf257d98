using System.Collections.Immutable;
using System.CommandLine;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay retention</c>: the year-end retention and overspend-sharing report of a hospital, or the global-budget settlement of an alliance.</summary>
internal static class RetentionCommand
{
    public static Command Create()
    {
        var policy = new Option<string?>("--policy") { Description = "retention policy pack: folder, zip or embedded id (default: the embedded retention-seed) / 结余留用政策包" };
        var input = new Option<string>("--in") { Description = "year-end totals (.csv or .json; see docs/retention.md §6) / 年终数据", Required = true };
        var output = new Option<string>("--out") { Description = "report: .json, .csv, or text for any other extension / 报告（.json、.csv 或文本）", Required = true };
        var alliance = new Option<bool>("--alliance") { Description = "the input lists alliance members (a JSON input with members is detected) / 输入为医联体成员" };
        var grade = new Option<string?>("--grade") { Description = "quality grade when the input gives none / 质量等级" };
        var score = new Option<decimal?>("--score") { Description = "quality score when the input gives none / 质量得分" };
        var budget = new Option<decimal?>("--budget") { Description = "alliance global budget in yuan when the input gives none / 医联体总额预算（元）" };
        var rule = new Option<string?>("--rule") { Description = "share rule splitting the alliance's result, e.g. alliance_30_40_30 / 成员分配规则" };
        var hospital = new Option<string?>("--hospital") { Description = "the hospital to report when the JSON input lists several (what medpay pay --year-out writes) / 输入含多家医院时选择的医院" };
        var command = new Command("retention", "Year-end balance retention and overspend sharing (结余留用、合理超支分担), hospital or alliance / 年终结余留用与超支分担测算")
        {
            policy, input, output, alliance, grade, score, budget, rule, hospital,
        };
        command.SetAction(parse => Run(parse.GetValue(policy), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(alliance),
            parse.GetValue(grade), parse.GetValue(score), parse.GetValue(budget), parse.GetValue(rule), parse.GetValue(hospital)));
        return command;
    }

    private static int Run(string? policyPath, string inputPath, string outputPath, bool alliance, string? grade, decimal? score, decimal? budget, string? rule, string? hospital)
    {
        var policy = PackLoading.Load(policyPath, RetentionPolicy.SeedId, RetentionPolicy.Load);
        if (policy is null) return ExitCodes.BadRulePack;
        if (!GradeOption.CheckQualityGrade("--grade", grade, policy)) return ExitCodes.Usage;
        if (rule is not null && policy.ShareRule(rule) is null)
        {
            // The share rules a user can name: the surplus splits; each "<rule>_overspend" split is applied with its rule (docs/retention.md §3).
            var id = policy.Identity?.Id ?? "retention policy";
            OptionChoices.Refuse("--rule", rule, new LocalizedText($"政策 {id} 中的分配规则", $"a share rule of the policy {id}"),
                policy.ShareRules.Keys.Where(k => !k.EndsWith(RetentionPolicy.OverspendSuffix, StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal)
                    .Select(k => new OptionChoices.Choice(k)).ToArray());
            return ExitCodes.Usage;
        }
        var text = PackLoading.ReadInput(inputPath);
        if (text is null) return ExitCodes.BadInput;
        var fileName = Path.GetFileName(inputPath);
        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !alliance)
        {
            var selected = YearOut.Select(text, hospital, out var exit);
            if (exit != 0) return exit;
            text = selected ?? text;
        }
        string report;
        ImmutableArray<Issue> issues;
        bool ok;
        if (alliance || RetentionInput.IsAllianceJson(text))
        {
            var defaults = new AllianceYearEndInput { Budget = budget ?? 0m, ShareRule = rule ?? string.Empty, QualityGrade = grade, QualityScore = score };
            var members = RetentionInput.ReadAlliance(text, fileName, defaults, out issues);
            if (members is null) return Fail(issues);
            var result = AllianceYearEnd.Compute(policy, members);
            (report, ok, issues) = (Render(outputPath, result.ToJson, result.ToCsv, result.ToText), result.Alliance is not null, issues.AddRange(result.Issues));
        }
        else
        {
            var totals = RetentionInput.ReadYearEnd(text, fileName, out issues);
            if (totals is null) return Fail(issues);
            if (totals.QualityGrade is null && totals.QualityScore is null) totals = With(totals, grade, score);
            var result = HospitalYearEnd.Compute(policy, totals);
            (report, ok, issues) = (Render(outputPath, result.ToJson, result.ToCsv, result.ToText), result.Hospital is not null, issues.AddRange(result.Issues));
        }

        Console2.Issues(issues);
        if (issues.Any(i => i.Code == RetentionIssues.UnknownGrade.Code || i.Code == RetentionIssues.UnknownInputGrade.Code))
        {
            var grades = string.Join(", ", policy.Grades.Select(g => g.Code));
            Console2.Info($"  质量等级 / quality grades of {policy} (valid choices): {grades}");
        }

        if (!ok) return Fail(ImmutableArray<Issue>.Empty);
        if (!PackLoading.WriteOutput(outputPath, report)) return ExitCodes.CannotWrite;
        Console2.Info($"retention report with {policy}: {outputPath}");
        return ExitCodes.Success;
    }

    private static YearEndTotals With(YearEndTotals t, string? grade, decimal? score) => new(t.Hospital)
    {
        QualityGrade = grade, QualityScore = score, Indicators = t.Indicators, Departments = t.Departments, Groups = t.Groups,
    };

    private static string Render(string path, Func<string> json, Func<string> csv, Func<string> text) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? json() : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? csv() : text();

    private static int Fail(ImmutableArray<Issue> issues)
    {
        Console2.Error("输入无法使用", "the input cannot be used");
        Console2.Issues(issues);
        return ExitCodes.BadInput;
    }
}
