using System.Text;
using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary><c>medpay group --columns</c> and <c>--keep-columns</c>: the extra columns, the unchanged default, and the group → pay chain.</summary>
[Collection(nameof(ConsoleCollection))]
public class GroupColumnsTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-cli-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    private static string[] Lines(string path) => File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_default_columns_are_the_five_of_before_byte_for_byte()
    {
        var (plain, named) = (Temp("a.csv"), Temp("b.csv"));
        Assert.Equal(0, Program.Main(new[] { "group", "--in", Example("cases.csv"), "--out", plain }));
        Assert.Equal(0, Program.Main(new[] { "group", "--in", Example("cases.csv"), "--out", named, "--columns", "id,mdc,adrg,drg,status" }));
        Assert.Equal(File.ReadAllBytes(plain), File.ReadAllBytes(named));
        Assert.Equal("id,mdc,adrg,drg,status", Lines(plain)[0]);
        foreach (var f in new[] { plain, named }) File.Delete(f);
    }

    [Fact]
    public void All_columns_name_the_drg_the_pack_and_explain_a_case_that_is_not_grouped()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\n" +
            "E01,M,68,24855,0,7,1,K80.000x004|K86.000|I10.x04|E11.600x051,51.2300\n" +   // HC23 (examples/README.md)
            "X1,M,abc,0,0,3,1,K80.000x004,\n");                                         // age_years not a number
        var output = Temp("out.csv");
        Assert.Equal(0, Program.Main(new[] { "group", "--in", input, "--out", output, "--columns", "all" }));
        var lines = Lines(output);
        Assert.Equal("id,mdc,adrg,drg,status,drg_name,issues,reason,pack_id,pack_version,pack_hash", lines[0]);
        var e01 = lines[1].Split(',');
        Assert.Equal(new[] { "E01", "MDCH", "HC2", "HC23", "grouped" }, e01.Take(5));
        Assert.Equal("胆囊切除手术，伴合并症或并发症", e01[5].Trim('"'));
        Assert.Equal("chs-drg-2.0-excerpt", e01[^3]);
        Assert.Matches("^[0-9a-f]{64}$", e01[^1]);
        var x1 = lines[2];
        Assert.StartsWith("X1,,,0000,invalid-input,,CASE_FIELD_NOT_A_NUMBER,", x1);
        // The library's message with its values filled in, Chinese and English, never a {0} placeholder.
        Assert.Contains("age_years", x1);
        Assert.Contains("abc", x1);
        Assert.Contains(" / ", x1);
        Assert.DoesNotContain("{0}", x1);
        foreach (var f in new[] { input, output }) File.Delete(f);
    }

    [Fact]
    public void An_unknown_column_exits_1_and_lists_the_choices()
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(1, Program.Main(new[] { "group", "--in", Example("cases.csv"), "--out", Temp("x.csv"), "--columns", "id,nope" }));
        }
        finally
        {
            Console.SetError(saved);
        }

        Assert.Contains("nope", error.ToString());
        Assert.Contains("drg_name, issues, reason, pack_id, pack_version, pack_hash, all", error.ToString());
    }

    [Fact]
    public void Keep_columns_output_goes_to_medpay_pay_with_the_cost_columns()
    {
        var (grouped, paid) = (Temp("grouped.csv"), Temp("paid.csv"));
        Assert.Equal(0, Program.Main(new[] { "group", "--in", Example("cases-with-costs.csv"), "--out", grouped, "--keep-columns" }));
        var header = Lines(grouped)[0];
        Assert.StartsWith("id,mdc,adrg,drg,status,sex,", header);
        Assert.EndsWith("total_cost,personal_payment,fund,grade,hospital,dept", header);
        Assert.Equal(0, Program.Main(new[] { "pay", "--in", grouped, "--out", paid }));
        // E01: HC23, 10,000 × 2.1 × 1.05 = 22,050.00 against 20,000.00 by item (examples/README.md, hand checks).
        Assert.Contains(Lines(paid), l => l.StartsWith("E01,HC23,grouped,paid,normal,drg_standard,2.1000,10000.00,1.0500,22050.00,20000.00,4000.00,22050.00,18050.00,2050.00,", StringComparison.Ordinal));
        foreach (var f in new[] { grouped, paid }) File.Delete(f);
    }
}
