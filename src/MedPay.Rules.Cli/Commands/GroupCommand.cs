using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay group</c>: groups a case file with a DRG scheme and writes <c>id,mdc,adrg,drg,status</c>.</summary>
internal static class GroupCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var scheme = SchemeOption.Create();
        var input = new Option<string>("--in") { Description = "cases CSV (id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures[,icu_hours,dept]) / 病例 CSV", Required = true };
        var output = new Option<string>("--out") { Description = "results CSV: id,mdc,adrg,drg,status / 分组结果 CSV", Required = true };
        var trace = new Option<string?>("--trace") { Description = "also write one JSON line per case with the rows tried and the CC/MCC decisions / 输出分组过程（JSON Lines）" };
        var threads = new Option<int>("--threads") { Description = "threads to group with (default 1) / 线程数", DefaultValueFactory = _ => 1 };
        var mapCodes = new Option<bool>("--map-codes")
        {
            Description = "translate input codes through the pack's version maps (diagnosis_map.csv, procedure_map.csv) before grouping; every substitution is reported / 分组前按规则包的版本映射表转换编码",
        };
        var unknownCodes = new Option<string?>("--unknown-codes")
        {
            Description = "what to do with codes still unknown: reject (default: the case is invalid), drop_and_report, treat_unknown_procedure_as_none; default: the pack's unknown_code_policy / 未知编码的处理方式",
        };
        var command = new Command("group", "Group inpatient cases into CHS-DRG groups / 按 CHS-DRG 分组方案对病例分组") { scheme, input, output, trace, threads, mapCodes, unknownCodes };
        command.SetAction(parse => Run(parse.GetValue(scheme), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(trace), parse.GetValue(threads),
            parse.GetValue(mapCodes), parse.GetValue(unknownCodes)));
        return command;
    }

    private static int Run(string? schemePath, string inputPath, string outputPath, string? tracePath, int threads, bool mapCodes, string? unknownCodesText)
    {
        UnknownCodePolicy? unknownCodes = null;
        if (unknownCodesText is not null)
        {
            if (!UnknownCodePolicies.TryParse(unknownCodesText, out var policy))
            {
                Console2.Error($"--unknown-codes 的取值 '{unknownCodesText}' 无效（可用：reject、drop_and_report、treat_unknown_procedure_as_none）",
                    $"'{unknownCodesText}' is not a value of --unknown-codes (use reject, drop_and_report or treat_unknown_procedure_as_none)");
                return ExitCodes.BadInput;
            }

            unknownCodes = policy;
        }

        var scheme = SchemeOption.Load(schemePath);
        if (scheme is null) return ExitCodes.BadRulePack;

        string text;
        try
        {
            text = File.ReadAllText(inputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法读取病例文件 {inputPath}", $"cannot read the case file {inputPath}: {e.Message}");
            return ExitCodes.BadInput;
        }

        var records = DrgCaseCsv.Parse(text, Path.GetFileName(inputPath), out var fileIssues);
        if (fileIssues.Any(i => i.Severity == IssueSeverity.Error) && records.Count == 0)
        {
            Console2.Error($"病例文件 {inputPath} 无法使用", $"the case file {inputPath} cannot be used");
            Console2.Issues(fileIssues);
            return ExitCodes.BadInput;
        }

        Console2.Issues(fileIssues);
        var grouper = scheme.CreateGrouper(new DrgGroupingOptions { IncludeTrace = tracePath is not null, ApplyVersionMaps = mapCodes, UnknownCodes = unknownCodes });
        var progress = new Progress(records.Count);
        var results = new DrgResult?[records.Count];
        if (threads > 1)
        {
            var cases = records.Select(r => r.Case).Where(c => c is not null).Select(c => c!).ToList();
            var grouped = grouper.GroupParallel(cases, threads);
            for (int i = 0, k = 0; i < records.Count; i++) results[i] = records[i].Case is null ? null : grouped[k++];
        }
        else
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Case is { } c) results[i] = grouper.Group(c);
                progress.Report(i + 1);
            }
        }

        progress.Done();
        try
        {
            using var writer = Console2.OpenWrite(outputPath);
            writer.WriteLine("id,mdc,adrg,drg,status");
            using var traceWriter = tracePath is null ? null : Console2.OpenWrite(tracePath);
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (results[i] is not { } result)
                {
                    writer.WriteLine(Csv.Line(record.Id, string.Empty, string.Empty, DrgResult.UngroupableCode, StatusText(DrgGroupingStatus.InvalidInput)));
                    traceWriter?.WriteLine(JsonSerializer.Serialize(new { id = record.Id, line = record.Line, status = StatusText(DrgGroupingStatus.InvalidInput), issues = record.Issues.Select(IssueView) }, Json));
                    continue;
                }

                var grouped = result.IsGrouped;
                writer.WriteLine(Csv.Line(record.Id, grouped ? result.MdcCode : string.Empty, grouped ? result.AdrgCode : string.Empty, result.DrgCode, StatusText(result.Status)));
                if (traceWriter is not null) traceWriter.WriteLine(JsonSerializer.Serialize(TraceView(record, result), Json));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法写入 {outputPath}", $"cannot write {outputPath}: {e.Message}");
            return ExitCodes.CannotWrite;
        }

        Summarize(records, results, scheme, progress.Elapsed);
        return ExitCodes.Success;
    }

    public static string StatusText(DrgGroupingStatus status) => status switch
    {
        DrgGroupingStatus.Grouped => "grouped",
        DrgGroupingStatus.Ambiguous => "ambiguous",
        DrgGroupingStatus.Ungroupable => "ungroupable",
        _ => "invalid-input",
    };

    private static void Summarize(IReadOnlyList<DrgCaseRecord> records, DrgResult?[] results, DrgScheme scheme, TimeSpan elapsed)
    {
        var counts = results.GroupBy(r => r is null ? "invalid-input" : StatusText(r.Value.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}");
        Console2.Info($"{records.Count:N0} cases grouped with {scheme.Identity} in {elapsed.TotalSeconds:0.00} s: {string.Join(", ", counts)}");
        var withExpected = records.Select((r, i) => (r, i)).Where(x => x.r.ExpectedDrg is not null && x.r.ExpectedDrg.Length > 0).ToList();
        if (withExpected.Count == 0) return;
        var agree = withExpected.Count(x => results[x.i] is { } result
            && (result.IsGrouped ? result.MdcCode : string.Empty) == x.r.ExpectedMdc
            && (result.IsGrouped ? result.AdrgCode : string.Empty) == x.r.ExpectedAdrg
            && result.DrgCode == x.r.ExpectedDrg);
        Console2.Info($"agreement with the file's mdc/adrg/drg columns / 与文件中预期结果一致: {agree:N0} of {withExpected.Count:N0} ({100.0 * agree / withExpected.Count:0.00}%)");
    }

    private static object IssueView(Issue issue) => new { code = issue.Code, severity = issue.Severity.ToString(), field = issue.Field, value = issue.Value, zh = issue.Message.Zh, en = issue.Message.En };

    private static object TraceView(DrgCaseRecord record, DrgResult result) => new
    {
        id = record.Id,
        status = StatusText(result.Status),
        mdc = result.MdcCode,
        adrg = result.AdrgCode,
        drg = result.DrgCode,
        drgName = result.Drg?.Name,
        scheme = new { id = result.Scheme.Id, version = result.Scheme.Version, hash = result.Scheme.ContentHash },
        diagnoses = result.Trace?.Diagnoses,
        procedures = result.Trace?.Procedures,
        steps = result.Trace?.Steps.Select(s => new { level = s.Level.ToString(), code = s.Code, seq = s.Seq, condition = s.Condition, matched = s.Matched, decidedBy = s.DecidingAtom }),
        complications = result.Trace?.Complications.Select(c => new { code = c.Code, level = c.Level.ToString(), counted = c.Counted, excludedByGroup = c.ExcludedByGroup }),
        issues = result.Issues.Select(IssueView),
    };
}
