using System.Text;
using System.Text.Json;
using MedPay.Rules.Dip;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// <c>--columns</c> of <c>medpay dip</c>, <c>pay</c> and <c>validate</c>, the way <c>medpay group --columns</c> works (one column list as data per
/// command, <c>all</c>, the default unchanged byte for byte): the name of the group, the issue codes, a bilingual reason with its values filled in,
/// and the pack. Figures are those of examples/README.md (hand checks).
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class ResultColumnsTests
{
    private static readonly string[] Extra = { "issues", "reason", "pack_id", "pack_version", "pack_hash" };

    /// <summary>The columns of the CSV report <c>medpay validate</c> has always written (docs/settlement-validation.md).</summary>
    private const string ValidateHeader = "list,setl_id,rule,code,severity,grouping,path,value,message_zh,message_en,fix_zh,fix_en";

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-columns-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    private static string Text(string path) => File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');

    private static string[] Lines(string path) => Text(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Cells(string line) => CsvLine.Split(line);

    private static Dictionary<string, string> Row(string[] lines, string id)
    {
        var header = Cells(lines[0]);
        var row = Cells(lines.Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)));
        return header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => row[p.i]);
    }

    private static (int Exit, string Error) Medpay(params string[] args)
    {
        var run = InProcessMedpay.Run(args);
        return (run.Exit, run.Error);
    }

    [Theory]
    [InlineData("dip", "dip-cases.csv", ".csv")]
    [InlineData("dip", "dip-cases.csv", ".json")]
    [InlineData("pay", "grouped-with-costs.csv", ".csv")]
    [InlineData("pay", "grouped-with-costs.csv", ".json")]
    [InlineData("validate", "settlement-lists.json", ".csv")]
    public void The_default_columns_are_those_of_before_byte_for_byte(string command, string example, string extension)
    {
        var (plain, named) = (Temp("a" + extension), Temp("b" + extension));
        var expectedExit = command == "validate" ? 5 : 0;
        Assert.Equal(expectedExit, Medpay(command, "--in", Example(example), "--out", plain).Exit);
        var header = command switch
        {
            "dip" => string.Join(",", DipRun.OutputColumns),
            "pay" => "id,drg,grouping,payment_status,outlier,method,weight,rate,coefficient,standard,total_cost,personal_payment,payment,fund_share,balance,special_review,issue",
            _ => ValidateHeader,
        };
        var run = Medpay(command, "--in", Example(example), "--out", named, "--columns", header);
        Assert.True(run.Exit == expectedExit, run.Error);
        Assert.Equal(File.ReadAllBytes(plain), File.ReadAllBytes(named));
        if (extension == ".csv") Assert.Equal(header, Lines(plain)[0]);
        foreach (var f in new[] { plain, named }) File.Delete(f);
    }

    [Fact]
    public void The_default_dip_and_validate_outputs_are_the_library_writers_output()
    {
        // The columns are data in the CLI; without --columns the bytes are what DipRun and SettlementReportWriter write (CSV: with the
        // byte-order mark and CRLF of every CSV output).
        var catalogue = DipCatalogue.Load(MedPay.Rules.RulePacks.RulePack.Embedded("dip-example"));
        var library = DipRun.Execute(catalogue, File.ReadAllText(Example("dip-cases.csv")), "dip-cases.csv", new DipPointPrices(10.5m));
        var (csv, json) = (Temp("d.csv"), Temp("d.json"));
        Assert.Equal(0, Medpay("dip", "--in", Example("dip-cases.csv"), "--out", csv, "--point-value", "10.5").Exit);
        Assert.Equal(0, Medpay("dip", "--in", Example("dip-cases.csv"), "--out", json, "--point-value", "10.5").Exit);
        Assert.Equal(library.ToCsv(), Text(csv).Replace("\r\n", "\n"));
        Assert.Equal(library.ToJson(), File.ReadAllText(json));

        var read = SettlementJson.Read(File.ReadAllText(Example("settlement-lists.json")), "settlement-lists.json");
        var report = new SettlementValidator(SettlementRuleCatalogue.LoadDefault()).ValidateAll(read, audit: true);
        var rows = Temp("v.csv");
        Assert.Equal(5, Medpay("validate", "--in", Example("settlement-lists.json"), "--out", rows).Exit);
        Assert.Equal(SettlementReportWriter.ToCsv(report), Text(rows).Replace("\r\n", "\n"));
        foreach (var f in new[] { csv, json, rows }) File.Delete(f);
    }

    [Fact]
    public void Dip_all_columns_explain_the_case_no_group_takes_and_name_the_pack()
    {
        var output = Temp("dip.csv");
        var run = Medpay("dip", "--in", Example("dip-cases.csv"), "--out", output, "--point-value", "10.5", "--columns", "all");
        Assert.True(run.Exit == 0, run.Error);
        var lines = Lines(output);
        Assert.Equal(string.Join(",", DipRun.OutputColumns.Concat(Extra)), lines[0]);
        // D01: K80.1-01 胆囊结石伴胆囊炎：腹腔镜胆囊切除术, 1,180 × 10.5 = 12,390.00 (examples/README.md); nothing to explain.
        var d01 = Row(lines, "D01");
        Assert.Equal(("K80.1-01", "胆囊结石伴胆囊炎：腹腔镜胆囊切除术", "12390.00", "", ""), (d01["group"], d01["group_name"], d01["payment"], d01["issues"], d01["reason"]));
        Assert.Equal("dip-example", d01["pack_id"]);
        Assert.Matches("^[0-9a-f]{64}$", d01["pack_hash"]);
        // D08: main diagnosis X99.999 is in no group (deliberate, examples/README.md): the engine's DIP_CASE_NO_GROUP, values filled in.
        var d08 = Row(lines, "D08");
        Assert.Equal("DIP_CASE_NO_GROUP", d08["issues"]);
        Assert.Equal("没有病种组合能接收主要诊断 X99.999（治疗方式：保守治疗） / no group takes main diagnosis X99.999 (treatment: conservative)", d08["reason"]);
        File.Delete(output);
    }

    [Fact]
    public void Pay_all_columns_name_the_drg_explain_each_case_not_paid_by_the_drg_and_name_the_pack()
    {
        var output = Temp("pay.csv");
        var run = Medpay("pay", "--in", Example("grouped-with-costs.csv"), "--out", output, "--columns", "all");
        Assert.True(run.Exit == 0, run.Error);
        var lines = Lines(output);
        Assert.EndsWith(",issue,drg_name,issues,reason,pack_id,pack_version,pack_hash", lines[0], StringComparison.Ordinal);
        // E01: HC23 paid the standard 22,050.00; its name is the payment pack's (rules/drg-payment-example/weights.csv).
        var e01 = Row(lines, "E01");
        Assert.Equal(("HC23", "22050.00", "", ""), (e01["drg"], e01["payment"], e01["issues"], e01["reason"]));
        Assert.Equal("胆囊切除手术，伴合并症或并发症", e01["drg_name"]);
        Assert.Equal("drg-payment-example", e01["pack_id"]);
        // E31: 0000, paid by item 3,000.00: no issue, so the reason is the engine's own steps (DrgPaymentEngine: UNGROUPABLE, UNGROUPABLE_PAYMENT).
        var e31 = Row(lines, "E31");
        Assert.Equal(("0000", "ungroupable", "3000.00", ""), (e31["drg"], e31["payment_status"], e31["payment"], e31["drg_name"]));
        Assert.Equal("病例未入组（0000） / the case is ungroupable (0000); 按项目付费 / paid by item", e31["reason"]);
        File.Delete(output);
    }

    [Fact]
    public void Pay_reason_fills_in_the_values_of_the_engines_issue()
    {
        var input = Temp("in.csv");
        // Grade 7 is not in drg-payment-example (coefficients for grades 1, 2, 3): the engine's PAY_CASE_UNKNOWN_GRADE, with the 7 filled in.
        File.WriteAllText(input, "id,drg,status,total_cost,personal_payment,grade\nG7,HC25,grouped,15000,3000,7\n");
        var output = Temp("out.json");
        var run = Medpay("pay", "--in", input, "--out", output, "--columns", "id,payment_status,issue,issues,reason,pack_id");
        Assert.True(run.Exit == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var g7 = Assert.Single(json.RootElement.GetProperty("cases").EnumerateArray().ToList());
        Assert.Equal(new[] { "id", "payment_status", "issue", "issues", "reason", "pack_id" }, g7.EnumerateObject().Select(p => p.Name));
        Assert.Equal("invalid_input", g7.GetProperty("payment_status").GetString());
        Assert.Equal("PAY_CASE_UNKNOWN_GRADE", g7.GetProperty("issues").GetString());
        Assert.Equal("医院等级 7 在参数包中没有费率或系数 / hospital grade 7 has no rate or coefficient in the parameter pack", g7.GetProperty("reason").GetString());
        Assert.Equal("drg-payment-example", json.RootElement.GetProperty("pack").GetProperty("id").GetString());
        foreach (var f in new[] { input, output }) File.Delete(f);
    }

    [Fact]
    public void Dip_json_columns_keep_numbers_as_numbers()
    {
        var output = Temp("dip.json");
        Assert.Equal(0, Medpay("dip", "--in", Example("dip-cases.csv"), "--out", output, "--point-value", "10.5", "--columns", "id,payment,special_review,reason").Exit);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var d01 = json.RootElement.GetProperty("cases")[0];
        Assert.Equal(new[] { "id", "payment", "special_review", "reason" }, d01.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12390.00m, d01.GetProperty("payment").GetDecimal());
        Assert.Equal(JsonValueKind.False, d01.GetProperty("special_review").ValueKind);
        Assert.Equal(JsonValueKind.Null, d01.GetProperty("reason").ValueKind); // an empty value is null in the DIP JSON, as before
        File.Delete(output);
    }

    [Fact]
    public void Validate_all_columns_give_the_filled_in_message_the_fix_and_the_pack_of_the_rule()
    {
        var output = Temp("report.csv");
        Assert.Equal(5, Medpay("validate", "--in", Example("settlement-lists.json"), "--out", output, "--columns", "all").Exit);
        var lines = Lines(output);
        Assert.Equal(ValidateHeader + ",reason,fix,source,pack_id,pack_version,pack_hash", lines[0]);
        // List 2 declares 9 days for a 7-day stay (examples/README.md): DT-02 with both numbers filled in.
        var header = Cells(lines[0]);
        var dt02 = Cells(lines.Single(l => l.Contains(",DT-02,", StringComparison.Ordinal)));
        var row = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => dt02[p.i]);
        Assert.Equal(row["message_zh"] + " / " + row["message_en"], row["reason"]);
        Assert.Contains("9", row["reason"]);
        Assert.Contains("7", row["reason"]);
        Assert.DoesNotContain("{0}", row["reason"]);
        Assert.Equal(row["fix_zh"] + " / " + row["fix_en"], row["fix"]);
        Assert.Equal("settlement-national", row["pack_id"]);
        Assert.Matches("^[0-9a-f]{64}$", row["pack_hash"]);
        File.Delete(output);
    }

    [Theory]
    [InlineData("dip", "dip-cases.csv", "x.csv")]
    [InlineData("pay", "grouped-with-costs.csv", "x.csv")]
    [InlineData("validate", "settlement-lists.json", "x.csv")]
    public void An_unknown_column_exits_1_and_lists_the_choices(string command, string example, string output)
    {
        var run = Medpay(command, "--in", Example(example), "--out", Temp(output), "--columns", (command == "validate" ? "list" : "id") + ",nope");
        Assert.Equal(1, run.Exit);
        Assert.Contains("'nope'", run.Error);
        Assert.Contains(", reason, ", run.Error);
        Assert.Contains("pack_id, pack_version, pack_hash, all", run.Error);
    }

    [Fact]
    public void Validate_columns_with_a_text_or_json_report_is_refused()
    {
        var run = Medpay("validate", "--in", Example("settlement-lists.json"), "--out", Temp("r.json"), "--columns", "rule,reason");
        Assert.Equal(1, run.Exit);
        Assert.Contains("--columns", run.Error);
        Assert.Contains("CSV", run.Error);
    }
}
