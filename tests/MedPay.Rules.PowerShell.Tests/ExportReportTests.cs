using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary><c>Export-MedPayReport</c> in a real PowerShell session: the page it writes is the library's for the same file.</summary>
public class ExportReportTests
{
    [Fact]
    public void Export_MedPayReport_writes_the_page_of_the_example_cases_and_with_retention()
    {
        var folder = Pwsh.TempFolder();
        File.Copy(Path.Combine(Pwsh.RepositoryRoot, "examples", "cases.csv"), Path.Combine(folder, "cases.csv"));
        File.WriteAllText(Path.Combine(folder, "year.csv"), "id,drg,status,total_cost,personal_payment,los_days,hospital,dept\n"
            + "a,HC25,grouped,15000,3000,4,H-A,普外科\nb,HC23,grouped,30000,6000,10,H-A,肝胆外科\n");
        var run = Pwsh.Run("Import-Module $MedPayModule\n(Export-MedPayReport cases.csv example.html).Name\n"
            + "$policy = Import-MedPayRulePack retention-seed\n(Export-MedPayReport year.csv year.html -RetentionPolicy $policy -QualityGrade qualified -Title 'H-A 2026').Name", folder);
        Assert.Empty(run.Errors);
        Assert.Equal(new[] { "example.html", "year.html" }, run.Output.Select(o => o.ToString()));

        var scheme = Rules.Drg.DrgScheme.LoadDefault();
        var parameters = Rules.Payment.PaymentParameters.LoadDefault();
        var read = Rules.Reporting.ReportCases.Read(File.ReadAllText(Path.Combine(folder, "cases.csv")), "cases.csv", scheme, parameters);
        Assert.Equal(Rules.Reporting.ReportBuilder.From(scheme, parameters, read).ToHtml(), File.ReadAllText(Path.Combine(folder, "example.html")));
        var year = File.ReadAllText(Path.Combine(folder, "year.html"));
        Assert.Contains("<title>H-A 2026</title>", year);
        Assert.Contains("data-section=\"retention\"", year);
        // a: 10,000 × 1.65 × 1.05 = 17,325.00; b: 10,000 × 2.10 × 1.05 = 22,050.00 (rules/drg-payment-example): 39,375.00 in all.
        Assert.Contains("data-figure=\"payment-total\">39,375.00<", year);
    }

    [Fact]
    public void A_missing_file_is_an_error_record()
    {
        var run = Pwsh.Run("Import-Module $MedPayModule\nExport-MedPayReport no-such.csv out.html", Pwsh.TempFolder());
        Assert.Single(run.Errors);
        Assert.Empty(run.Output);
    }
}
