using MedPay.Rules.Cli;
using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Cli;

[Collection(nameof(ConsoleCollection))]
public class ValidateCommandTests
{
    [Fact]
    public void Medpay_validate_reports_and_exits_5_on_rejections()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate").FullName;
        var clean = Path.Combine(dir, "clean.json");
        var lines = Path.Combine(dir, "lists.jsonl");
        var csv = Path.Combine(dir, "lists.csv");
        File.WriteAllText(clean, SettlementJson.Write(Clean()));
        File.WriteAllText(lines, SettlementJson.WriteLines(new[] { Clean(), Clean().Set("SETL_ID", "S2").Set("BILL_NO", null) }));
        File.WriteAllText(csv, SettlementCsv.Write(new[] { Clean().Set("SETL_ID", "S3").Set("ACT_IPT_DAYS", "9") }));

        Assert.Equal(0, Program.Main(new[] { "validate", "--in", clean, "--out", Path.Combine(dir, "clean.txt") }));
        Assert.StartsWith("list 0 ST20240308001: clean", File.ReadAllText(Path.Combine(dir, "clean.txt")), StringComparison.Ordinal);

        var json = Path.Combine(dir, "report.json");
        Assert.Equal(5, Program.Main(new[] { "validate", "--in", lines, "--out", json }));
        var report = File.ReadAllText(json);
        Assert.Contains("\"rule\": \"FE-08\"", report, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"setlinfo.bill_no\"", report, StringComparison.Ordinal);

        var rows = Path.Combine(dir, "report.csv");
        Assert.Equal(5, Program.Main(new[] { "validate", "--in", csv, "--out", rows }));
        Assert.Contains("0,S3,DT-02,SL_DT_02,reject,Y,setlinfo.act_ipt_days,9,", File.ReadAllText(rows), StringComparison.Ordinal);

        // With the example region pack: list 1 still lacks BILL_NO (FE-08, reject).
        Assert.Equal(5, Program.Main(new[] { "validate", "--in", lines, "--out", Path.Combine(dir, "r.txt"), "--region", "settlement-example-region", "--rules", "settlement-national", "--no-audit" }));
        Assert.Contains("FE-08", File.ReadAllText(Path.Combine(dir, "r.txt")), StringComparison.Ordinal);
        Assert.Equal(3, Program.Main(new[] { "validate", "--in", Path.Combine(dir, "none.json") }));
        File.WriteAllText(Path.Combine(dir, "bad.json"), "{ not json");
        Assert.Equal(3, Program.Main(new[] { "validate", "--in", Path.Combine(dir, "bad.json") }));
        Assert.Equal(2, Program.Main(new[] { "validate", "--in", clean, "--region", "/no/such/pack" }));
        Assert.Equal(1, Program.Main(new[] { "validate", "--in", clean, "--format", "pdf" }));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void An_unreadable_json_line_is_counted_as_rejected_never_0_rejected()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate").FullName;
        var lines = Path.Combine(dir, "lists.jsonl");
        // One clean list, then a line that is not JSON: one list read (clean), one unreadable (rejected).
        File.WriteAllText(lines, SettlementJson.WriteLines(new[] { Clean() }).TrimEnd('\n') + "\n{ not json\n");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        int exit;
        try
        {
            exit = Program.Main(new[] { "validate", "--in", lines, "--out", Path.Combine(dir, "r.txt") });
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Equal(5, exit);
        Assert.DoesNotContain(" 0 rejected", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 rejected", error.ToString(), StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void The_csv_report_ends_with_a_newline()
    {
        var dir = Directory.CreateTempSubdirectory("medpay-validate").FullName;
        var csv = Path.Combine(dir, "lists.csv");
        File.WriteAllText(csv, SettlementCsv.Write(new[] { Clean().Set("SETL_ID", "S3").Set("ACT_IPT_DAYS", "9") }));
        var rows = Path.Combine(dir, "report.csv");
        Assert.Equal(5, Program.Main(new[] { "validate", "--in", csv, "--out", rows }));
        Assert.EndsWith("\r\n", File.ReadAllText(rows), StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }
}
