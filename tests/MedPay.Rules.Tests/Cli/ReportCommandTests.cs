using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Reporting;

namespace MedPay.Rules.Tests.Cli;

/// <summary><c>medpay report</c> run in-process; the figures of a three-case year hand-worked from the embedded packs (rules/drg-payment-example).</summary>
[Collection(nameof(ConsoleCollection))]
public class ReportCommandTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-report-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Examples => Path.Combine(Support.SharedFixtures.RepositoryRoot, "examples", "cases.csv");

    [Fact]
    public void A_results_file_with_costs_gives_the_hand_worked_figures_and_the_retention_section()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, "id,drg,status,total_cost,personal_payment,fund,grade,los_days,hospital,dept\n" +
            "a,HC25,grouped,15000,3000,employee,3,4,H-A,普外科\n" +
            "b,HC23,grouped,30000,6000,employee,3,10,H-A,肝胆外科\n" +
            "c,0000,ungroupable,3000,600,employee,3,2,H-A,肝胆外科\n");
        var output = Temp("year.html");
        Assert.Equal(0, Program.Main(new[] { "report", "--in", input, "--retention", "retention-seed", "--quality-grade", "qualified", "--out", output, "--title", "H-A 2026" }));
        var html = File.ReadAllText(output);
        var page = ReportPage.FromHtml(html);
        Assert.Equal(new[] { "overview", "case-mix", "departments", "attention", "retention" }, page.Sections);
        Assert.Contains("<title>H-A 2026</title>", html);
        // Weights (weights.csv): HC25 1.65, HC23 2.10; c has no priced DRG. Total weight 3.75; CMI 3.75 ÷ 2 = 1.8750.
        Assert.Equal(("3", "2", "66.67%", "3.7500", "1.8750"), (page.Figures["cases"], page.Figures["grouped-cases"], page.Figures["grouping-rate"], page.Figures["total-weight"], page.Figures["cmi"]));
        // Cost index (variant A) = (15,000 + 30,000) ÷ (16,500 + 21,000) = 1.2000; time index = (4 + 10) ÷ (7 + 9) = 0.8750.
        Assert.Equal(("1.2000", "0.8750"), (page.Figures["cost-index"], page.Figures["time-index"]));
        // Payment (rate 10,000 employee, grade-3 coefficient 1.05): a 10,000 × 1.65 × 1.05 = 17,325.00; b 10,000 × 2.10 × 1.05 = 22,050.00
        // (30,000 is inside 0.4–3 × the standard); c by item 3,000.00. Total 42,375.00 against 48,000.00: overspend 5,625.00, no surplus.
        Assert.Equal(("42,375.00", "48,000.00", "0.00", "5,625.00"), (page.Figures["payment-total"], page.Figures["cost-total"], page.Figures["surplus"], page.Figures["overspend"]));
        // Departments: 普外科 surplus 17,325 − 15,000 = 2,325.00; 肝胆外科 (22,050 + 3,000) − 33,000 = overspend 7,950.00, shown as a positive overspend.
        Assert.Equal(("2,325.00", "0.00"), (page.Rows["dept:H-A/普外科"]["surplus"], page.Rows["dept:H-A/普外科"]["overspend"]));
        Assert.Equal(("0.00", "7,950.00"), (page.Rows["dept:H-A/肝胆外科"]["surplus"], page.Rows["dept:H-A/肝胆外科"]["overspend"]));
        Assert.Equal("7,950.00", page.Rows["drg-loss:HC23"]["overspend"]);
        Assert.Equal("1", page.Figures["not-grouped-count"]);
        Assert.Contains(page.Rows.Keys, k => k.StartsWith("retention.0.step:", StringComparison.Ordinal));
        File.Delete(input);
        File.Delete(output);
    }

    [Fact]
    public void The_example_case_file_is_grouped_and_reported_without_payment()
    {
        var output = Temp("example.html");
        Assert.Equal(0, Program.Main(new[] { "report", "--in", Examples, "--out", output }));
        var page = ReportPage.FromHtml(File.ReadAllText(output));
        Assert.Equal(new[] { "overview", "case-mix", "departments", "attention" }, page.Sections);
        Assert.Equal((File.ReadAllLines(Examples).Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Figures["cases"]);
        Assert.False(page.Figures.ContainsKey("payment-total"));
        Assert.Equal("—", page.Figures["cost-index"]);
        File.Delete(output);
    }

    [Fact]
    public void Bad_input_gives_the_documented_exit_codes()
    {
        var output = Temp("x.html");
        Assert.Equal(3, Program.Main(new[] { "report", "--in", Temp("missing.csv"), "--out", output }));
        Assert.Equal(1, Program.Main(new[] { "report", "--in", Examples, "--fund", "nobody", "--out", output }));
        Assert.Equal(2, Program.Main(new[] { "report", "--in", Examples, "--payment", "no-such-pack", "--out", output }));
        // Retention needs costs: the example case file has none.
        Assert.Equal(3, Program.Main(new[] { "report", "--in", Examples, "--retention", "retention-seed", "--out", output }));
        var noDrg = Temp("nodrg.csv");
        File.WriteAllText(noDrg, "id,total_cost\na,100\n");
        Assert.Equal(3, Program.Main(new[] { "report", "--in", noDrg, "--out", output }));
        Assert.False(File.Exists(output));
        File.Delete(noDrg);
    }
}
