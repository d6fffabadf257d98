using System.Security.Cryptography;
using System.Text;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// <c>medpay validate</c> streams its input (issue 17, item 1): the report's bytes are those the base commit 1bd0661 (which read the
/// whole text) wrote, input problems found late still write no report, and a failed write exits 4 with a message.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class ValidateStreamingTests
{
    private static (int Exit, string Out, string Error) Medpay(params string[] args) => InProcessMedpay.Run(args);

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    /// <summary>
    /// 3,000 lists as JSON lines: a broken line every 97 (unreadable), a blank line, CRLF on some lines, a repeated SETL_ID (AU-03),
    /// the same person readmitted the day after discharge (AU-01), an unknown key (a note), a wrong ACT_IPT_DAYS (DT-02).
    /// </summary>
    private static string JsonLines()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            var r = i % 97;
            if (r == 13)
            {
                text.Append("{ \"setlinfo\": { \"setl_id\": \"BROKEN").Append(i).Append("\" \n");
                continue;
            }

            if (r == 29) text.Append('\n');
            var list = Variant(i);
            var json = SettlementJson.Write(list);
            if (r == 55) json = json.Substring(0, json.Length - 1) + ",\"vendor_memo\":\"x\"}";
            text.Append(json).Append(r == 3 ? "\r\n" : "\n");
        }

        return text.ToString();
    }

    private static SettlementList Variant(int i)
    {
        var r = i % 97;
        var list = Clean().Set("SETL_ID", "ST" + (r == 41 ? i - 1 : i).ToString("D9")).Set("MDTRT_ID", "MD" + i.ToString("D9")).Set("PSN_NO", "P" + (i / 2).ToString("D8"));
        if (i % 2 == 1 && r % 5 == 0) list = list.Set("ADM_TIME", "2024-03-09 08:00:00").Set("DSCG_TIME", "2024-03-15 10:00:00").Set("SETL_END_DATE", "2024-03-15");
        if (r == 71) list = list.Set("ACT_IPT_DAYS", "99");
        if (r == 37) list = list.Set("PSN_NAME", "张\"三,\r\n李");
        return list;
    }

    /// <summary>The same lists as CSV, with a record broken by text after a closing quote every 97.</summary>
    private static string Csv()
    {
        var lists = Enumerable.Range(0, 3_000).Select(Variant).ToList();
        var csv = SettlementCsv.Write(lists).Split('\n').ToList();
        for (var i = 13; i < lists.Count; i += 97) csv[i + 1] = "\"MD" + i.ToString("D9") + "\"x,broken";
        return string.Join("\n", csv);
    }

    /// <summary>
    /// SHA-256 of the reports the base commit 1bd0661 wrote for these inputs (its <c>medpay validate</c>, built from that commit and run
    /// on the files this test writes, on 2026-12-02): text, JSON and CSV of the JSON lines, and text without audits and CSV of the CSV.
    /// </summary>
    [Theory]
    [InlineData("lists.jsonl", "report.txt", "", "2bf01e44dcdd8a65c254083e313645c6e45a796ad2f15d20a533ba75efb2963f")]
    [InlineData("lists.jsonl", "report.json", "", "cad092d4bf8714d2e8b4d786e0e4f81a761bbda7d23da2d73adb7524c5bd03fd")]
    [InlineData("lists.jsonl", "report.csv", "", "0d5a01d456c35e6aa2470399cbe332968386f2b4f56e90e6683b689b929d48e8")]
    [InlineData("lists.csv", "report.txt", "--no-audit", "7eec1bfe395fe6a6732d6cbb51f054fbf057a8ee9623121756bd1c5fdae5f662")]
    [InlineData("lists.csv", "report.csv", "", "3b568a5f9000d21a0e5dcbeef4fba0378b4a4efc50f5cc3392f03ff4da5499f9")]
    public void The_streamed_report_has_the_bytes_the_base_commit_wrote(string input, string output, string extra, string baseSha256)
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate-stream").FullName;
        var path = Path.Combine(dir, input);
        File.WriteAllText(path, input.EndsWith(".csv", StringComparison.Ordinal) ? Csv() : JsonLines());
        var report = Path.Combine(dir, output);
        var args = new List<string> { "validate", "--in", path, "--out", report };
        if (extra.Length > 0) args.Add(extra);
        var run = Medpay(args.ToArray());
        Assert.Equal(5, run.Exit);
        Assert.Equal(baseSha256, Sha256(report));
        if (output.EndsWith(".txt", StringComparison.Ordinal))
        {
            args.RemoveRange(3, 2); // to standard output: the same text
            Assert.Equal(File.ReadAllText(report), Medpay(args.ToArray()).Out);
        }

        Directory.Delete(dir, true);
    }

    [Fact]
    public void A_json_array_broken_after_many_lists_exits_3_with_its_one_error_and_writes_no_report()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate-stream").FullName;
        var path = Path.Combine(dir, "lists.json");
        File.WriteAllText(path, "[" + string.Join(",\n", Enumerable.Range(0, 500).Select(i => SettlementJson.Write(Variant(i)))) + ",\n{ oops");
        var report = Path.Combine(dir, "report.txt");
        var run = Medpay("validate", "--in", path, "--out", report);
        Assert.Equal(3, run.Exit); // as when the whole text was parsed at once: the file is one document that is not JSON
        Assert.False(File.Exists(report));
        Assert.Single(run.Error.Split('\n'), l => l.Contains("SETTLEMENT_JSON_INVALID", StringComparison.Ordinal) && l.Contains("lists.json:501", StringComparison.Ordinal));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void A_bad_byte_late_in_the_file_exits_3_naming_its_line_and_writes_no_report()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate-stream").FullName;
        var path = Path.Combine(dir, "lists.jsonl");
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2_000).Select(i => SettlementJson.Write(Variant(i)) + "\n")));
        File.WriteAllBytes(path, text.Concat(new byte[] { 0x7B, 0xFF, 0x7D, 0x0A }).ToArray()); // line 2,001: "{", a byte not valid in UTF-8, "}"
        var report = Path.Combine(dir, "report.json");
        var run = Medpay("validate", "--in", path, "--out", report);
        Assert.Equal(3, run.Exit);
        Assert.Contains("lists.jsonl line 2001: byte 0xFF", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void A_failed_write_exits_4_with_a_message_naming_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate-stream").FullName;
        var path = Path.Combine(dir, "lists.jsonl");
        File.WriteAllText(path, JsonLines());
        if (File.Exists("/dev/full"))
        {
            var full = Medpay("validate", "--in", path, "--out", "/dev/full", "--format", "json");
            Assert.Equal(4, full.Exit);
            Assert.Contains("cannot write /dev/full", full.Error, StringComparison.Ordinal);
        }

        var missing = Path.Combine(dir, "no-such-folder", "report.txt");
        var run = Medpay("validate", "--in", path, "--out", missing);
        Assert.Equal(4, run.Exit);
        Assert.Contains("cannot write " + missing, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Directory.Delete(dir, true);
    }
}
