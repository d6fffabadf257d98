using System.Text.Json;
using MedPay.Rules.Cli;

namespace MedPay.Rules.Tests.Cli;

/// <summary><c>medpay pay</c> run in-process on the output of <c>medpay group</c> plus cost columns; numbers hand-worked as in Payment/PaymentEngineTests.</summary>
[Collection(nameof(ConsoleCollection))]
public class PayCommandTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-pay-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Examples => Path.Combine(Support.SharedFixtures.RepositoryRoot, "examples", "cases.csv");

    [Fact]
    public void Group_then_pay_the_example_cases()
    {
        var grouped = Temp("grouped.csv");
        Assert.Equal(0, Program.Main(new[] { "group", "--in", Examples, "--out", grouped }));
        // Append costs: 15,000.00 with 3,000.00 personal payment, tertiary, employee, 4 days, to every grouped row.
        var lines = File.ReadAllLines(grouped);
        var input = Temp("in.csv");
        File.WriteAllLines(input, new[] { lines[0] + ",total_cost,personal_payment,fund,grade,los_days,hospital" }
            .Concat(lines.Skip(1).Select(l => l + ",15000,3000,employee,3,4,H-A")));
        var output = Temp("out.csv");
        Assert.Equal(0, Program.Main(new[] { "pay", "--in", input, "--out", output }));
        var rows = File.ReadAllLines(output);
        Assert.Equal("id,drg,grouping,payment_status,outlier,method,weight,rate,coefficient,standard,total_cost,personal_payment,payment,fund_share,balance,special_review,issue", rows[0]);
        Assert.Equal(lines.Length, rows.Length);
        // E03 groups to HC25: 10,000 × 1.65 × 1.05 = 17,325.00; fund 14,325.00; balance 2,325.00.
        Assert.Contains("E03,HC25,grouped,paid,normal,drg_standard,1.6500,10000.00,1.0500,17325.00,15000,3000,17325.00,14325.00,2325.00,0,", rows);
        foreach (var f in new[] { grouped, input, output }) File.Delete(f);
    }

    [Fact]
    public void Json_output_defaults_and_bad_rows()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, "id,drg,status,total_cost,personal_payment,grade,fund,addons\n" +
            "a,HC25,grouped,20000,4000,2,resident,\n" +   // 9,000 × 1.65 × 0.95 = 14,107.50
            "b,0000,ungroupable,3000,600,,,\n" +          // by item 3,000
            "c,HC25,grouped,abc,0,,,\n" +                 // unreadable cost
            "d,CW19,grouped,5000,1000,,,day_surgery\n");  // default grade 3, employee: 10,000 × 0.72 × 1.05 × 1.10 = 8,316.00
        var output = Temp("out.json");
        var year = Temp("year.json");
        Assert.Equal(0, Program.Main(new[] { "pay", "--in", input, "--out", output, "--year-out", year }));
        // One hospital ("-"): DRG 14,107.50 + 3,000 + 8,316.00 = 25,423.50; by item 20,000 + 3,000 + 5,000 = 28,000; balance −2,576.50.
        using (var yearJson = JsonDocument.Parse(File.ReadAllText(year)))
        {
            var h = Assert.Single(yearJson.RootElement.EnumerateArray().ToList());
            var totals = h.GetProperty("hospital");
            Assert.Equal((25423.50m, 28000m, -2576.50m), (totals.GetProperty("payment").GetDecimal(), totals.GetProperty("fee_for_item").GetDecimal(), h.GetProperty("balance").GetDecimal()));
            Assert.Equal("overspend", h.GetProperty("result").GetString());
            Assert.Equal(3, h.GetProperty("groups").GetArrayLength());
            Assert.Equal("drg-payment-example", h.GetProperty("pack").GetProperty("id").GetString());
        }

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("drg-payment-example", json.RootElement.GetProperty("pack").GetProperty("id").GetString());
        Assert.Matches("^[0-9a-f]{64}$", json.RootElement.GetProperty("pack").GetProperty("hash").GetString());
        var rows = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("payment").ValueKind);
        Assert.Equal(14107.50m, rows[0].GetProperty("payment").GetDecimal());
        Assert.Equal(JsonValueKind.False, rows[0].GetProperty("special_review").ValueKind);
        Assert.Equal(("ungroupable", "fee_for_item", 3000m), (rows[1].GetProperty("payment_status").GetString(), rows[1].GetProperty("method").GetString(), rows[1].GetProperty("payment").GetDecimal()));
        Assert.Equal(("invalid_input", "PAY_INPUT_BAD_VALUE"), (rows[2].GetProperty("payment_status").GetString(), rows[2].GetProperty("issue").GetString()));
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("payment").ValueKind);
        Assert.Equal(8316.00m, rows[3].GetProperty("payment").GetDecimal());
        foreach (var f in new[] { input, output, year }) File.Delete(f);
    }

    [Fact]
    public void Missing_columns_unreadable_files_and_broken_packs_exit_non_zero()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, "id,drg\na,HC25\n");
        Assert.Equal(3, Program.Main(new[] { "pay", "--in", input, "--out", Temp("x.csv") }));
        Assert.Equal(3, Program.Main(new[] { "pay", "--in", "/no/such/file.csv", "--out", Temp("x.csv") }));
        Assert.Equal(2, Program.Main(new[] { "pay", "--params", "/no/such/pack", "--in", input, "--out", Temp("x.csv") }));
        Assert.Equal(1, Program.Main(new[] { "pay", "--fund", "nobody", "--in", input, "--out", Temp("x.csv") }));
        File.Delete(input);
    }
}
