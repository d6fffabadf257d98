using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>The module as PowerShell sees it: manifest, exported cmdlets, help, and the plain library through <c>Add-Type</c>.</summary>
public class ModuleTests
{
    private static readonly string[] CmdletNames = typeof(InvokeDrgGroupCommand).Assembly.GetExportedTypes()
        .Select(t => t.GetCustomAttribute<CmdletAttribute>()).Where(a => a is not null).Select(a => a!.VerbName + "-" + a.NounName).OrderBy(n => n).ToArray();

    [Fact]
    public void Manifest_is_valid_exports_every_cmdlet_and_matches_the_library_version()
    {
        var run = Pwsh.Run("Test-ModuleManifest $MedPayModule");
        Assert.Empty(run.Errors);
        var module = (PSModuleInfo)Assert.Single(run.Output).BaseObject;
        Assert.Equal(CmdletNames, module.ExportedCmdlets.Keys.OrderBy(n => n));
        var library = typeof(MedPay.Rules.Drg.DrgScheme).Assembly.GetName().Version!;
        Assert.Equal(new Version(library.Major, library.Minor, library.Build), module.Version);
        Assert.Contains("Desktop", module.CompatiblePSEditions);
        Assert.Contains("Core", module.CompatiblePSEditions);

        var imported = Pwsh.Run("Import-Module $MedPayModule -PassThru | ForEach-Object { $_.ExportedCmdlets.Keys }");
        Assert.Empty(imported.Errors);
        Assert.Equal(CmdletNames, imported.Output.Select(o => o.ToString()).OrderBy(n => n));
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb_and_has_help_for_each_parameter()
    {
        var help = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "en-US", "MedPay.Rules.PowerShell.dll-Help.xml"));
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        XNamespace maml = "http://schemas.microsoft.com/maml/2004/10";
        var documented = help.Root!.Elements(command + "command").ToDictionary(
            c => c.Element(command + "details")!.Element(command + "name")!.Value,
            c => c.Element(command + "parameters")!.Elements(command + "parameter").Select(p => p.Element(maml + "name")!.Value).OrderBy(n => n).ToArray());
        Assert.Equal(CmdletNames, documented.Keys.OrderBy(n => n));

        // The approved verbs are the constants of System.Management.Automation's Verbs* classes (what Get-Verb lists).
        var verbs = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Contains("Invoke", verbs);
        foreach (var type in typeof(InvokeDrgGroupCommand).Assembly.GetExportedTypes().Where(t => t.GetCustomAttribute<CmdletAttribute>() is not null))
        {
            var attribute = type.GetCustomAttribute<CmdletAttribute>()!;
            Assert.Contains(attribute.VerbName, verbs);
            var parameters = type.GetProperties().Where(p => p.GetCustomAttribute<ParameterAttribute>() is not null).Select(p => p.Name).OrderBy(n => n);
            Assert.Equal(parameters, documented[attribute.VerbName + "-" + attribute.NounName]);
        }

        var synopsis = Pwsh.Run("Import-Module $MedPayModule\n(Get-Help Invoke-MedPayDrgGroup).Synopsis");
        Assert.StartsWith("Groups inpatient cases into CHS-DRG groups", Assert.Single(synopsis.Output).ToString());
        var example = Pwsh.Run("Import-Module $MedPayModule\n(Get-Help Invoke-MedPayDrgGroup).examples.example[0].code");
        Assert.Contains("Import-Csv cases.csv | Invoke-MedPayDrgGroup | Export-Csv", Assert.Single(example.Output).ToString());
    }

    [Fact]
    public void A_script_loads_the_plain_library_with_Add_Type_and_groups_a_case()
    {
        var run = Pwsh.Run("""
            Add-Type -Path $MedPayLibrary
            $grouper = [MedPay.Rules.Drg.DrgScheme]::LoadDefault().CreateGrouper($null)
            $case = [MedPay.Rules.Drg.DrgCase]@{
                Id = 'E01'; Sex = [MedPay.Rules.Drg.Sex]::Male; AgeYears = 68; AgeDays = 24855; LengthOfStayDays = 7; Discharge = 1
                Diagnoses = [string[]]@('K80.000x004', 'K86.000', 'I10.x04', 'E11.600x051'); Procedures = [string[]]@('51.2300')
            }
            $result = $grouper.Group($case)
            "$($result.Status) $($result.MdcCode) $($result.AdrgCode) $($result.DrgCode)"
            """);
        Assert.Empty(run.Errors);
        // examples/cases.csv E01: MDCH, HC2, HC23 (hand-checked against the embedded excerpt; see PipelineTests).
        Assert.Equal("Grouped MDCH HC2 HC23", Assert.Single(run.Output).ToString());
    }
}
