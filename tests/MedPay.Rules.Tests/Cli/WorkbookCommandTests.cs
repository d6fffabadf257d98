using MedPay.Rules.Cli;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// The command line over the official NHSA workbook (issue 12): <c>medpay group --scheme</c> with the CHS-DRG 1.1 workbook fixture
/// (../shared/conformance/chs-drg-1.1-workbook) as an <c>.xlsx</c> and as a folder, <c>rules import</c>, <c>rules check</c>,
/// <c>rules diff</c> against a folder pack, and the exits of a bad workbook. Run in-process, in the console collection.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class WorkbookCommandTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-wbcli-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Workbook => Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx");

    private static string Cases => Path.Combine(SharedFixtures.ChsDrg11, "cases.csv");

    private static (int Exit, string Out, string Error) Medpay(params string[] args) => InProcessMedpay.Run(args);

    /// <summary>The expected <c>mdc,adrg,drg</c> of every case, read from the fixture's cases.csv (its last three columns).</summary>
    private static Dictionary<string, string> Expected()
    {
        var rows = FixtureFacts.Rows(SharedFixtures.ChsDrg11, "cases.csv");
        Assert.True(rows.Count > 0, $"{Cases}: no cases");
        return rows.ToDictionary(f => f[0], f => string.Join(",", f[f.Length - 3], f[f.Length - 2], f[f.Length - 1]));
    }

    public static TheoryData<string> SchemeForms => new() { "workbook.xlsx", "folder" };

    [Theory]
    [MemberData(nameof(SchemeForms))]
    public void Group_with_the_workbook_as_the_scheme_agrees_with_every_expected_result(string form)
    {
        var scheme = form == "folder" ? SharedFixtures.ChsDrg11Workbook : Workbook;
        var output = Temp("out.csv");
        var run = Medpay("group", "--scheme", scheme, "--in", Cases, "--out", output);
        Assert.True(run.Exit == 0, $"medpay group --scheme {scheme}: exit {run.Exit}\n{run.Error}");
        // The one-line account of the import: the workbook's name and what was built (the counts of the folder fixture's files).
        Assert.Contains("workbook.xlsx: " + FixtureFacts.SchemeSummary(SharedFixtures.ChsDrg11), run.Error);

        var expected = Expected();
        var lines = File.ReadAllLines(output);
        File.Delete(output);
        Assert.Equal("id,mdc,adrg,drg,status", lines[0]);
        Assert.True(lines.Length - 1 == expected.Count, $"{scheme} over {Cases}: {lines.Length - 1} results for {expected.Count} cases");
        var wrong = lines.Skip(1).Select(l => l.Split(',')).Where(f => expected[f[0]] != string.Join(",", f[1], f[2], f[3]))
            .Select(f => $"{f[0]}: expected {expected[f[0]]}, got {string.Join(",", f.Skip(1))}").ToList();
        Assert.True(wrong.Count == 0, $"{scheme} over {Cases}: {wrong.Count} of {expected.Count} cases differ:\n" + string.Join("\n", wrong.Take(20)));
    }

    [Fact]
    public void Rules_import_writes_a_folder_pack_that_groups_every_case_identically_and_its_import_report()
    {
        var folder = Temp("pack");
        try
        {
            var run = Medpay("rules", "import", Workbook, "--out", folder);
            Assert.True(run.Exit == 0, $"medpay rules import {Workbook}: exit {run.Exit}\n{run.Error}");
            foreach (var file in new[] { "scheme.json", "mdc.csv", "adrg.csv", "drg.csv", "tables.csv", "cc.csv", "cc_exclusions.csv", "diagnoses.csv", "procedures.csv", "import-report.txt" })
            {
                Assert.True(File.Exists(Path.Combine(folder, file)), $"{folder}: no {file}");
            }

            // The folder pack loads with the core library alone (no workbook reader) and without errors.
            var loaded = DrgScheme.TryLoad(folder, workbookReader: null);
            Assert.True(loaded.Succeeded, $"{folder}: " + string.Join("\n", loaded.Errors.Take(20)));
            Assert.Null(loaded.ImportReport);
            Assert.Equal(DrgScheme.FormatName, loaded.Scheme!.Manifest.Format);
            // Counts read from the folder fixture of the same scheme (mdc.csv, adrg.csv, drg.csv).
            Assert.Equal(FixtureFacts.SchemeCounts(SharedFixtures.ChsDrg11), (loaded.Scheme.Mdcs.Length, loaded.Scheme.Adrgs.Length, loaded.Scheme.Drgs.Length));

            // Every conformance case groups as expected, and exactly as the workbook itself groups it (status, codes and issues).
            var fromWorkbook = DrgWorkbook.TryLoad(Workbook).Scheme!.CreateGrouper();
            var fromFolder = loaded.Scheme.CreateGrouper();
            var cases = ConformanceFixture.Cases;
            Assert.Equal(FixtureFacts.RowCount(SharedFixtures.ChsDrg11, "cases.csv"), cases.Count);
            var differ = new List<string>();
            foreach (var record in cases)
            {
                var a = fromFolder.Group(record.Case!);
                var b = fromWorkbook.Group(record.Case!);
                var got = a.IsGrouped ? $"{a.MdcCode},{a.AdrgCode},{a.DrgCode}" : $",,{a.DrgCode}";
                if (got != $"{record.ExpectedMdc},{record.ExpectedAdrg},{record.ExpectedDrg}" || a.ToString() != b.ToString() || a.Status != b.Status
                    || !a.Issues.Select(i => i.Code).SequenceEqual(b.Issues.Select(i => i.Code)))
                {
                    differ.Add($"{record.Id}: expected {record.ExpectedMdc}/{record.ExpectedAdrg}/{record.ExpectedDrg}, folder {a}, workbook {b}");
                }
            }

            Assert.True(differ.Count == 0, $"{folder} (imported from {Workbook}): {differ.Count} of {cases.Count} cases differ:\n" + string.Join("\n", differ.Take(20)));

            // The report beside the pack: what was read and done. The counts of the quirks are the fixture README's: 42 order numbers stored
            // as text, one duplicated member in each of 12 sets, 31 rules that hold only one white-space character, 3 rules on several lines.
            var report = File.ReadAllText(Path.Combine(folder, "import-report.txt"));
            Assert.StartsWith("工作簿导入报告 / workbook import report: workbook.xlsx", report);
            Assert.Contains(FixtureFacts.SchemeSummary(SharedFixtures.ChsDrg11), report);
            Assert.Contains("order numbers stored as text (42)", report);
            Assert.Contains("duplicate set members (12)", report);
            Assert.Contains("rules holding only white space (read as empty) (31)", report);
            Assert.Contains("0 error(s)", report);
            // The report is not data: writing it does not change the folder pack's content hash.
            var hash = Rules.RulePacks.RulePack.FromDirectory(folder).ContentHash;
            File.Delete(Path.Combine(folder, "import-report.txt"));
            Assert.Equal(hash, Rules.RulePacks.RulePack.FromDirectory(folder).ContentHash);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Rules_check_on_the_workbook_exits_0_and_prints_the_import_report()
    {
        var run = Medpay("rules", "check", "--pack", Workbook);
        Assert.True(run.Exit == 0, $"medpay rules check --pack {Workbook}: exit {run.Exit}\n{run.Out}\n{run.Error}");
        Assert.Contains("kind     drg", run.Out);
        Assert.Contains("content  " + FixtureFacts.SchemeSummary(SharedFixtures.ChsDrg11), run.Out);
        Assert.Contains("工作簿导入报告 / workbook import report: workbook.xlsx", run.Out);
        // The report's sheet lines, with the header row found: the MDC sheet's title is row 1, its headers row 2 (nhsa-drg-workbook.md).
        Assert.Contains("MDC: 表头在第 2 行 / header row 2", run.Out);
        Assert.Contains("ADRG: 表头在第 1 行 / header row 1", run.Out);
        // The fixture README: the ADRG sheet's columns are 所属MDC编码, MDC内排序, ADRG编码, ADRG规则, ADRG名称 (A–E), not the spec's order.
        Assert.Contains("所属MDC编码=A, MDC内排序=B, ADRG编码=C, ADRG规则=D, ADRG名称=E", run.Out);
    }

    [Fact]
    public void Rules_diff_from_the_embedded_excerpt_to_the_workbook_lists_added_removed_and_changed_groups()
    {
        var excerpt = Path.Combine(SharedFixtures.RepositoryRoot, "rules", "chs-drg-2.0-excerpt");
        var run = Medpay("rules", "diff", "--from", excerpt, "--to", Workbook);
        Assert.True(run.Exit == 0, $"medpay rules diff: exit {run.Exit}\n{run.Error}");
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

        // The DRG codes of each side, from the files: the excerpt's drg.csv, and the national 1.1 drg.csv that the workbook renders
        // (fixture README: "the national CHS-DRG 1.1 scheme of ../chs-drg-1.1, rendered in the layout of the official workbook").
        var before = FixtureFacts.Rows(excerpt, "drg.csv").Select(f => f[2]).ToHashSet();
        var after = FixtureFacts.Rows(SharedFixtures.ChsDrg11, "drg.csv").Select(f => f[2]).ToHashSet();
        var removed = before.Except(after).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var added = after.Except(before).ToList();
        Assert.NotEmpty(removed);
        Assert.Equal(removed, lines.Where(l => l.StartsWith("removed drg ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2].TrimEnd(':')));
        Assert.Equal(added.Count, lines.Count(l => l.StartsWith("added drg ", StringComparison.Ordinal)));

        // By hand: AH19 (ECMO或全人工心脏植入术, excerpt drg.csv line 2) is a 2.0 group the 1.1 scheme does not have; AA19 (心脏移植) is a
        // 1.1 group outside the excerpt, its rule empty (true).
        Assert.Contains("removed drg AH19: ECMO或全人工心脏植入术 | true -> ", lines);
        Assert.Contains("added drg AA19:  -> 心脏移植 | true", lines);
        // HC11 is in both with the same rule (has_mcc; QTZD in MCC in the workbook) but its name differs: 2.0 "伴严重合并症或并发症",
        // 1.1 "伴严重并发症或合并症".
        Assert.Contains("changed drg HC11: 胆总管手术，伴严重合并症或并发症 | has_mcc -> 胆总管手术，伴严重并发症或合并症 | has_mcc", lines);
        // BV39 头痛 is in both with the same name and rule (true / empty): no change, whatever the languages or order numbers.
        Assert.DoesNotContain(lines, l => l.Contains(" drg BV39:"));
        Assert.Contains(lines, l => l.StartsWith("added adrg AA1: ", StringComparison.Ordinal));
        Assert.Contains(" -> ", run.Error); // the summary line: "<from> -> <to>: N change(s): …"
    }

    [Fact]
    public void A_bad_workbook_exits_2_with_its_WB_issue_on_stderr()
    {
        var bad = Temp("bad.xlsx");
        var missing = Temp("missing-cc.xlsx");
        var folder = Temp("out");
        File.WriteAllBytes(bad, System.Text.Encoding.UTF8.GetBytes("this is not a zip file"));
        File.WriteAllBytes(missing, new TestWorkbook().Without("CC").Bytes());
        try
        {
            var group = Medpay("group", "--scheme", bad, "--in", Cases, "--out", Temp("x.csv"));
            Assert.Equal(2, group.Exit);
            Assert.Contains("WB_NOT_A_WORKBOOK", group.Error);
            Assert.Contains(Path.GetFileName(bad), group.Error);

            var sheet = Medpay("group", "--scheme", missing, "--in", Cases, "--out", Temp("x.csv"));
            Assert.Equal(2, sheet.Exit);
            Assert.Contains("WB_SHEET_MISSING", sheet.Error);
            Assert.Contains("not loaded", sheet.Error);

            // rules import of a bad workbook writes no pack, but the report says why.
            var import = Medpay("rules", "import", missing, "--out", folder);
            Assert.Equal(2, import.Exit);
            Assert.Contains("WB_SHEET_MISSING", import.Error);
            Assert.False(File.Exists(Path.Combine(folder, "mdc.csv")));
            Assert.Contains("WB_SHEET_MISSING", File.ReadAllText(Path.Combine(folder, "import-report.txt")));

            // rules diff with a bad side is a bad rule pack too.
            var diff = Medpay("rules", "diff", "--from", DrgScheme.DefaultEmbeddedPackId, "--to", bad);
            Assert.Equal(2, diff.Exit);
            Assert.Contains("WB_NOT_A_WORKBOOK", diff.Error);

            // rules check reports a pack with errors as findings (exit 5, the check ran) and lists the issue in its report.
            var check = Medpay("rules", "check", "--pack", bad);
            Assert.Equal(5, check.Exit);
            Assert.Contains("WB_NOT_A_WORKBOOK", check.Out);
        }
        finally
        {
            File.Delete(bad);
            File.Delete(missing);
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
