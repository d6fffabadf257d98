using System.CommandLine;
using System.Text.RegularExpressions;
using MedPay.Rules.Cli.Commands;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// Issue 15 §5: an option whose value is one of a list is refused, when given a value not in it, with exit code 1 (the command line is wrong)
/// and a message on standard error that lists every valid choice in its Chinese half and in its English half. One row per enumerated option of
/// every command; a second test keeps the table complete (every option of every command is either in it or named as free-form).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class EnumeratedOptionTests
{
    private static readonly Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    private static string Out(string extension) => Path.Combine(Path.GetTempPath(), "medpay-choice-" + Guid.NewGuid().ToString("N") + extension);

    /// <summary>The valid hospital grades of drg-payment-example (coefficients.csv: grades 1, 2, 3) and the seed policy's quality grades (grades.csv).</summary>
    private static readonly string[] HospitalGrades = { "1", "2", "3" };

    private static readonly string[] QualityGrades = { "excellent", "qualified", "unqualified" };

    /// <summary>The columns each command lists for --columns (docs/getting-started-cli.md, result columns).</summary>
    private static readonly string[] DipColumnNames =
    {
        "id", "hospital_id", "status", "group", "group_name", "kind", "treatment", "auxiliary", "auxiliary_coefficient", "group_score", "coefficient",
        "reference_cost", "cost_ratio", "deviation", "special_review", "score", "point_value", "payment", "fund_share", "issues", "reason", "pack_id", "pack_version", "pack_hash",
    };

    private static readonly string[] PayColumnNames =
    {
        "id", "drg", "grouping", "payment_status", "outlier", "method", "weight", "rate", "coefficient", "standard", "total_cost", "personal_payment",
        "payment", "fund_share", "balance", "special_review", "issue", "drg_name", "issues", "reason", "pack_id", "pack_version", "pack_hash",
    };

    private static readonly string[] ValidateColumnNames =
    {
        "list", "setl_id", "rule", "code", "severity", "grouping", "path", "value", "message_zh", "message_en", "fix_zh", "fix_en", "reason", "fix", "source",
        "pack_id", "pack_version", "pack_hash",
    };

    /// <summary>A command line for each command with input that would run, to which one bad option is added.</summary>
    private static string[] Base(string command) => command switch
    {
        "group" => new[] { "group", "--in", Example("cases.csv"), "--out", Out(".csv") },
        "dip" => new[] { "dip", "--in", Example("dip-cases.csv"), "--out", Out(".csv") },
        "pay" => new[] { "pay", "--in", Example("grouped-with-costs.csv"), "--out", Out(".csv") },
        "validate" => new[] { "validate", "--in", Example("settlement-lists.json"), "--out", Out(".csv") },
        "retention" => new[] { "retention", "--in", Example("year-end.csv"), "--out", Out(".csv") },
        "alliance" => new[] { "retention", "--in", Example("alliance.json"), "--out", Out(".json") },
        "report" => new[] { "report", "--in", Example("cases-with-costs.csv"), "--out", Out(".html"), "--retention", "retention-seed" },
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    /// <summary>Command, option, a value not in its list, the exit code, and choices the message must list (each in both halves).</summary>
    public static TheoryData<string, string, string, int, string[]> Rows()
    {
        var rows = new TheoryData<string, string, string, int, string[]>
        {
            { "group", "--columns", "id,nope", 1, GroupColumns.Known.Select(c => c.Name).ToArray() },
            { "group", "--unknown-codes", "guess", 1, new[] { "reject", "drop_and_report", "treat_unknown_procedure_as_none" } },
            { "dip", "--columns", "nope", 1, DipColumnNames },
            { "pay", "--grade", "9", 1, HospitalGrades },
            { "pay", "--fund", "private", 1, new[] { "employee", "resident" } },
            { "pay", "--columns", "nope", 1, PayColumnNames },
            { "validate", "--format", "pdf", 1, new[] { "text", "json", "csv" } },
            { "validate", "--columns", "nope", 1, ValidateColumnNames },
            { "retention", "--grade", "superb", 1, QualityGrades },
            { "alliance", "--rule", "alliance_50_50", 1, new[] { "alliance_30_40_30", "alliance_60_40" } },
            { "report", "--grade", "9", 1, HospitalGrades },
            { "report", "--fund", "private", 1, new[] { "employee", "resident" } },
            { "report", "--quality-grade", "superb", 1, QualityGrades },
        };
        foreach (var command in new[] { "group", "dip", "pay", "validate" })
        {
            rows.Add(command, "--encoding", "latin9", 1, new[] { "auto", "utf-8", "utf-16", "utf-16be", "gb18030" });
            rows.Add(command, "--out-encoding", "latin9", 1, new[] { "utf-8-bom", "utf-8", "utf-16", "gb18030" });
            rows.Add(command, "--newline", "cr", 1, new[] { "crlf", "lf" });
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_value_not_in_the_list_exits_1_and_the_message_lists_the_choices_in_chinese_and_english(string command, string option, string value, int exit, string[] choices)
    {
        var run = InProcessMedpay.Run(Base(command).Concat(new[] { option, value }).ToArray());
        Assert.True(run.Exit == exit, $"medpay {command} {option} {value}: exit {run.Exit}\n{run.Error}");
        var message = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("medpay: ", StringComparison.Ordinal));
        // "medpay: 中文… / English…": the value named in both halves, and every choice in both (the Chinese half before " / ").
        var split = message.IndexOf(" / ", StringComparison.Ordinal);
        Assert.True(split > 0, message);
        var (zh, en) = (message.Substring(0, split), message.Substring(split + 3));
        Assert.Matches(Cjk, zh);
        Assert.DoesNotMatch(Cjk, en);
        Assert.Contains(option, zh + en);
        foreach (var choice in choices)
        {
            Assert.True(zh.Contains(choice, StringComparison.Ordinal), $"Chinese half lacks {choice}: {message}");
            Assert.True(en.Contains(choice, StringComparison.Ordinal), $"English half lacks {choice}: {message}");
        }
    }

    [Fact]
    public void Pay_grade_9_is_refused_with_the_grades_named_in_chinese_and_english()
    {
        var run = InProcessMedpay.Run(Base("pay").Concat(new[] { "--grade", "9" }).ToArray());
        Assert.Equal(1, run.Exit);
        Assert.Contains("--grade 的取值 '9' 无效：应为参数包 drg-payment-example 中的医院等级（可用：1（一级医院）、2（二级医院）、3（三级医院））", run.Error);
        Assert.Contains("'9' is not a value of --grade: expected a hospital grade of the payment pack drg-payment-example (valid choices: 1 (primary hospital), 2 (secondary hospital), 3 (tertiary hospital))", run.Error);
        Assert.Equal(0, InProcessMedpay.Run(Base("pay").Concat(new[] { "--grade", "2" }).ToArray()).Exit);
    }

    /// <summary>Options whose value is free (a path, a number, a switch, a title) or comes from the input file, by command.</summary>
    private static readonly Dictionary<string, string[]> FreeForm = new()
    {
        ["group"] = new[] { "--scheme", "--in", "--out", "--trace", "--threads", "--map-codes", "--keep-columns", "--excel-text" },
        ["dip"] = new[] { "--catalogue", "--in", "--out", "--point-value", "--employee-point-value", "--resident-point-value", "--threads", "--excel-text" },
        ["pay"] = new[] { "--params", "--in", "--out", "--year-out", "--scheme", "--threads", "--excel-text" },
        ["validate"] = new[] { "--in", "--out", "--rules", "--region", "--scheme", "--no-audit", "--excel-text" },
        // --hospital: the ids of the input file; one that is not there exits 3 with the ids listed (RetentionCommandTests / ChainTests).
        ["retention"] = new[] { "--policy", "--in", "--out", "--alliance", "--score", "--budget", "--hospital" },
        ["report"] = new[] { "--scheme", "--in", "--payment", "--retention", "--quality-score", "--title", "--out" },
        ["rules list"] = Array.Empty<string>(),
        ["rules check"] = new[] { "--pack" },
        ["rules diff"] = new[] { "--from", "--to", "--out" },
        ["rules import"] = new[] { "--out" },
    };

    [Fact]
    public void Every_option_of_every_command_is_either_in_the_table_or_free_form()
    {
        var enumerated = Rows().Select(r => ((string)r[0] == "alliance" ? "retention" : (string)r[0], (string)r[1])).ToHashSet();
        var commands = new[] { GroupCommand.Create(), DipCommand.Create(), PayCommand.Create(), ValidateCommand.Create(), RetentionCommand.Create(), ReportCommand.Create() }
            .Select(c => (c.Name, c)).Concat(RulesCommand.Create().Subcommands.Select(s => ("rules " + s.Name, s)));
        var unclassified = new List<string>();
        foreach (var (name, command) in commands)
        {
            Assert.True(FreeForm.ContainsKey(name), "a command without an entry: " + name);
            foreach (var option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption && o is not VersionOption))
            {
                if (!enumerated.Contains((name, option.Name)) && !FreeForm[name].Contains(option.Name)) unclassified.Add(name + " " + option.Name);
            }
        }

        Assert.True(unclassified.Count == 0, "options neither enumerated nor free-form: " + string.Join(", ", unclassified));
    }
}
