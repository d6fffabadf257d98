using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using MedPay.Rules.Tests.Support;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> the library and the workbook reader (MedPay.Rules.Workbooks) into a temporary feed, check the packages (metadata,
/// README, every target framework with its XML docs, the rule packs embedded in each assembly, the symbols package, the dependencies:
/// DocumentFormat.OpenXml only in the workbook package), then restore them into a fresh console project outside the repository (its
/// own packages folder, so no stale copy is used), build and run it: it groups a case through the embedded rules, and loads the
/// CHS-DRG 1.1 workbook fixture through the workbook package and groups a fixture case with it.
/// </summary>
public class PackTests
{
    private readonly ITestOutputHelper _log;

    public PackTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Packed_library_restores_into_a_fresh_project_and_groups_a_case()
    {
        InTemporaryFolder("medpay-pack-", root =>
        {
            var (feed, package, version) = Pack(root, "MedPay.Rules");
            var (_, workbooks, workbooksVersion) = Pack(root, "MedPay.Rules.Workbooks");
            Assert.Equal(version, workbooksVersion);
            var consumer = Path.Combine(root, "consumer");
            Directory.CreateDirectory(consumer);
            CheckPackage(package);
            CheckSymbols(Path.ChangeExtension(package, ".snupkg"));
            CheckWorkbooksPackage(workbooks, version);
            var workbook = Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx");
            var cases = Path.Combine(SharedFixtures.ChsDrg11, "cases.csv");
            var first = FixtureFacts.Rows(SharedFixtures.ChsDrg11, "cases.csv")[0]; // id, …, mdc, adrg, drg

            File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="medpay-pack-test" value="{feed}" />
                  </packageSources>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
                  </config>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="MedPay.Rules" Version="{version}" />
                    <PackageReference Include="MedPay.Rules.Workbooks" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using MedPay.Rules.Drg;
                using MedPay.Rules.RulePacks;

                var grouper = DrgScheme.LoadDefault().CreateGrouper();
                var result = grouper.Group(new DrgCase
                {
                    Id = "E01", Sex = Sex.Male, AgeYears = 68, AgeDays = 24855, LengthOfStayDays = 7, Discharge = 1,
                    Diagnoses = new[] { "K80.000x004", "K86.000", "I10.x04", "E11.600x051" }, Procedures = new[] { "51.2300" },
                });
                Console.WriteLine($"{result.Status} {result.MdcCode} {result.AdrgCode} {result.DrgCode} {typeof(DrgScheme).Assembly.Location}");
                Console.WriteLine(string.Join(",", RulePack.EmbeddedPackIds));
                """ + $$"""

                var loaded = MedPay.Rules.Workbooks.DrgWorkbook.TryLoad(@"{{workbook}}");
                Console.WriteLine($"Workbook {loaded.Succeeded} {loaded.ImportReport?.Summary}");
                var record = DrgCaseCsv.Parse(File.ReadAllText(@"{{cases}}"), "cases.csv", out _)[0];
                var got = loaded.Scheme!.CreateGrouper().Group(record.Case!);
                Console.WriteLine($"Case {record.Id} {got.MdcCode} {got.AdrgCode} {got.DrgCode} {typeof(MedPay.Rules.Workbooks.DrgWorkbook).Assembly.Location}");
                """);
            var output = Dotnet(consumer, "run", "-c", "Release");
            var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
            // examples/cases.csv E01 (hand-checked against rules/chs-drg-2.0-excerpt): MDCH / HC2 / HC23.
            var grouped = Assert.Single(lines, l => l.StartsWith("Grouped ", StringComparison.Ordinal));
            Assert.StartsWith("Grouped MDCH HC2 HC23 ", grouped);
            // The assembly came from the package restored into the test's own packages folder, not from the repository's build.
            Assert.StartsWith(Path.Combine(consumer, "bin"), grouped.Substring("Grouped MDCH HC2 HC23 ".Length));
            Assert.Contains(lines, l => l.Split(',').Contains("chs-drg-2.0-excerpt") && l.Split(',').Contains("dip-example"));
            Assert.True(Directory.Exists(Path.Combine(root, "packages", "medpay.rules", version)));

            // The workbook through the packages: the counts of the folder fixture's files, and the first case of cases.csv
            // grouped as that file says, by the MedPay.Rules.Workbooks assembly restored from the feed.
            Assert.Contains(lines, l => l.StartsWith("Workbook True " + FixtureFacts.SchemeSummary(SharedFixtures.ChsDrg11), StringComparison.Ordinal));
            var expected = $"Case {first[0]} {first[^3]} {first[^2]} {first[^1]} ";
            var grouped2 = Assert.Single(lines, l => l.StartsWith("Case ", StringComparison.Ordinal));
            Assert.True(grouped2.StartsWith(expected, StringComparison.Ordinal), $"{cases}: expected {expected}, the consumer printed {grouped2}");
            Assert.StartsWith(Path.Combine(consumer, "bin"), grouped2.Substring(expected.Length));
            Assert.True(Directory.Exists(Path.Combine(root, "packages", "medpay.rules.workbooks", version)));
            Assert.True(Directory.Exists(Path.Combine(root, "packages", "documentformat.openxml")));
        });
    }

    /// <summary>The target frameworks of the medpay tool (src/MedPay.Rules.Cli).</summary>
    private static readonly string[] ToolFrameworks = { "net8.0", "net10.0" };

    [Fact]
    public void Packed_command_line_installs_as_a_dotnet_tool_and_groups_the_example_cases()
    {
        InTemporaryFolder("medpay-tool-", root =>
        {
            var (feed, package, version) = Pack(root, "MedPay.Rules.Cli");
            var tools = Path.Combine(root, "tools");
            using (var zip = ZipFile.OpenRead(package))
            {
                // Both builds of the tool (net8.0 for .NET 8, net10.0 for .NET 10 and later: issue 17), each with its settings and examples.
                foreach (var tfm in ToolFrameworks) Assert.Contains(zip.Entries, e => e.FullName == $"tools/{tfm}/any/DotnetToolSettings.xml");
                Assert.Contains(zip.Entries, e => e.FullName == "README.md");
                // Every file of examples/ ships with the tool, byte for byte, beside medpay.dll (issue 15).
                var examples = Path.Combine(SharedFixtures.RepositoryRoot, "examples");
                var files = Directory.GetFiles(examples, "*", SearchOption.AllDirectories);
                Assert.Contains(files, f => Path.GetFileName(f) == "settlement-lists.json");
                foreach (var file in ToolFrameworks.SelectMany(tfm => files.Select(f => (Tfm: tfm, File: f))))
                {
                    var name = $"tools/{file.Tfm}/any/examples/" + Path.GetRelativePath(examples, file.File).Replace('\\', '/');
                    var entry = zip.GetEntry(name);
                    Assert.True(entry is not null, $"the tool package has no {name}");
                    using var stream = entry!.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    Assert.Equal(File.ReadAllBytes(file.File), copy.ToArray());
                }
            }

            Dotnet(root, "tool", "install", "MedPay.Rules.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
            var medpay = Path.Combine(tools, OperatingSystem.IsWindows() ? "medpay.exe" : "medpay");
            var results = Path.Combine(root, "results.csv");
            Run(medpay, root, "group", "--in", Path.Combine(SharedFixtures.RepositoryRoot, "examples", "cases.csv"), "--out", results);
            var lines = File.ReadAllLines(results);
            Assert.Equal("id,mdc,adrg,drg,status", lines[0]);
            // examples/cases.csv E01 (hand-checked against rules/chs-drg-2.0-excerpt): MDCH / HC2 / HC23.
            Assert.Equal("E01,MDCH,HC2,HC23,grouped", lines[1]);
            Assert.Equal(41, lines.Length);
            Assert.Contains("group", Run(medpay, root, "--help"));

            // The installed tool's own copy of the examples: the payment example, from the folder the tool was installed into.
            // The installed package holds both builds; the SDK runs the one for its own runtime: net10.0 on the .NET 10 SDK these tests run with.
            var copies = Directory.GetFiles(tools, "grouped-with-costs.csv", SearchOption.AllDirectories);
            Assert.Equal(ToolFrameworks.Length, copies.Length);
            var installed = Assert.Single(copies, c => c.EndsWith(Path.Combine("tools", "net10.0", "any", "examples", "grouped-with-costs.csv"), StringComparison.Ordinal));
            var payments = Path.Combine(root, "payments.csv");
            Run(medpay, root, "pay", "--in", installed, "--out", payments);
            // examples/README.md: E01 HC23, standard 10,000 × 2.1 × 1.05 = 22,050.00, cost 20,000.00 → paid the standard.
            Assert.StartsWith("E01,HC23,grouped,paid,normal,drg_standard,2.1000,10000.00,1.0500,22050.00,20000.00,4000.00,22050.00,18050.00,2050.00", File.ReadAllLines(payments)[1]);

            // The official workbook as the scheme, read by the installed tool (MedPay.Rules.Workbooks and DocumentFormat.OpenXml ship inside
            // the tool package): the first 50 cases of the 1.1 conformance fixture, each as its cases.csv says.
            var cases = File.ReadLines(Path.Combine(SharedFixtures.ChsDrg11, "cases.csv")).Take(51).ToList();
            var input = Path.Combine(root, "cases.csv");
            File.WriteAllLines(input, cases);
            var fromWorkbook = Path.Combine(root, "workbook-results.csv");
            Run(medpay, root, "group", "--scheme", Path.Combine(SharedFixtures.ChsDrg11Workbook, "workbook.xlsx"), "--in", input, "--out", fromWorkbook);
            var written = File.ReadAllLines(fromWorkbook);
            Assert.Equal(cases.Count, written.Length);
            for (var i = 1; i < cases.Count; i++)
            {
                var f = cases[i].Split(',');
                Assert.StartsWith($"{f[0]},{f[^3]},{f[^2]},{f[^1]},", written[i]);
            }
        });
    }

    private static void InTemporaryFolder(string prefix, Action<string> body)
    {
        var root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            body(root);
        }
        finally
        {
            try { Directory.Delete(root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Packs src/&lt;project&gt; into &lt;root&gt;/feed; returns the feed, the package file and its version.</summary>
    private (string Feed, string Package, string Version) Pack(string root, string project)
    {
        var feed = Path.Combine(root, "feed");
        Dotnet(root, "pack", Path.Combine(SharedFixtures.RepositoryRoot, "src", project, project + ".csproj"), "-c", Configuration, "-o", feed);
        var package = Assert.Single(Directory.GetFiles(feed, project + ".*.nupkg"), f => char.IsDigit(Path.GetFileName(f)[project.Length + 1]));
        return (feed, package, Path.GetFileNameWithoutExtension(package).Substring(project.Length + 1));
    }

    private static void CheckPackage(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var tfm in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/MedPay.Rules.dll", entries);
            Assert.Contains($"lib/{tfm}/MedPay.Rules.xml", entries);
            using var dll = new MemoryStream();
            using (var stream = zip.GetEntry($"lib/{tfm}/MedPay.Rules.dll")!.Open()) stream.CopyTo(dll);
            dll.Position = 0;
            using var pe = new PEReader(dll);
            var metadata = pe.GetMetadataReader();
            var resources = metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name)).ToList();
            Assert.Contains("MedPay.Rules.Packs/chs-drg-2.0-excerpt/scheme.json", resources);
            Assert.Contains("MedPay.Rules.Packs/dip-example/pack.json", resources);
        }

        Assert.Contains("README.md", entries);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var nuspecStream = nuspecEntry.Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var meta = nuspec.Root.Element(ns + "metadata")!;
        string Meta(string name) => meta.Element(ns + name)?.Value ?? string.Empty;
        Assert.Equal("MedPay.Rules", Meta("id"));
        Assert.Equal("MedPay.Rules contributors", Meta("authors"));
        Assert.Equal("Apache-2.0", Meta("license"));
        Assert.Equal("expression", meta.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", Meta("readme"));
        Assert.StartsWith("https://", Meta("projectUrl"));
        Assert.Contains("按病组付费", Meta("tags"));
        Assert.Contains("DRG", Meta("tags").Split(' '));
        Assert.Contains("CHS-DRG", Meta("description"));
        Assert.Contains("医保", Meta("description"));
        Assert.Equal("git", meta.Element(ns + "repository")!.Attribute("type")!.Value);
        var netstandard = meta.Element(ns + "dependencies")!.Elements(ns + "group").Single(g => g.Attribute("targetFramework")!.Value == ".NETStandard2.0");
        Assert.Contains(netstandard.Elements(ns + "dependency"), d => d.Attribute("id")!.Value == "System.Text.Json");
        Assert.DoesNotContain(meta.Element(ns + "dependencies")!.Descendants(ns + "dependency"), d => d.Attribute("id")!.Value == "PolySharp");
        // The core reads no spreadsheet format itself (IWorkbookReader): the Open XML SDK is a dependency of MedPay.Rules.Workbooks only.
        Assert.DoesNotContain(meta.Element(ns + "dependencies")!.Descendants(ns + "dependency"), d => d.Attribute("id")!.Value.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
        Assert.DoesNotContain(meta.Element(ns + "dependencies")!.Descendants(ns + "dependency"), d => d.Attribute("id")!.Value == "System.IO.Packaging");
        Assert.DoesNotContain(entries, e => e.Contains("OpenXml", StringComparison.Ordinal));
    }

    /// <summary>
    /// The workbook package: every target framework with its XML docs, a README, a dependency on MedPay.Rules of the same version and on
    /// DocumentFormat.OpenXml in each framework group.
    /// </summary>
    private static void CheckWorkbooksPackage(string path, string version)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var tfm in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/MedPay.Rules.Workbooks.dll", entries);
            Assert.Contains($"lib/{tfm}/MedPay.Rules.Workbooks.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("/MedPay.Rules.dll", StringComparison.Ordinal)); // the core comes as a dependency
        var (meta, ns) = Nuspec(zip);
        Assert.Equal("MedPay.Rules.Workbooks", meta.Element(ns + "id")!.Value);
        Assert.Equal("Apache-2.0", meta.Element(ns + "license")!.Value);
        var groups = meta.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        Assert.Equal(3, groups.Count);
        foreach (var group in groups)
        {
            var ids = group.Elements(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
            Assert.True(ids.TryGetValue("MedPay.Rules", out var core) && core == version, $"{group.Attribute("targetFramework")!.Value}: MedPay.Rules {core}");
            Assert.True(ids.ContainsKey("DocumentFormat.OpenXml"), $"{group.Attribute("targetFramework")!.Value}: no DocumentFormat.OpenXml");
            Assert.False(ids.ContainsKey("PolySharp"));
        }
    }

    private static (XElement Metadata, XNamespace Ns) Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        return (nuspec.Root.Element(ns + "metadata")!, ns);
    }

    private static void CheckSymbols(string path)
    {
        Assert.True(File.Exists(path), "symbols package " + path);
        using var zip = ZipFile.OpenRead(path);
        Assert.Contains("lib/netstandard2.0/MedPay.Rules.pdb", zip.Entries.Select(e => e.FullName));
    }

    /// <summary>The configuration the tests were built in (bin/&lt;Configuration&gt;/&lt;tfm&gt;), so that packing reuses that build.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private string Dotnet(string workingDirectory, params string[] arguments) =>
        Run("dotnet", workingDirectory, arguments[0] is "pack" or "run" ? arguments.Append("-nodeReuse:false").ToArray() : arguments);

    private string Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under `dotnet test`: do not hand its MSBuild settings to the child builds.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" }) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(" ", arguments)} did not finish in 8 minutes\n{stdout}");
        }

        var output = stdout + stderr.Result;
        _log.WriteLine($"$ {Path.GetFileName(program)} {string.Join(" ", arguments)} → {process.ExitCode}");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(" ", arguments)} exited {process.ExitCode}\n{output}");
        return stdout;
    }
}
