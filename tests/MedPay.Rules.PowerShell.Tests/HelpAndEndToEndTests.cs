using System.IO.Compression;
using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>
/// Get-Help as a reader sees it (syntax lines, every example run on the shipped examples), and the office-day script
/// (EndToEnd/office-day.ps1, which .ci/run also runs in real pwsh) in the hosted PowerShell.
/// </summary>
public class HelpAndEndToEndTests
{
    private static readonly string[] Cmdlets =
    {
        "Import-MedPayRulePack", "Invoke-MedPayDrgGroup", "Invoke-MedPayDipGroup", "Measure-MedPayPayment", "Test-MedPaySettlementList", "Invoke-MedPayRetention",
    };

    private static string Examples => Path.Combine(Pwsh.RepositoryRoot, "examples");

    [Fact]
    public void Get_Help_shows_switches_as_switches()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            (Get-Help Invoke-MedPayDrgGroup).syntax | Out-String -Width 400
            (Get-Help Measure-MedPayPayment).syntax | Out-String -Width 400
            """);
        Assert.Empty(run.Errors);
        var syntax = string.Join("\n", run.Output.Select(o => o.ToString()));
        Assert.Contains("[-IncludeTrace]", syntax);
        Assert.Contains("[-YearEnd]", syntax);
        Assert.DoesNotContain("<SwitchParameter>", syntax);
        Assert.Contains("[-Scheme <DrgScheme>]", syntax);
    }

    [Fact]
    public void Every_help_example_of_every_cmdlet_runs_on_the_examples()
    {
        var folder = Stage();
        try
        {
            var codes = Pwsh.Run("Import-Module $MedPayModule\n" + string.Join("\n", Cmdlets.Select(c => $"(Get-Help {c}).examples.example | ForEach-Object {{ '{c}' + [char]0 + $_.code }}")));
            Assert.Empty(codes.Errors);
            var examples = codes.Output.Select(o => o.ToString().Split('\0')).ToList();
            Assert.Equal(Cmdlets, examples.Select(e => e[0]).Distinct());
            foreach (var example in examples)
            {
                var run = Pwsh.Run("Import-Module $MedPayModule\n" + example[1], folder);
                Assert.True(run.Errors.Count == 0, $"{example[0]}: {example[1]}\n{string.Join("\n", run.Errors)}");
                Assert.True(run.Output.Count > 0 || example[1].Contains("Export-Csv", StringComparison.Ordinal) || example[1].StartsWith("$", StringComparison.Ordinal),
                    $"{example[0]}: {example[1]} wrote nothing");
            }

            // The first example wrote the results where the reader would look for them.
            Assert.True(File.Exists(Path.Combine(folder, "results.csv")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void The_office_day_script_runs_group_pay_retention_dip_and_settlement_checks_on_the_examples()
    {
        var script = Path.Combine(Pwsh.RepositoryRoot, "tests", "MedPay.Rules.PowerShell.Tests", "EndToEnd", "office-day.ps1");
        var run = Pwsh.Run("& $Script -Module $MedPayModule -Examples $Examples", variables: new Dictionary<string, object?> { ["Script"] = script, ["Examples"] = Examples });
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors.Select(e => e + "\n" + e.ScriptStackTrace)));
        Assert.Matches(@"^office-day: \d+ checks passed$", Assert.Single(run.Output).ToString());
    }

    [Fact]
    public void Rows_carry_readable_messages_the_drg_name_and_the_pack()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            [pscustomobject]@{ id = 'nw'; drg = 'XX99'; status = 'grouped'; total_cost = '1000'; personal_payment = '100' } | Measure-MedPayPayment
            Import-Csv (Join-Path $Examples 'cases-with-costs.csv') | Invoke-MedPayDrgGroup | Measure-MedPayPayment | Where-Object Id -eq 'E01'
            """, variables: new Dictionary<string, object?> { ["Examples"] = Examples });
        Assert.Empty(run.Errors);
        var unpriced = (PaymentRow)run.Output[0].BaseObject;
        // rules/drg-payment-example/weights.csv has no XX99: PAY_DRG_WITHOUT_WEIGHT, with the DRG filled into its message (no "{0}").
        Assert.Equal("PAY_DRG_WITHOUT_WEIGHT", unpriced.Issues);
        Assert.Contains("XX99", unpriced.Messages);
        Assert.DoesNotContain("{0}", unpriced.Messages);
        Assert.Contains(run.Warnings, w => w.Contains("DRG XX99 has no weight", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Warnings, w => w.Contains("{0}", StringComparison.Ordinal));
        var e01 = (PaymentRow)run.Output[1].BaseObject;
        // weights.csv: HC23 胆囊切除手术，伴合并症或并发症, weight 2.1000; the pack named as id@version#hash.
        Assert.Equal(("E01", "HC23", "胆囊切除手术，伴合并症或并发症", 22050.00m), (e01.Id, e01.Drg, e01.DrgName, e01.Payment));
        Assert.Matches(@"^drg-payment-example@2026\.1-example#[0-9a-f]{12}$", e01.Pack);
    }

    /// <summary>A folder laid out as the help examples assume: the examples, an upload folder, a region's scheme zip and an NHSA workbook.</summary>
    private static string Stage()
    {
        var folder = Pwsh.TempFolder();
        foreach (var file in Directory.GetFiles(Examples)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(folder, "upload"));
        File.Copy(Path.Combine(Examples, "settlement-lists.json"), Path.Combine(folder, "upload", "settlement-lists.json"));
        // The region's scheme: the embedded excerpt's folder as a zip pack.
        ZipFile.CreateFromDirectory(Path.Combine(Pwsh.RepositoryRoot, "rules", "chs-drg-2.0-excerpt"), Path.Combine(folder, "chs-drg-2.0-region.zip"));
        // The NHSA workbook: the CHS-DRG 1.1 workbook fixture (a real workbook in the NHSA layout) under the 3.0 name the help uses.
        var workbook = Path.Combine(folder, "chs-drg-3.0");
        Directory.CreateDirectory(workbook);
        foreach (var file in Directory.GetFiles(PipelineTests.SharedFolder("chs-drg-1.1-workbook")))
        {
            File.Copy(file, Path.Combine(workbook, Path.GetFileName(file) == "workbook.xlsx" ? "chs-drg-3.0.xlsx" : Path.GetFileName(file)));
        }

        return folder;
    }
}
