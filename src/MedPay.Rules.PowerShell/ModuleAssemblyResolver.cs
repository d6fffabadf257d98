using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// Lets Windows PowerShell 5.1 (.NET Framework, no binding redirects for a module) load the module's dependencies from the module folder
/// whatever version another assembly asks for (System.Memory, System.Text.Json, System.Collections.Immutable…). Does nothing on PowerShell 7.
/// </summary>
public sealed class ModuleAssemblyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string Folder = System.IO.Path.GetDirectoryName(typeof(ModuleAssemblyResolver).Assembly.Location) ?? string.Empty;

    private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    /// <inheritdoc />
    public void OnImport()
    {
        if (IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve += Resolve;
    }

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        if (IsNetFramework) AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
    }

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        var path = System.IO.Path.Combine(Folder, name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
