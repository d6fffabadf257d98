using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using MedPay.Rules.Tests.Support;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// Every <c>medpay …</c> line in a fenced code block of docs/*.md (and README.md) is run, as a reader would type it, by the built tool
/// (<c>dotnet medpay.dll</c>, a separate process in its own working folder), and must exit 0, or the code its comment documents
/// (<c># exit 5: …</c>). Lines of one page run in order in one folder, so a page can build on its earlier lines.
/// Synopsis lines (with <c>[…]</c>, <c>&lt;…&gt;</c> or <c>a|b</c> placeholders) are not command lines: each page's count of them is listed
/// below, so that a new line cannot be skipped unseen.
/// </summary>
/// <remarks>
/// The working folder holds what the pages assume the reader has: <c>examples/</c> (a copy of the repository's), the reader's own case
/// file (<c>cases.csv</c>, <c>2026-discharges.csv</c>: copies of examples/cases.csv), their region's DRG scheme (<c>xx-city-drg-2.0</c> as
/// a folder and a zip, <c>packs/xx-city-drg-2.0</c>, <c>rules/chs-drg-2.0-region</c>: copies of rules/chs-drg-2.0-excerpt) and the
/// official NHSA workbook (<c>chs-drg-3.0/chs-drg-3.0.xlsx</c> with its dictionaries: the CHS-DRG 1.1 workbook fixture of
/// ../shared/conformance, a real workbook in the NHSA layout, standing in for the 3.0 workbook that is not in the repository).
/// </remarks>
public class DocumentedCommandLineTests
{
    /// <summary>Synopsis lines per page (not run).</summary>
    private static readonly Dictionary<string, int> Synopses = new()
    {
        ["docs/payment.md"] = 1,
        ["docs/retention.md"] = 1,
        ["docs/settlement-validation.md"] = 1,
    };

    private static readonly Regex Placeholder = new(@"\[[^\]]*\]|<[^>]*>|\w\|\w|…", RegexOptions.CultureInvariant);
    private static readonly Regex ExitComment = new(@"#\s*exit\s+(\d+)", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _log;

    public DocumentedCommandLineTests(ITestOutputHelper log) => _log = log;

    /// <summary>The documented command lines: page, line number, the command's arguments and the exit code it should give.</summary>
    public static IEnumerable<(string Page, int Line, string[] Arguments, int Exit, bool Synopsis)> CommandLines()
    {
        var root = SharedFixtures.RepositoryRoot;
        var pages = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md")).OrderBy(p => p, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var name = Path.GetRelativePath(root, page).Replace('\\', '/');
            var inBlock = false;
            var number = 0;
            foreach (var line in File.ReadLines(page))
            {
                number++;
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inBlock = !inBlock; continue; }
                var text = line.Trim();
                if (!inBlock || !(text == "medpay" || text.StartsWith("medpay ", StringComparison.Ordinal))) continue;
                var hash = text.IndexOf(" #", StringComparison.Ordinal);
                var comment = hash >= 0 ? text.Substring(hash) : string.Empty;
                var command = (hash >= 0 ? text.Substring(0, hash) : text).Trim();
                var exit = ExitComment.Match(comment) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                yield return (name, number, command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray(), exit, Placeholder.IsMatch(command));
            }
        }
    }

    [Fact]
    public void Every_documented_medpay_command_line_runs_with_its_documented_exit_code()
    {
        var lines = CommandLines().ToList();
        var bySynopsis = lines.Where(l => l.Synopsis).GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Synopses.OrderBy(p => p.Key), bySynopsis.OrderBy(p => p.Key));
        var runnable = lines.Where(l => !l.Synopsis).ToList();
        // getting-started-cli.md alone runs every command on the examples (12 lines) and the workbook lines (4).
        Assert.True(runnable.Count(l => l.Page == "docs/getting-started-cli.md") >= 16, string.Join("\n", runnable.Select(l => $"{l.Page}:{l.Line}")));
        foreach (var command in new[] { "group", "dip", "pay", "validate", "retention", "rules" })
        {
            Assert.Contains(runnable, l => l.Page == "docs/getting-started-cli.md" && l.Arguments.FirstOrDefault() == command && l.Arguments.Any(a => a.StartsWith("examples/", StringComparison.Ordinal)) || command == "rules");
        }

        var failures = new List<string>();
        foreach (var page in runnable.GroupBy(l => l.Page))
        {
            var folder = Stage();
            try
            {
                foreach (var (name, number, arguments, exit, _) in page)
                {
                    var (code, output) = Medpay(folder, arguments);
                    _log.WriteLine($"{name}:{number}: medpay {string.Join(" ", arguments)} → {code}");
                    if (code != exit) failures.Add($"{name}:{number}: medpay {string.Join(" ", arguments)} exited {code}, the page says {exit}\n{output}");
                }
            }
            finally
            {
                try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void The_example_lines_write_the_hand_checked_figures()
    {
        // The "What to expect" paragraph of getting-started-cli.md, checked on the files its lines write (arithmetic: examples/README.md).
        var folder = Stage();
        try
        {
            foreach (var (_, _, arguments, _, _) in CommandLines().Where(l => l.Page == "docs/getting-started-cli.md" && !l.Synopsis && l.Arguments.Any(a => a.StartsWith("examples/", StringComparison.Ordinal)) && !l.Arguments.Contains("--scheme")))
            {
                Medpay(folder, arguments);
            }

            string Row(string file, string id) => File.ReadLines(Path.Combine(folder, file)).Single(l => l.StartsWith(id + ",", StringComparison.Ordinal));
            Assert.Equal("E01,MDCH,HC2,HC23,grouped", Row("results.csv", "E01"));
            Assert.Contains(",1180.00,10.5,12390.00,", Row("dip-results.csv", "D01"));
            Assert.StartsWith("D08,H1,no_group,", Row("dip-results.csv", "D08"));
            Assert.Contains(",22050.00,20000.00,4000.00,22050.00,18050.00,2050.00,", Row("payments.csv", "E01"));
            Assert.Contains(",high,fee_for_item,", Row("payments.csv", "E09"));
            var report = File.ReadAllText(Path.Combine(folder, "report.txt"));
            Assert.Contains("DT-02", report);
            Assert.Contains("RQ-03", report);
            Assert.StartsWith("hospital,H1,示例市第一人民医院,excellent,140835.00,140835.00,136000.00,4835.00,3384.50,1450.50,", Row("retention.csv", "hospital"));
            var alliance = File.ReadAllText(Path.Combine(folder, "alliance.json"));
            Assert.Contains("180000.00", alliance);
            Assert.Contains("120000.00", alliance);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>A fresh working folder with what the pages assume (see the remarks above).</summary>
    private static string Stage()
    {
        var root = SharedFixtures.RepositoryRoot;
        var folder = Path.Combine(Path.GetTempPath(), "medpay-docs-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(root, "examples"), Path.Combine(folder, "examples"));
        foreach (var file in new[] { "cases.csv", "2026-discharges.csv" }) File.Copy(Path.Combine(root, "examples", "cases.csv"), Path.Combine(folder, file));
        var excerpt = Path.Combine(root, "rules", "chs-drg-2.0-excerpt");
        foreach (var scheme in new[] { "xx-city-drg-2.0", "packs/xx-city-drg-2.0", "rules/chs-drg-2.0-region" }) Copy(excerpt, Path.Combine(folder, scheme));
        ZipFile.CreateFromDirectory(excerpt, Path.Combine(folder, "xx-city-drg-2.0.zip"));
        var workbook = Path.Combine(folder, "chs-drg-3.0");
        Copy(SharedFixtures.ChsDrg11Workbook, workbook);
        File.Move(Path.Combine(workbook, "workbook.xlsx"), Path.Combine(workbook, "chs-drg-3.0.xlsx"));
        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Runs the built tool (medpay.dll beside the tests) in a folder: exit code and output.</summary>
    private static (int Code, string Output) Medpay(string folder, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medpay.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out\n" + stdout);
        }

        return (process.ExitCode, stdout + stderr.Result);
    }
}
