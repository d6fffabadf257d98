using System.Diagnostics;
using MedPay.Rules.Tests.Support;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Packaging;

/// <summary>
/// The install instructions for someone without our build (issue 15 item 8), run as written: <c>build/pack-local.sh</c> builds the packages
/// into a local feed and the module folder; the tool installs from the feed (<c>--tool-path</c> here instead of <c>--global</c>, so the
/// machine's tools are untouched) and runs; <c>dotnet nuget add source</c> and <c>dotnet add package</c> bring the library into a fresh project that groups a
/// case (the feed added as a package source beside the project); the module folder copied into the first folder of PSModulePath (the user's modules folder) imports by name in real pwsh (the PowerShell dotnet tool of
/// .config/dotnet-tools.json) and groups the example cases. The command lines are the docs' own: each is checked to appear there.
/// </summary>
public class LocalFeedTests
{
    private const string PackLine = "build/pack-local.sh";
    private const string ToolLine = "dotnet tool install --global MedPay.Rules.Cli --add-source ./artifacts/feed --version 0.1.0";
    private static readonly string[] PackageLines =
    {
        "dotnet new nugetconfig",
        "dotnet nuget add source ./artifacts/feed --name medpay-local --configfile nuget.config",
        "dotnet add package MedPay.Rules --version 0.1.0",
    };
    private static readonly string[] ModuleLines =
    {
        "$modules = ($env:PSModulePath -split [IO.Path]::PathSeparator)[0]; New-Item -ItemType Directory -Force $modules | Out-Null",
        "Copy-Item -Recurse ./artifacts/MedPay.Rules.PowerShell (Join-Path $modules MedPay.Rules.PowerShell)",
    };

    private readonly ITestOutputHelper _log;

    public LocalFeedTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void The_documented_local_feed_installs_the_tool_the_library_and_the_module()
    {
        var docs = Path.Combine(SharedFixtures.RepositoryRoot, "docs");
        var cli = File.ReadAllText(Path.Combine(docs, "getting-started-cli.md"));
        foreach (var line in PackageLines.Prepend(ToolLine).Prepend(PackLine)) Assert.Contains(line, cli);
        foreach (var line in ModuleLines) Assert.Contains(line, File.ReadAllText(Path.Combine(docs, "powershell.md")));

        var root = Path.Combine(Path.GetTempPath(), "medpay-feed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            // 1. One command: the packages and the module folder into <root>/artifacts (the script's default is ./artifacts of the clone).
            var artifacts = Path.Combine(root, "artifacts");
            Run("bash", SharedFixtures.RepositoryRoot, Path.Combine(SharedFixtures.RepositoryRoot, PackLine), artifacts);
            var feed = Path.Combine(artifacts, "feed");
            foreach (var id in new[] { "MedPay.Rules", "MedPay.Rules.Workbooks", "MedPay.Rules.Cli" }) Assert.True(File.Exists(Path.Combine(feed, id + ".0.1.0.nupkg")), $"{feed} has no {id}.0.1.0.nupkg");

            // 2. The tool, from the feed, as the docs say (the feed path relative to the folder holding artifacts/).
            var tools = Path.Combine(root, "tools");
            Run("dotnet", root, ToolLine.Replace("--global", "--tool-path " + tools, StringComparison.Ordinal).Split(' ').Skip(1).ToArray());
            var help = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "medpay.exe" : "medpay"), root, "rules", "list");
            Assert.Contains("chs-drg-2.0-excerpt", help);

            // 3. The library, into a fresh project (its own packages folder, so no copy from another build is used).
            var consumer = Path.Combine(root, "consumer");
            Directory.CreateDirectory(consumer);
            File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config><add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" /></config>
                </configuration>
                """);
            Run("dotnet", consumer, "new", "console", "--framework", "net10.0", "--name", "Consumer", "--output", ".");
            foreach (var line in PackageLines) Run("dotnet", consumer, line.Replace("./artifacts/feed", feed, StringComparison.Ordinal).Split(' ').Skip(1).ToArray());
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using MedPay.Rules.Drg;
                var result = DrgScheme.LoadDefault().CreateGrouper().Group(new DrgCase
                {
                    Id = "E01", Sex = Sex.Male, AgeYears = 68, AgeDays = 24855, LengthOfStayDays = 7, Discharge = 1,
                    Diagnoses = new[] { "K80.000x004", "K86.000", "I10.x04", "E11.600x051" }, Procedures = new[] { "51.2300" },
                });
                Console.WriteLine($"{result.Status} {result.DrgCode}");
                """);
            // examples/cases.csv E01 (hand-checked against rules/chs-drg-2.0-excerpt): HC23.
            Assert.Contains("Grouped HC23", Run("dotnet", consumer, "run", "-c", "Release", "-nodeReuse:false"));
            Assert.True(Directory.Exists(Path.Combine(root, "packages", "medpay.rules", "0.1.0")));

            // 4. The module: copied into the first folder of PSModulePath as the docs say, then imported by name in real pwsh.
            // pwsh puts the user's own modules folder first in PSModulePath ($XDG_DATA_HOME/powershell/Modules on Linux): pointed into the
            // temporary folder, so the copy lands there and not in this machine's real modules folder.
            var data = Path.Combine(root, "xdg");
            var modules = Path.Combine(data, "powershell", "Modules");
            Run("dotnet", SharedFixtures.RepositoryRoot, "tool", "restore");
            var script = string.Join("\n", ModuleLines).Replace("./artifacts", artifacts, StringComparison.Ordinal) + "\n"
                + "Import-Module MedPay.Rules.PowerShell\n"
                + "(Import-Csv '" + Path.Combine(SharedFixtures.RepositoryRoot, "examples", "cases.csv") + "' | Invoke-MedPayDrgGroup | Select-Object -First 1).Drg\n"
                + "(Get-Module MedPay.Rules.PowerShell).ModuleBase";
            var output = Run("dotnet", SharedFixtures.RepositoryRoot, new Dictionary<string, string> { ["XDG_DATA_HOME"] = data }, "pwsh", "-NoProfile", "-NonInteractive", "-Command", script);
            var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
            Assert.Equal("HC23", lines[^2]);
            Assert.Equal(Path.Combine(modules, "MedPay.Rules.PowerShell"), lines[^1]);
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string Run(string program, string workingDirectory, params string[] arguments) => Run(program, workingDirectory, new Dictionary<string, string>(), arguments);

    private string Run(string program, string workingDirectory, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under `dotnet test`: do not hand its MSBuild settings to the child builds.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" }) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(" ", arguments)} did not finish in 10 minutes\n{stdout}");
        }

        _log.WriteLine($"$ {Path.GetFileName(program)} {string.Join(" ", arguments)} → {process.ExitCode}");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(" ", arguments)} exited {process.ExitCode}\n{stdout}{stderr.Result}");
        return stdout;
    }
}
