using System.Text;
using System.Text.RegularExpressions;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// Issue 15 §5: error messages print their Chinese text once. A bilingual message is "中文 / English"; a reason that is itself worded in both
/// languages (a pack that cannot be read, a lone surrogate in JSON, a file that is not a workbook) used to be put into both halves, so the line
/// said the Chinese twice. <see cref="IssueDefinition.Format"/> now fills each half with its own language of a <see cref="LocalizedText"/>.
/// The test runs the CLI into each kind of error it reports and checks every message line it writes (standard error, and the findings of
/// <c>rules check</c> on standard output).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class BilingualMessageTests
{
    /// <summary>A run of Chinese text: ideographs with the full-width punctuation between them, four characters or more.</summary>
    private static readonly Regex ChineseRun = new(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]{4,}", RegexOptions.CultureInvariant);

    private static readonly Regex IssueLine = new(@"\[(Error|Warning|Info)\] [A-Z0-9_]+", RegexOptions.CultureInvariant);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    /// <summary>The Chinese runs of a line that occur in it more than once; empty when it says its Chinese once.</summary>
    public static IEnumerable<string> RepeatedChinese(string line) =>
        ChineseRun.Matches(line).Select(m => m.Value).GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    [Theory]
    [InlineData("medpay: 分组方案 nosuch 有错误，未加载 / the scheme nosuch has errors and was not loaded", false)]
    [InlineData("  [Error] PACK_UNREADABLE='nosuch': 规则包无法读取：not a folder, a zip file or an embedded pack id / 既不是文件夹、zip 文件，也不是内置规则包 id / the rule pack cannot be read: not a folder, a zip file or an embedded pack id / 既不是文件夹、zip 文件，也不是内置规则包 id", true)]
    public void The_check_finds_a_repeated_chinese_text_and_only_that(string line, bool repeated)
    {
        // The second line is what medpay printed for an unknown --scheme before this change.
        Assert.Equal(repeated, RepeatedChinese(line).Any());
    }

    [Fact]
    public void A_bilingual_value_fills_each_half_of_a_message_in_its_own_language()
    {
        var definition = new IssueDefinition("X", IssueSeverity.Error, "无法读取：{0}（{1}）", "cannot read: {0} ({1})");
        var message = definition.Format(new LocalizedText("文件不存在", "file not found"), 7);
        Assert.Equal(("无法读取：文件不存在（7）", "cannot read: file not found (7)"), (message.Zh, message.En));
    }

    /// <summary>The error cases: a command line and the exit code it gives (each message checked by the test below).</summary>
    private static IEnumerable<(string Name, string[] Args, int Exit)> Cases(string dir)
    {
        string F(string name) => Path.Combine(dir, name);
        string Out(string extension) => Path.Combine(dir, "out-" + Guid.NewGuid().ToString("N") + extension);
        var cases = Example("cases.csv");
        yield return ("unknown scheme", new[] { "group", "--scheme", "nosuch", "--in", cases, "--out", Out(".csv") }, 2);
        yield return ("a scheme that is not a zip", new[] { "group", "--scheme", F("bad.zip"), "--in", cases, "--out", Out(".csv") }, 2);
        yield return ("an empty scheme folder", new[] { "group", "--scheme", F("empty"), "--in", cases, "--out", Out(".csv") }, 2);
        yield return ("a manifest with a lone surrogate", new[] { "rules", "check", "--pack", F("surrogate") }, 5);
        yield return ("no input file", new[] { "group", "--in", F("none.csv"), "--out", Out(".csv") }, 3);
        yield return ("a folder as input", new[] { "group", "--in", dir, "--out", Out(".csv") }, 3);
        yield return ("bytes not valid UTF-8", new[] { "group", "--in", F("bad-bytes.csv"), "--out", Out(".csv"), "--encoding", "utf-8" }, 3);
        yield return ("a missing column", new[] { "group", "--in", F("no-columns.csv"), "--out", Out(".csv") }, 3);
        yield return ("--threads 0", new[] { "group", "--in", cases, "--out", Out(".csv"), "--threads", "0" }, 1);
        yield return ("--out equal to --in", new[] { "group", "--in", cases, "--out", cases }, 1);
        yield return ("--columns", new[] { "group", "--in", cases, "--out", Out(".csv"), "--columns", "nope" }, 1);
        yield return ("unknown catalogue", new[] { "dip", "--catalogue", "nosuch", "--in", Example("dip-cases.csv"), "--out", Out(".csv") }, 2);
        yield return ("dip without diagnoses", new[] { "dip", "--in", F("no-columns.csv"), "--out", Out(".csv") }, 3);
        yield return ("unknown payment pack", new[] { "pay", "--params", "nosuch", "--in", Example("grouped-with-costs.csv"), "--out", Out(".csv") }, 2);
        yield return ("--grade 9", new[] { "pay", "--in", Example("grouped-with-costs.csv"), "--out", Out(".csv"), "--grade", "9" }, 1);
        yield return ("--fund", new[] { "pay", "--in", Example("grouped-with-costs.csv"), "--out", Out(".csv"), "--fund", "private" }, 1);
        yield return ("pay without columns", new[] { "pay", "--in", F("no-columns.csv"), "--out", Out(".csv") }, 3);
        yield return ("unknown settlement pack", new[] { "validate", "--in", Example("settlement-lists.json"), "--rules", "nosuch" }, 2);
        yield return ("unknown region pack", new[] { "validate", "--in", Example("settlement-lists.json"), "--region", F("none") }, 2);
        yield return ("settlement JSON with a lone surrogate", new[] { "validate", "--in", F("surrogate.json"), "--out", Out(".txt") }, 3);
        yield return ("--format", new[] { "validate", "--in", Example("settlement-lists.json"), "--format", "pdf" }, 1);
        yield return ("unknown policy", new[] { "retention", "--policy", "nosuch", "--in", Example("year-end.csv"), "--out", Out(".csv") }, 2);
        yield return ("retention JSON with a lone surrogate", new[] { "retention", "--in", F("surrogate.json"), "--out", Out(".csv") }, 3);
        yield return ("retention --grade", new[] { "retention", "--in", Example("year-end.csv"), "--out", Out(".csv"), "--grade", "superb" }, 1);
        yield return ("several hospitals", new[] { "retention", "--in", F("year.json"), "--out", Out(".csv") }, 1);
        yield return ("an unknown hospital", new[] { "retention", "--in", F("year.json"), "--hospital", "H9", "--out", Out(".csv") }, 3);
        yield return ("report with an unknown payment pack", new[] { "report", "--in", cases, "--payment", "nosuch", "--out", Out(".html") }, 2);
        yield return ("rules check of an unknown pack", new[] { "rules", "check", "--pack", "nosuch" }, 2);
        yield return ("rules diff of an unknown scheme", new[] { "rules", "diff", "--from", "nosuch", "--to", "chs-drg-2.0-excerpt" }, 2);
        yield return ("a workbook that is not a zip", new[] { "rules", "import", F("not-a-workbook.xlsx"), "--out", F("imported") }, 2);
        yield return ("amendments that cannot be applied", new[] { "rules", "check", "--pack", F("workbook") }, 5);
        yield return ("an output folder that does not exist", new[] { "group", "--in", cases, "--out", Path.Combine(dir, "no", "such", "out.csv") }, 4);
    }

    [Fact]
    public void No_error_output_of_the_cli_says_its_chinese_twice()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-bilingual").FullName;
        File.WriteAllText(Path.Combine(dir, "bad.zip"), "{ not a zip");
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        Directory.CreateDirectory(Path.Combine(dir, "surrogate"));
        File.WriteAllText(Path.Combine(dir, "surrogate", "pack.json"), "{\"id\":\"\\ud800\"}");
        File.WriteAllText(Path.Combine(dir, "surrogate.json"), "{\"hospital\":{\"id\":\"\\ud800\",\"payment\":1,\"fee_for_item\":1},\"setlinfo\":{\"psn_name\":\"\\ud800\"}}");
        File.WriteAllBytes(Path.Combine(dir, "bad-bytes.csv"), Encoding.UTF8.GetBytes("id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\nA,")
            .Concat(new byte[] { 0xC4, 0x0A }).ToArray());
        File.WriteAllText(Path.Combine(dir, "no-columns.csv"), "id,name\n1,a\n");
        File.WriteAllText(Path.Combine(dir, "not-a-workbook.xlsx"), "plain text, not a workbook");
        // The CHS-DRG 1.1 workbook of ../shared/conformance with an amendment for an exclusion table it does not have, and an empty one.
        var workbook = Directory.CreateDirectory(Path.Combine(dir, "workbook")).FullName;
        foreach (var file in Directory.GetFiles(SharedFixtures.ChsDrg11Workbook)) File.Copy(file, Path.Combine(workbook, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(workbook, "amendments.csv"), "action,target,code,value,note\nadd_exclusion,NOSUCH,J61.x00x001,,x\nremove_member,,,,y\n");
        Assert.Equal(0, InProcessMedpay.Run("pay", "--in", Example("grouped-with-costs.csv"), "--out", Path.Combine(dir, "p.csv"), "--year-out", Path.Combine(dir, "year.json")).Exit);

        var failures = new List<string>();
        try
        {
            foreach (var (name, args, exit) in Cases(dir))
            {
                var run = InProcessMedpay.Run(args);
                var output = run.Error + run.Out; // rules check lists its findings on standard output
                if (run.Exit != exit) failures.Add($"{name}: exit {run.Exit}, expected {exit}\n{output}");
                if (!Regex.IsMatch(output, @"\p{IsCJKUnifiedIdeographs}")) failures.Add($"{name}: no Chinese message at all\n{output}");
                // The messages: medpay's own ("medpay: 中文 / English") and the issues it lists ("[Error] CODE …: 中文 / English"); the
                // import report's statistics lines quote workbook headers (类型编号) as data and are not messages.
                foreach (var line in output.Split('\n').Where(l => l.StartsWith("medpay: ", StringComparison.Ordinal) || IssueLine.IsMatch(l)))
                {
                    var repeated = RepeatedChinese(line).ToList();
                    if (repeated.Count > 0) failures.Add($"{name}: '{string.Join("', '", repeated)}' twice in: {line}");
                }
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
