using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
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
        var threads = ThreadsOption.Create("grouping threads (default: one per processor; 1 reads, groups and writes on one thread) / 分组线程数（默认每个处理器一个）");
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

    private static int Run(string? schemePath, string inputPath, string outputPath, string? tracePath, int threads, bool mapCodes, string? unknownCodesText, string? columnsText, bool keepColumns, IoOptions.Settings io)
    {
        if (GroupColumns.Parse(columnsText, out var unknownColumn) is not { } columns)
        {
            Console2.Error($"--columns 中的列 '{unknownColumn}' 无效（可用：{GroupColumns.Choices}）",
                $"'{unknownColumn}' is not a column of --columns (choose from {GroupColumns.Choices})");
            return ExitCodes.Usage;
        }

        if (!ThreadsOption.Check(threads, "groups")) return ExitCodes.Usage;

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
        // Input columns named like a written result column are not copied: the result's value is the one kept.
        var kept = keepColumns
            ? Enumerable.Range(0, csv.Header.Length).Where(i => !columns.Any(c => string.Equals(c.Name, csv.Header[i], StringComparison.OrdinalIgnoreCase))).ToArray()
            : Array.Empty<int>();
        var rows = new RowWriter(columns, kept, io.ExcelText, tracePath is not null, scheme.Identity, io.NewLine, csv.Header);
        var blocks = new ConcurrentBag<Block>();
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
            var options = new DrgStreamOptions { MaxDegreeOfParallelism = threads };
            foreach (var block in grouper.GroupRows(csv, () => blocks.TryTake(out var b) ? b : new Block(), rows.Handle, options))
            {
                writing = outputPath;
                results.Writer.Write(block.Lines);
                if (traces is not null)
                {
                    writing = tracePath!;
                    traces.Writer.Write(block.Traces);
                }

                for (var i = 0; i < counts.Length; i++) counts[i] += block.Counts[i];
                withExpected += block.WithExpected;
                agree += block.Agree;
                total += block.Rows;
                progress.Report(total);
                block.Clear();
                blocks.Add(block);
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
        catch (Exception e) when (StreamFailure.Handles(e))
        {
            // An I/O failure here is a failed write (a disk full) on the file being written.
            return StreamFailure.Report(e, inputPath, writing);
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

    /// <summary>A block of result rows made on a grouping thread and written in file order: the lines, the trace lines, the counts.</summary>
    private sealed class Block
    {
        public StringBuilder Lines { get; } = new(192 * 1024);

        public StringBuilder Traces { get; } = new();

        public long[] Counts { get; } = new long[4];

        public long Rows { get; set; }

        public long WithExpected { get; set; }

        public long Agree { get; set; }

        public void Clear()
        {
            Lines.Clear();
            Traces.Clear();
            Array.Clear(Counts, 0, Counts.Length);
            Rows = WithExpected = Agree = 0;
        }
    }

    /// <summary>Makes a row's result line (and trace line) and counts it; runs on the grouping threads.</summary>
    private sealed class RowWriter
    {
        private readonly ImmutableArray<GroupColumns.Column> _columns;
        private readonly int[] _kept;
        private readonly bool _excel;
        private readonly bool _withTrace;
        private readonly RulePacks.RulePackIdentity _identity;
        private readonly string _newLine;
        private readonly bool _hasMdc;
        private readonly bool _hasAdrg;
        private readonly bool _needCodes;
        private readonly int _diagnoses;
        private readonly int _procedures;

        public RowWriter(ImmutableArray<GroupColumns.Column> columns, int[] kept, bool excel, bool withTrace, RulePacks.RulePackIdentity identity, string newLine,
            ImmutableArray<string> header)
        {
            _columns = columns;
            _kept = kept;
            _excel = excel;
            _withTrace = withTrace;
            _identity = identity;
            _newLine = newLine;
            _hasMdc = header.Any(h => string.Equals(h, "mdc", StringComparison.OrdinalIgnoreCase));
            _hasAdrg = header.Any(h => string.Equals(h, "adrg", StringComparison.OrdinalIgnoreCase));
            _needCodes = GroupColumns.NeedCodes(columns);
            _diagnoses = header.IndexOf("diagnoses", StringComparer.OrdinalIgnoreCase);
            _procedures = header.IndexOf("procedures", StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The first code of a diagnoses field as written (a row grouped from its text has no empty codes).</summary>
        private static string? MainDiagnosis(ReadOnlySpan<char> diagnoses)
        {
            var bar = diagnoses.IndexOf('|');
            return NullIfEmpty(bar < 0 ? diagnoses : diagnoses.Slice(0, bar));
        }

        private static string? NullIfEmpty(ReadOnlySpan<char> text) => text.IsEmpty ? null : text.ToString();

        public void Handle(Block block, in DrgCaseRow row)
        {
            var result = row.Result;
            var id = row.Record?.Id ?? row.Id.ToString();
            var values = row.Record is { } record
                ? new GroupColumns.Case(id, row.ReadIssues, result, _identity, record.Case)
                : _needCodes ? new GroupColumns.Case(id, row.ReadIssues, result, _identity, null, MainDiagnosis(row.Field(_diagnoses)), NullIfEmpty(row.Field(_procedures)))
                : new GroupColumns.Case(id, row.ReadIssues, result, _identity);
            var line = block.Lines;
            for (var i = 0; i < _columns.Length; i++)
            {
                if (i > 0) line.Append(',');
                _columns[i].Append(line, values, _excel);
            }

            foreach (var k in _kept) Csv.Append(line.Append(','), row.Field(k));
            line.Append(_newLine);
            block.Counts[(int)(result?.Status ?? DrgGroupingStatus.InvalidInput)]++;
            block.Rows++;
            if (row.ExpectedDrg.Length > 0)
            {
                block.WithExpected++;
                if (result is { } r)
                {
                    // Only the expected columns the file has are compared; an ungrouped case has no MDC or ADRG.
                    var grouped = r.IsGrouped;
                    if ((!_hasMdc || row.ExpectedMdc.SequenceEqual((grouped ? r.MdcCode : string.Empty).AsSpan()))
                        && (!_hasAdrg || row.ExpectedAdrg.SequenceEqual((grouped ? r.AdrgCode : string.Empty).AsSpan()))
                        && row.ExpectedDrg.SequenceEqual(r.DrgCode.AsSpan()))
                    {
                        block.Agree++;
                    }
                }
            }

            if (!_withTrace) return;
            block.Traces.Append(result is { } traced
                ? JsonSerializer.Serialize(TraceView(id, traced), Json)
                : JsonSerializer.Serialize(new { id, line = row.Line, status = StatusText(DrgGroupingStatus.InvalidInput), issues = row.ReadIssues.Select(IssueView) }, Json));
            block.Traces.Append('\n');
        }
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

    private static object TraceView(string id, DrgResult result) => new
    {
        id,
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
