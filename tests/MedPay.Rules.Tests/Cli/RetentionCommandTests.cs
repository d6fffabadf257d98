using MedPay.Rules.Cli;

namespace MedPay.Rules.Tests.Cli;

[Collection(nameof(ConsoleCollection))]
public class RetentionCommandTests
{
    [Fact]
    public void Medpay_retention_reports_a_hospital_from_csv()
    {
        var input = Path.GetTempFileName() + ".csv";
        var output = input + ".out.csv";
        var text = input + ".out.txt";
        File.WriteAllText(input, "level,id,name,payment,fee_for_item,quality_grade\n"
            + "hospital,H1,示例医院,11000000,10000000,excellent\n"
            + "department,D1,心内科,6000000,5000000,\n"
            + "department,D2,骨科,5000000,5000000,\n");
        Assert.Equal(0, Program.Main(new[] { "retention", "--in", input, "--out", output }));
        var lines = File.ReadAllLines(output);
        // P4: surplus 11,000,000 − 10,000,000 = 1,000,000; excellent keeps 70% = 700,000.00; staff 50% = 350,000.00.
        Assert.StartsWith("hospital,H1,示例医院,excellent,11000000.00,11000000.00,10000000.00,1000000.00,700000.00,300000.00,", lines[1], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Equal(0, Program.Main(new[] { "retention", "--in", input, "--out", text }));
        Assert.Contains("RETAINED: 留用 700,000.00", File.ReadAllText(text), StringComparison.Ordinal);
        foreach (var f in new[] { input, output, text }) File.Delete(f);
    }

    [Fact]
    public void Medpay_retention_settles_an_alliance_from_json()
    {
        var input = Path.GetTempFileName() + ".json";
        var output = input + ".out.json";
        File.WriteAllText(input, """
            { "budget": 1000000, "share_rule": "alliance_60_40", "quality_grade": "qualified",
              "members": [ { "id": "T", "level": "tertiary", "cost": 500000 }, { "id": "P", "level": "primary", "cost": 300000, "volume": 10 } ],
              "referrals": [ { "from": "T", "to": "P", "direction": "down", "insurance_quota": 15000 } ] }
            """);
        Assert.Equal(0, Program.Main(new[] { "retention", "--in", input, "--out", output }));
        var json = File.ReadAllText(output);
        // Surplus 1,000,000 − 800,000 = 200,000, kept whole by the alliance (seed: alliance_retention_tiers = 0, P3); 60:40 → P 120,000,
        // T 80,000; down-referral 15,000 × 70% = 10,500 T → P.
        Assert.Contains("\"share\": 120000.00", json, StringComparison.Ordinal);
        Assert.Contains("\"share\": 80000.00", json, StringComparison.Ordinal);
        Assert.Contains("\"referral_in\": 10500.00", json, StringComparison.Ordinal);
        File.Delete(input);
        File.Delete(output);
    }

    [Fact]
    public void Medpay_retention_exit_codes_for_bad_input_and_pack()
    {
        var input = Path.GetTempFileName() + ".csv";
        var output = input + ".out.csv";
        File.WriteAllText(input, "level,id,name,payment,fee_for_item\nhospital,H1,h,100,90\n");
        Assert.Equal(3, Program.Main(new[] { "retention", "--in", input, "--out", output })); // no grade, and the seed has no rate for every grade
        Assert.Equal(0, Program.Main(new[] { "retention", "--in", input, "--out", output, "--grade", "qualified" }));
        Assert.Equal(1, Program.Main(new[] { "retention", "--in", input, "--out", output, "--grade", "superb" })); // not a grade of the policy: a wrong command line (EnumeratedOptionTests)
        Assert.Equal(0, Program.Main(new[] { "retention", "--in", input, "--out", output, "--policy", "retention-quota-example" }));
        File.WriteAllText(input, "level,id,payment\nhospital,H1,abc\n");
        Assert.Equal(3, Program.Main(new[] { "retention", "--in", input, "--out", output }));
        Assert.Equal(3, Program.Main(new[] { "retention", "--in", "/no/such.csv", "--out", output }));
        Assert.Equal(2, Program.Main(new[] { "retention", "--policy", "/no/such/pack", "--in", input, "--out", output }));
        File.Delete(input);
        File.Delete(output);
    }
}
