using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>The scripts run in real PowerShell 7.6.9: the utility cmdlets are the ones that ship with it, not imitations.</summary>
public class RealPowerShellTests
{
    [Fact]
    public void Import_Csv_Export_Csv_Add_Type_and_Get_Help_are_the_cmdlets_PowerShell_ships()
    {
        var run = Pwsh.Run("""
            $PSVersionTable.PSVersion.ToString()
            foreach ($name in 'Import-Csv', 'Export-Csv', 'Add-Type', 'Get-Help') {
                $c = Get-Command $name
                "$name|$($c.CommandType)|$($c.Source)|$($c.ImplementingType.FullName)|$($c.ImplementingType.Assembly.GetName().Name)"
            }
            """);
        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
        var lines = run.Output.Select(o => o.ToString()).ToArray();
        Assert.Equal("7.6.9", lines[0]);
        Assert.Equal(new[]
        {
            "Import-Csv|Cmdlet|Microsoft.PowerShell.Utility|Microsoft.PowerShell.Commands.ImportCsvCommand|Microsoft.PowerShell.Commands.Utility",
            "Export-Csv|Cmdlet|Microsoft.PowerShell.Utility|Microsoft.PowerShell.Commands.ExportCsvCommand|Microsoft.PowerShell.Commands.Utility",
            "Add-Type|Cmdlet|Microsoft.PowerShell.Utility|Microsoft.PowerShell.Commands.AddTypeCommand|Microsoft.PowerShell.Commands.Utility",
            "Get-Help|Cmdlet|Microsoft.PowerShell.Core|Microsoft.PowerShell.Commands.GetHelpCommand|System.Management.Automation",
        }, lines.Skip(1));
    }

    [Fact]
    public void The_test_assembly_defines_no_cmdlet_of_its_own()
    {
        // The stand-in Import-Csv / Export-Csv / Add-Type of earlier versions are gone: nothing in this assembly is a cmdlet.
        var cmdlets = typeof(RealPowerShellTests).Assembly.GetTypes().Where(t => typeof(System.Management.Automation.Cmdlet).IsAssignableFrom(t));
        Assert.Empty(cmdlets);
    }
}
