using System.Management.Automation;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using MedPay.Rules.Drg;
using MedPay.Rules.Drg.Workbooks;
using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>
/// The official NHSA workbook from PowerShell (issue 12): <c>Import-MedPayRulePack</c> reads an <c>.xlsx</c> (or a folder holding one) and
/// writes the scheme with its import report; <c>-Scheme</c> takes the workbook's path; the module folder carries the workbook reader
/// and DocumentFormat.OpenXml. The workbook is the CHS-DRG 1.1 fixture (../shared/conformance/chs-drg-1.1-workbook).
/// </summary>
public class WorkbookTests
{
    private static string Folder => PipelineTests.SharedFolder("chs-drg-1.1-workbook");

    private static string Workbook => Path.Combine(Folder, "workbook.xlsx");

    /// <summary>The first <paramref name="count"/> cases of ../chs-drg-1.1/cases.csv (with their expected mdc, adrg, drg) in a temporary folder.</summary>
    private static (string Folder, List<string[]> Rows) SomeCases(int count)
    {
        var lines = File.ReadLines(Path.Combine(PipelineTests.SharedFolder("chs-drg-1.1"), "cases.csv")).Take(count + 1).ToList();
        var folder = Pwsh.TempFolder();
        File.WriteAllLines(Path.Combine(folder, "cases.csv"), lines);
        return (folder, lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    [Fact]
    public void Import_MedPayRulePack_reads_the_workbook_and_its_folder_and_writes_the_scheme_with_its_import_report()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $a = Import-MedPayRulePack $Workbook
            $b = Import-MedPayRulePack $Folder
            $a
            $b
            $a.ImportReport
            $b.ImportReport.Workbook
            """, variables: new Dictionary<string, object?> { ["Workbook"] = Workbook, ["Folder"] = Folder });
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
        Assert.Equal(4, run.Output.Count);
        var a = Assert.IsType<DrgScheme>(run.Output[0].BaseObject);
        var b = Assert.IsType<DrgScheme>(run.Output[1].BaseObject);
        // Counts read from the folder fixture of the same scheme (../chs-drg-1.1: distinct codes of mdc.csv and adrg.csv, rows of drg.csv).
        var scheme = PipelineTests.SharedFolder("chs-drg-1.1");
        int Distinct(string file, int column) => File.ReadLines(Path.Combine(scheme, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[column]).Distinct().Count();
        var counts = (Distinct("mdc.csv", 1), Distinct("adrg.csv", 2), File.ReadLines(Path.Combine(scheme, "drg.csv")).Skip(1).Count(l => l.Length > 0));
        Assert.Equal(counts, (a.Mdcs.Length, a.Adrgs.Length, a.Drgs.Length));
        Assert.Equal(counts, (b.Mdcs.Length, b.Adrgs.Length, b.Drgs.Length));
        Assert.Equal(DrgScheme.WorkbookFormatName, a.Manifest.Format);
        var report = Assert.IsType<DrgWorkbookImportReport>(run.Output[2].BaseObject);
        Assert.True(report.Succeeded);
        Assert.Equal("workbook.xlsx", report.Workbook);
        Assert.StartsWith($"{counts.Item1} MDC, {counts.Item2} ADRG, {counts.Item3} DRG", report.Summary);
        Assert.Equal(new[] { "MDC", "ADRG", "DRG", "集合", "CC", "排除表" }, report.Sheets.Select(s => s.Sheet));
        Assert.Equal("workbook.xlsx", run.Output[3].BaseObject);
        // The README: 4 set members are not in the dictionary (K43.900, …): the pack's warnings go to the warning stream.
        Assert.Contains(run.Warnings, w => w.Contains("K43.900"));
    }

    [Fact]
    public void Import_MedPayRulePack_Verbose_prints_the_import_report()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Import-MedPayRulePack $Workbook -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
            """, variables: new Dictionary<string, object?> { ["Workbook"] = Workbook });
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
        var verbose = Assert.Single(run.Output).ToString();
        Assert.StartsWith("工作簿导入报告 / workbook import report: workbook.xlsx", verbose);
        Assert.Contains("order numbers stored as text (42)", verbose); // the README: 42 order numbers stored as text
    }

    [Fact]
    public void Invoke_MedPayDrgGroup_takes_the_workbook_as_a_path_a_file_a_relative_path_or_an_imported_scheme()
    {
        var (folder, rows) = SomeCases(300);
        // Run in the fixture folder (read only), so that .\workbook.xlsx and . are relative paths to the workbook and its folder.
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $rows = Import-Csv $Cases
            $scheme = Import-MedPayRulePack $Workbook
            $rows | Invoke-MedPayDrgGroup -Scheme $Workbook
            $rows | Invoke-MedPayDrgGroup -Scheme ([System.IO.FileInfo]::new($Workbook))
            $rows | Invoke-MedPayDrgGroup -Scheme $scheme
            $rows | Invoke-MedPayDrgGroup -Scheme .\workbook.xlsx
            $rows | Invoke-MedPayDrgGroup -Scheme .
            """, Folder, new Dictionary<string, object?> { ["Workbook"] = Workbook, ["Cases"] = Path.Combine(folder, "cases.csv") });
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
        Assert.Equal(5 * rows.Count, run.Output.Count);
        for (var pass = 0; pass < 5; pass++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = (DrgGroupRow)run.Output[pass * rows.Count + i].BaseObject;
                var expected = rows[i];
                // cases.csv's last three columns are the expected mdc, adrg and drg of the case.
                Assert.True((row.Id, row.Mdc, row.Adrg, row.Drg) == (expected[0], expected[^3], expected[^2], expected[^1]),
                    $"pass {pass}, {Workbook}: {expected[0]} expected {string.Join("/", expected[^3..])}, got {row.Mdc}/{row.Adrg}/{row.Drg} {row.Issues}");
                Assert.StartsWith(pass == 4 ? "chs-drg-1.1-workbook@" : "workbook@", row.Scheme); // the pack id: the file's or the folder's name
            }
        }

        Directory.Delete(folder, true);
    }

    [Fact]
    public void A_bad_workbook_is_an_error_naming_its_WB_code_and_no_case_is_grouped()
    {
        var folder = Pwsh.TempFolder();
        File.WriteAllText(Path.Combine(folder, "bad.xlsx"), "not a zip file");
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Import-MedPayRulePack .\bad.xlsx
            [pscustomobject]@{ id = 'x'; sex = 'M'; age_years = 40; age_days = 14610; birth_weight_g = 0; los_days = 5; discharge = 1; diagnoses = 'D14.302'; procedures = '' } |
                Invoke-MedPayDrgGroup -Scheme .\bad.xlsx
            """, folder);
        Assert.Empty(run.Output);
        Assert.Equal(2, run.Errors.Count);
        Assert.Equal("RulePackInvalid,MedPay.Rules.PowerShell.ImportRulePackCommand", run.Errors[0].FullyQualifiedErrorId);
        Assert.Contains("WB_NOT_A_WORKBOOK", run.Errors[0].Exception.Message);
        // A -Scheme that cannot be loaded fails the parameter binding, with the issues in the message.
        Assert.StartsWith("ParameterArgumentTransformationError", run.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("WB_NOT_A_WORKBOOK", run.Errors[1].Exception.Message);
        Directory.Delete(folder, true);
    }

    [Fact]
    public void The_module_folder_carries_the_workbook_reader_and_its_dependencies_built_for_netstandard2_0()
    {
        // The module's own build output (src/MedPay.Rules.PowerShell/bin/<configuration>/netstandard2.0) is the folder docs/powershell.md
        // publishes: one folder for Windows PowerShell 5.1 and PowerShell 7, so every assembly in it must be a netstandard2.0 (or
        // .NET Framework-compatible) build.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var module = Path.Combine(Pwsh.RepositoryRoot, "src", "MedPay.Rules.PowerShell", "bin", configuration, "netstandard2.0");
        Assert.True(File.Exists(Path.Combine(module, "MedPay.Rules.PowerShell.psd1")), module);
        foreach (var assembly in new[] { "MedPay.Rules.dll", "MedPay.Rules.Workbooks.dll", "DocumentFormat.OpenXml.dll", "DocumentFormat.OpenXml.Framework.dll", "System.IO.Packaging.dll" })
        {
            var path = Path.Combine(module, assembly);
            Assert.True(File.Exists(path), $"{module} has no {assembly}");
            var framework = TargetFramework(path);
            Assert.True(framework is null || framework.StartsWith(".NETStandard,Version=v2.0", StringComparison.Ordinal) || framework.StartsWith(".NETFramework", StringComparison.Ordinal),
                $"{path} is built for {framework}");
        }

        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(Path.Combine(module, "MedPay.Rules.Workbooks.dll")));
    }

    /// <summary>The TargetFrameworkAttribute of an assembly, read from its metadata without loading it.</summary>
    private static string? TargetFramework(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference) continue;
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) != "TargetFrameworkAttribute") continue;
            var blob = metadata.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog 0x0001
            return blob.ReadSerializedString();
        }

        return null;
    }
}
