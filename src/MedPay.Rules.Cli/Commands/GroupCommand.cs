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
        var threads = new Option<int>("--threads")
        {
            Description = "grouping threads (default: one per processor; 1 reads, groups and writes on one thread) / 分组线程数（默认每个处理器一个）",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var mapCodes = new Option<bool>("--map-codes")
        {
            Description = "translate input codes through the pack's version maps (diagnosis_map.csv, procedure_map.csv) before grouping; every substitution is reported / 分组前按规则包的版本映射表转换编码",
        };
        var unknownCodes = new Option<string?>("--unknown-codes")
        {
            Description = "what to do with codes still unknown: reject (default: the case is invalid), drop_and_report, treat_unknown_procedure_as_none; default: the pack's unknown_code_policy / 未知编码的处理方式",
        };
        var columns = new Option<string?>("--columns")
        {
            Description = $"result columns, comma-separated, or all (default: id,mdc,adrg,drg,status; choices: {GroupColumns.Choices}) / 输出列（逗号分隔，或 all）",
        };
        var keepColumns = new Option<bool>("--keep-columns")
        {
            Description = "also copy the input row's columns after the result columns (those named like a result column are not copied twice), so the file can go to medpay pay / 在结果列之后保留输入文件的各列",
        };
        var io = new IoOptions();
        var command = new Command("group", "Group inpatient cases into CHS-DRG groups / 按 CHS-DRG 分组方案对病例分组") { scheme, input, output, trace, threads, mapCodes, unknownCodes, columns, keepColumns };
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var settings = io.Read(parse);
            if (settings is null) return ExitCodes.Usage;
            return Run(parse.GetValue(scheme), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(trace), parse.GetValue(threads),
                parse.GetValue(mapCodes), parse.GetValue(unknownCodes), parse.GetValue(columns), parse.GetValue(keepColumns), settings);
        });
        return command;
    }

    /// <summary>What the grouping threads make of one record: its output line, its trace line, and what the summary counts.</summary>
    private readonly record struct Row(string Line, string? Trace, DrgGroupingStatus Status, sbyte Agrees);

    private static int Run(string? schemePath, string inputPath, string outputPath, string? tracePath, int threads, bool mapCodes, string? unknownCodesText, string? columnsText, bool keepColumns, IoOptions.Settings io)
    {
        if (GroupColumns.Parse(columnsText, out var unknownColumn) is not { } columns)
        {
            Console2.Error($"--columns 中的列 '{unknownColumn}' 无效（可用：{GroupColumns.Choices}）",
                $"'{unknownColumn}' is not a column of --columns (choose from {GroupColumns.Choices})");
            return ExitCodes.Usage;
        }

        if (threads < 1)
        {
            Console2.Error($"--threads 须至少为 1（给出的是 {threads}）；1 表示单线程", $"--threads must be at least 1 (given {threads}); 1 groups on one thread");
            return ExitCodes.Usage;
        }

        UnknownCodePolicy? unknownCodes = null;
        if (unknownCodesText is not null)
        {
            if (!UnknownCodePolicies.TryParse(unknownCodesText, out var policy))
            {
                Console2.Error($"--unknown-codes 的取值 '{unknownCodesText}' 无效（可用：reject、drop_and_report、treat_unknown_procedure_as_none）",
                    $"'{unknownCodesText}' is not a value of --unknown-codes (use reject, drop_and_report or treat_unknown_procedure_as_none)");
                return ExitCodes.Usage;
            }

            unknownCodes = policy;
        }

        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath), ("--trace", tracePath))) return ExitCodes.Usage;
        var scheme = SchemeOption.Load(schemePath);
        if (scheme is null) return ExitCodes.BadRulePack;

        using var reader = InputFile.Open(inputPath, io.InputEncoding, out var stream);
        if (reader is null) return ExitCodes.BadInput;
        DrgCaseCsvReader csv;
        try
        {
            csv = DrgCaseCsvReader.Open(reader, Path.GetFileName(inputPath), keepColumns);
        }
        catch (InputEncodingException e)
        {
            InputFile.EncodingError(e);
            return ExitCodes.BadInput;
        }

        if (!csv.HasRequiredColumns)
        {
            Console2.Error($"病例文件 {inputPath} 无法使用", $"the case file {inputPath} cannot be used");
            Console2.Issues(csv.FileIssues);
            return ExitCodes.BadInput;
        }

        Console2.Issues(csv.FileIssues);
        var grouper = scheme.CreateGrouper(new DrgGroupingOptions { IncludeTrace = tracePath is not null, ApplyVersionMaps = mapCodes, UnknownCodes = unknownCodes });
        var progress = new Progress(stream);
        var counts = new long[4];
        long total = 0, withExpected = 0, agree = 0;
        var excel = io.ExcelText;
        var withTrace = tracePath is not null;
        var identity = scheme.Identity;
        // Input columns named like a written result column are not copied: the result's value is the one kept.
        var kept = keepColumns
            ? Enumerable.Range(0, csv.Header.Length).Where(i => !columns.Any(c => string.Equals(c.Name, csv.Header[i], StringComparison.OrdinalIgnoreCase))).ToArray()
            : Array.Empty<int>();
        OutputFile? results = null;
        OutputFile? traces = null;
        var writing = outputPath;
        try
        {
            results = OutputFile.Open(outputPath, io.OutputEncoding, io.NewLine);
            if (tracePath is not null)
            {
                writing = tracePath;
                traces = OutputFile.Open(tracePath, new System.Text.UTF8Encoding(false), "\n");
            }

            writing = outputPath;
            results.Writer.Write(Cli.Csv.Line(columns.Select(c => c.Name).Concat(kept.Select(i => csv.Header[i])).ToArray()));
            results.Writer.Write(io.NewLine);
            var rows = grouper.GroupStream(csv.ReadAll(), (record, result) => MakeRow(record, result, identity, columns, kept, excel, withTrace),
                new DrgStreamOptions { MaxDegreeOfParallelism = threads });
            foreach (var row in rows)
            {
                writing = outputPath;
                results.Writer.Write(row.Line);
                results.Writer.Write(io.NewLine);
                if (traces is not null)
                {
                    writing = tracePath!;
                    traces.Writer.Write(row.Trace);
                    traces.Writer.Write('\n');
                }

                counts[(int)row.Status]++;
                if (row.Agrees >= 0)
                {
                    withExpected++;
                    agree += row.Agrees;
                }

                progress.Report(++total);
            }

            // The trace first: when it fails, the result file is not moved into place either.
            if (traces is not null)
            {
                writing = tracePath!;
                traces.Commit();
            }

            writing = outputPath;
            results.Commit();
        }
        catch (InputEncodingException e)
        {
            InputFile.EncodingError(e);
            return ExitCodes.BadInput;
        }
        catch (OutputException e)
        {
            Console2.Error(e.Zh, e.En);
            return ExitCodes.CannotWrite;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A failed write (disk full) on the file being written; nothing is left behind that looks complete.
            Console2.Error($"无法写入 {writing}（未生成结果文件）", $"cannot write {writing}: {e.Message} (no result file was left)");
            return ExitCodes.CannotWrite;
        }
        finally
        {
            results?.Dispose();
            traces?.Dispose();
        }

        progress.Done(total);
        Summarize(total, counts, withExpected, agree, scheme, progress.Elapsed);
        return ExitCodes.Success;
    }

    private static Row MakeRow(DrgCaseRecord record, DrgResult? result, RulePacks.RulePackIdentity identity, System.Collections.Immutable.ImmutableArray<GroupColumns.Column> columns,
        int[] kept, bool excel, bool withTrace)
    {
        var line = new System.Text.StringBuilder(48);
        var values = new GroupColumns.Case(record, result, identity);
        for (var i = 0; i < columns.Length; i++)
        {
            if (i > 0) line.Append(',');
            columns[i].Append(line, values, excel);
        }

        foreach (var k in kept) Csv.Append(line.Append(','), k < record.Fields.Length ? record.Fields[k] : string.Empty);
        var expected = record.ExpectedDrg is { Length: > 0 };
        if (result is not { } r)
        {
            var invalidTrace = withTrace
                ? JsonSerializer.Serialize(new { id = record.Id, line = record.Line, status = StatusText(DrgGroupingStatus.InvalidInput), issues = record.Issues.Select(IssueView) }, Json)
                : null;
            return new Row(line.ToString(), invalidTrace, DrgGroupingStatus.InvalidInput, expected ? (sbyte)0 : (sbyte)-1);
        }

        var grouped = r.IsGrouped;
        var mdc = grouped ? r.MdcCode : string.Empty;
        var adrg = grouped ? r.AdrgCode : string.Empty;
        var agrees = !expected ? (sbyte)-1
            : mdc == record.ExpectedMdc && adrg == record.ExpectedAdrg && r.DrgCode == record.ExpectedDrg ? (sbyte)1 : (sbyte)0;
        return new Row(line.ToString(), withTrace ? JsonSerializer.Serialize(TraceView(record, r), Json) : null, r.Status, agrees);
    }

    public static string StatusText(DrgGroupingStatus status) => status switch
    {
        DrgGroupingStatus.Grouped => "grouped",
        DrgGroupingStatus.Ambiguous => "ambiguous",
        DrgGroupingStatus.Ungroupable => "ungroupable",
        _ => "invalid-input",
    };

    private static void Summarize(long total, long[] counts, long withExpected, long agree, DrgScheme scheme, TimeSpan elapsed)
    {
        var parts = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).Select(i => StatusText((DrgGroupingStatus)i)).OrderBy(t => t, StringComparer.Ordinal)
            .Select(t => $"{t} {counts[Enumerable.Range(0, counts.Length).First(i => StatusText((DrgGroupingStatus)i) == t)]:N0}");
        Console2.Info($"{total:N0} cases grouped with {scheme.Identity} in {elapsed.TotalSeconds:0.00} s: {string.Join(", ", parts)}");
        if (withExpected == 0) return;
        Console2.Info($"agreement with the file's mdc/adrg/drg columns / 与文件中预期结果一致: {agree:N0} of {withExpected:N0} ({100.0 * agree / withExpected:0.00}%)");
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
