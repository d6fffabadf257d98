using System.CommandLine;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay rules</c>: list the embedded packs and check a pack.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the rule packs embedded in the library / 列出内置规则包");
        list.SetAction(_ =>
        {
            foreach (var id in RulePack.EmbeddedPackIds)
            {
                var pack = RulePack.Embedded(id);
                Console.WriteLine($"{id}\t{pack.Manifest.Format}\t{pack.Version}\t{pack.Manifest.Name}");
            }

            return ExitCodes.Success;
        });

        var pack = new Option<string?>("--pack", "--scheme")
        {
            Description = "the pack: a folder, a .zip, an NHSA workbook (.xlsx) or an embedded id (default: the embedded DRG scheme) / 规则包：文件夹、zip、配置工作簿或内置包 id",
        };
        var check = new Command("check", "Load any rule pack (DRG scheme, DIP catalogue, payment parameters, settlement rules, retention policy) and list every problem it has / 检查规则包（任何类型）") { pack };
        check.SetAction(parse => Check(parse.GetValue(pack)));

        var from = new Option<string>("--from") { Description = "the older scheme (folder, zip, workbook .xlsx or embedded id) / 旧版分组方案", Required = true };
        var to = new Option<string>("--to") { Description = "the newer scheme / 新版分组方案", Required = true };
        var output = new Option<string?>("--out") { Description = "write the changes as CSV (kind,subject,code,before,after) instead of text / 以 CSV 输出" };
        var diff = new Command("diff", "List what changed between two DRG schemes: MDC/ADRG/DRG rows, tables, CC/MCC, dictionaries / 比较两个分组方案") { from, to, output };
        diff.SetAction(parse => Diff(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(output)));

        var workbook = new Argument<string>("workbook") { Description = "the NHSA configuration workbook (.xlsx), or a folder holding one / 配置工作簿（.xlsx）或其所在文件夹" };
        var folder = new Option<string>("--out") { Description = "the folder to write the folder pack and import-report.txt into / 输出文件夹", Required = true };
        var import = new Command("import", "Read an official NHSA configuration workbook and write it as an ordinary folder pack (drg-scheme-tables layout) with its import report, for review in version control / 将国家医保局配置工作簿转为文件夹规则包并输出导入报告") { workbook, folder };
        import.SetAction(parse => Import(parse.GetValue(workbook)!, parse.GetValue(folder)!));

        return new Command("rules", "Rule packs: list, check, compare and import workbooks / 规则包：列出、检查、比较、导入工作簿") { list, check, diff, import };
    }

    /// <summary>The name of the import report written beside the folder pack (not data: it does not change the pack's content hash).</summary>
    public const string ImportReportFile = "import-report.txt";

    private static int Import(string workbookPath, string folder)
    {
        var result = DrgWorkbook.TryLoad(workbookPath);
        var report = result.ImportReport;
        if (report is null)
        {
            Console2.Error($"{workbookPath} 不是工作簿规则包", $"{workbookPath} is not a workbook pack (an .xlsx file, or a folder holding one)");
            Console2.Issues(result.Errors);
            return result.Scheme is null ? ExitCodes.BadRulePack : ExitCodes.Usage;
        }

        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, ImportReportFile), report.ToText(), new System.Text.UTF8Encoding(false));
            if (result.Scheme is null)
            {
                Console2.Error($"工作簿 {report.Workbook} 有错误，未写出规则包（报告：{Path.Combine(folder, ImportReportFile)}）",
                    $"workbook {report.Workbook} has errors; no pack was written (report: {Path.Combine(folder, ImportReportFile)})");
                Console2.Issues(result.Errors);
                return ExitCodes.BadRulePack;
            }

            var notes = $"Written by medpay rules import from {report.Workbook} ({result.Scheme.Identity}); conditions are the workbook's rules in the folder language, seq is the grouping order; see {ImportReportFile}.";
            var files = DrgSchemeExport.WriteFolder(result.Scheme, folder, notes);
            Console2.Info($"medpay: {report.Workbook}: {report.Summary} -> {folder} ({files.Length} files + {ImportReportFile}; {report.Steps.Length} import steps, {report.Issues.Length} issues)");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法写入 {folder}", $"cannot write {folder}: {e.Message}");
            return ExitCodes.CannotWrite;
        }
    }

    private static int Diff(string fromPath, string toPath, string? outputPath)
    {
        var before = SchemeOption.Load(fromPath);
        var after = SchemeOption.Load(toPath);
        if (before is null || after is null) return ExitCodes.BadRulePack;
        var changes = DrgSchemeDiff.Compare(before, after);
        try
        {
            using var writer = outputPath is null ? null : Console2.OpenWrite(outputPath);
            writer?.WriteLine("kind,subject,code,before,after");
            foreach (var change in changes)
            {
                if (writer is null) Console.WriteLine(change);
                else writer.WriteLine(Csv.Line(change.Kind.ToString().ToLowerInvariant(), change.Subject, change.Code, change.Before, change.After));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法写入 {outputPath}", $"cannot write {outputPath}: {e.Message}");
            return ExitCodes.CannotWrite;
        }

        var counts = changes.GroupBy(c => c.Subject + " " + c.Kind.ToString().ToLowerInvariant()).Select(g => $"{g.Key} {g.Count()}");
        Console2.Info($"{before.Identity} -> {after.Identity}: {changes.Length} change(s): {string.Join(", ", counts)}");
        return ExitCodes.Success;
    }

    private static int Check(string? path)
    {
        RulePack pack;
        try
        {
            pack = path is null ? RulePack.Embedded(DrgScheme.DefaultEmbeddedPackId) : RulePack.Open(path);
        }
        catch (RulePackException e)
        {
            Console2.Error("无法读取规则包", "cannot read the rule pack");
            Console2.Issues(e.Issues);
            return ExitCodes.BadRulePack;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var content = RulePackContent.TryLoad(pack, RulePackKind.Auto, XlsxWorkbookReader.Instance);
        var elapsed = started.Elapsed;
        Console.WriteLine($"pack     {pack.Id} {pack.Version} ({pack.Origin})");
        Console.WriteLine($"kind     {content.Kind.ToString().ToLowerInvariant()} ({pack.Manifest.Format})");
        Console.WriteLine($"name     {pack.Manifest.Name}");
        Console.WriteLine($"source   {pack.Manifest.Source}");
        Console.WriteLine($"sha256   {pack.ContentHash}");
        if (content.Succeeded) Console.WriteLine($"content  {content.Summary}");

        var errors = content.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = content.Issues.Count(i => i.Severity == IssueSeverity.Warning);
        Console.WriteLine($"loaded   in {elapsed.TotalMilliseconds:0} ms: {errors} error(s), {warnings} warning(s)");
        if (content.ImportReport is { } report)
        {
            Console.WriteLine();
            Console.Write(report.ToText());
        }
        else
        {
            foreach (var issue in content.Issues.OrderByDescending(i => i.Severity).Take(200)) Console.WriteLine("  " + issue);
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
