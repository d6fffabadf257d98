using System.Text;
using System.Text.Json;
using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>The command chains on the shipped examples: group → pay (kept columns, or pay grouping first) → retention (the year-out file).</summary>
[Collection(nameof(ConsoleCollection))]
public class ChainTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-cli-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    private static (int Exit, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            return (Program.Main(args), error.ToString());
        }
        finally
        {
            Console.SetError(saved);
        }
    }

    [Fact]
    public void Pay_year_out_is_accepted_by_retention_for_the_hospital_chosen()
    {
        var (grouped, paid, year, report) = (Temp("g.csv"), Temp("p.csv"), Temp("year.json"), Temp("r.csv"));
        Assert.Equal(0, Run("group", "--in", Example("cases-with-costs.csv"), "--out", grouped, "--keep-columns").Exit);
        Assert.Equal(0, Run("pay", "--in", grouped, "--out", paid, "--year-out", year).Exit);
        var (exit, error) = Run("retention", "--in", year, "--hospital", "H1", "--grade", "excellent", "--out", report);
        Assert.True(exit == 0, error);
        // examples/README.md: H1 surplus 140,835.00 − 136,000.00 = 4,835.00; grade excellent keeps 70 % = 3,384.50, the fund takes 1,450.50.
        var hospital = File.ReadAllText(report, Encoding.UTF8).Split('\n').Single(l => l.StartsWith("hospital,", StringComparison.Ordinal));
        Assert.StartsWith("hospital,H1,H1,excellent,140835.00,140835.00,136000.00,4835.00,3384.50,1450.50,", hospital);
        foreach (var f in new[] { grouped, paid, year, report }) File.Delete(f);
    }

    [Fact]
    public void Retention_on_a_year_out_file_with_two_hospitals_asks_for_one_and_lists_them()
    {
        var (paid, year) = (Temp("p.csv"), Temp("year.json"));
        Assert.Equal(0, Run("pay", "--in", Example("grouped-with-costs.csv"), "--out", paid, "--year-out", year).Exit);
        var (exit, error) = Run("retention", "--in", year, "--grade", "excellent", "--out", Temp("r.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("H1, H2", error);
        (exit, error) = Run("retention", "--in", year, "--hospital", "H9", "--grade", "excellent", "--out", Temp("r.csv"));
        Assert.Equal(3, exit);
        Assert.Contains("H1, H2", error);
        foreach (var f in new[] { paid, year }) File.Delete(f);
    }

    [Fact]
    public void Pay_with_a_scheme_groups_a_case_file_first_exactly_as_group_keep_columns_then_pay()
    {
        var (grouped, viaGroup, direct) = (Temp("g.csv"), Temp("a.csv"), Temp("b.csv"));
        Assert.Equal(0, Run("group", "--in", Example("cases-with-costs.csv"), "--out", grouped, "--keep-columns").Exit);
        Assert.Equal(0, Run("pay", "--in", grouped, "--out", viaGroup).Exit);
        Assert.Equal(0, Run("pay", "--scheme", "chs-drg-2.0-excerpt", "--in", Example("cases-with-costs.csv"), "--out", direct).Exit);
        Assert.Equal(File.ReadAllText(viaGroup), File.ReadAllText(direct));
        // E01 → HC23, paid the standard 22,050.00 (examples/README.md).
        Assert.Contains(",22050.00,20000.00,4000.00,22050.00,18050.00,2050.00,", File.ReadAllText(direct));
        foreach (var f in new[] { grouped, viaGroup, direct }) File.Delete(f);
    }

    [Fact]
    public void Pay_shows_surplus_or_overspend_never_a_negative_overspend()
    {
        var (exit, error) = Run("pay", "--in", Example("grouped-with-costs.csv"), "--out", Temp("p.csv"));
        Assert.Equal(0, exit);
        // H2: 154,832.50 against 162,000.00 by item (examples/README.md): an overspend of 7,167.50.
        Assert.Contains("overspend 超支 7,167.50", error);
        Assert.DoesNotContain("-7,167.50", error);
        Assert.Contains("surplus 结余 4,835.00", error);
    }

    [Fact]
    public void Rejected_values_come_with_the_valid_choices()
    {
        var (exit, error) = Run("pay", "--params", "no-such-pack", "--in", Example("grouped-with-costs.csv"), "--out", Temp("p.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("drg-payment-example", error);
        Assert.Contains("retention-seed", error);
        (exit, error) = Run("group", "--scheme", "no-such-scheme", "--in", Example("cases.csv"), "--out", Temp("g.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("chs-drg-2.0-excerpt", error);
        (exit, error) = Run("pay", "--fund", "nobody", "--in", Example("grouped-with-costs.csv"), "--out", Temp("p.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("employee", error);
        Assert.Contains("resident", error);
        var totals = Temp("year-end.csv");
        File.WriteAllText(totals, "level,id,name,payment,fee_for_item,quality_grade\nhospital,H1,x,100,90,superb\n");
        (exit, error) = Run("retention", "--in", totals, "--out", Temp("r.txt"));
        Assert.Equal(3, exit);
        Assert.Contains("unqualified, qualified, excellent", error);
        File.Delete(totals);
    }
}
