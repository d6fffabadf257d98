using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace MedPay.Rules.PowerShell.Tests.Support;

/// <summary>The outcome of a script: its output objects, error records and warnings.</summary>
internal sealed record ScriptRun(Collection<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Runs PowerShell scripts in-process in a fresh runspace of real PowerShell 7.6.9 (Microsoft.PowerShell.SDK): the default session state
/// (<see cref="InitialSessionState.CreateDefault"/>, the built-in modules loaded as pwsh loads them), so Import-Csv, Export-Csv, Add-Type and
/// Get-Help are the cmdlets that ship with PowerShell.
/// </summary>
internal static class Pwsh
{
    /// <summary>The module manifest in the test's output folder (the build output of MedPay.Rules.PowerShell is a module folder).</summary>
    public static string ModuleManifest => Path.Combine(AppContext.BaseDirectory, "MedPay.Rules.PowerShell.psd1");

    /// <summary>The plain library assembly beside it.</summary>
    public static string LibraryAssembly => Path.Combine(AppContext.BaseDirectory, "MedPay.Rules.dll");

    /// <summary>Runs a script with the current location set to <paramref name="location"/> and the given variables defined.</summary>
    public static ScriptRun Run(string script, string? location = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var state = InitialSessionState.CreateDefault();
        state.Variables.Add(new SessionStateVariableEntry("MedPayModule", ModuleManifest, "the module manifest under test"));
        state.Variables.Add(new SessionStateVariableEntry("MedPayLibrary", LibraryAssembly, "the plain library assembly"));
        foreach (var variable in variables ?? new Dictionary<string, object?>()) state.Variables.Add(new SessionStateVariableEntry(variable.Key, variable.Value, null));
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        if (location is not null) runspace.SessionStateProxy.Path.SetLocation(location);
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        var output = shell.Invoke();
        return new ScriptRun(output, shell.Streams.Error.ToList(), shell.Streams.Warning.Select(w => w.Message).ToList());
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "medpay-ps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The repository root (the folder with MedPay.Rules.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedPay.Rules.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("MedPay.Rules.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
