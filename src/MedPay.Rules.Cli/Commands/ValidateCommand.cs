using System.CommandLine;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay validate</c>: checks settlement lists (JSON — one list, an array or JSON lines — or flat CSV)
/// against the settlement rule catalogue and writes a report (text, JSON or CSV) with counts per rule.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "settlement lists: .json / .jsonl (upload layout) or .csv (field-path columns) / 结算清单文件", Required = true };
        var output = new Option<string?>("--out") { Description = "report file (default: standard output) / 报告文件（默认输出到屏幕）" };
        var format = new Option<string?>("--format") { Description = "report format: text, json or csv (default: from --out, else text) / 报告格式" };
        var rules = new Option<string?>("--rules") { Description = "national rule pack (default: the embedded settlement-national) / 全国规则包" };
        var region = new Option<string[]>("--region") { Description = "regional rule pack(s), applied in order / 地区规则包", AllowMultipleArgumentsPerToken = true };
        var scheme = SchemeOption.Create();
        scheme.Description = "DRG scheme whose dictionaries check diagnosis and procedure codes (without it the dictionary rules stay silent) / 用于校验编码的分组方案";
        var noAudit = new Option<bool>("--no-audit") { Description = "skip the cross-list audits / 不做跨清单审核" };
        var columns = new Option<string?>("--columns") { Description = ValidateColumns.Set.Description + "; CSV reports only" };

        var command = new Command("validate", "Validate settlement lists before upload (结算清单质控) / 结算清单上传前质控")
        {
            input, output, format, rules, region, scheme, noAudit, columns,
        };
        var io = new IoOptions();
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse => io.Read(parse) is { } settings
            ? Run(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(format), parse.GetValue(rules), parse.GetValue(region) ?? Array.Empty<string>(),
                parse.GetValue(scheme), parse.GetValue(noAudit), parse.GetValue(columns), settings)
            : ExitCodes.Usage);
        return command;
    }

    private static readonly OptionChoices.Choice[] Formats =
    {
        new("text", new LocalizedText("文本", "text")), new("json"), new("csv", new LocalizedText("CSV，每条问题一行", "CSV, a row per finding")),
    };

    private static int Run(string inputPath, string? outputPath, string? format, string? rulesPath, string[] regionPaths, string? schemePath, bool noAudit, string? columnsText,
        IoOptions.Settings io)
    {
        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath))) return ExitCodes.Usage;
        var given = format is not null;
        format = (format ?? (outputPath is null ? "text" : Path.GetExtension(outputPath).TrimStart('.'))).ToLowerInvariant();
        if (format == "txt") format = "text";
        if (!OptionChoices.Check(given ? "--format" : "--out", format,
                new LocalizedText(given ? "报告格式" : "报告格式（由 --out 的扩展名确定；其他扩展名请用 --format 指定）", given ? "a report format" : "a report format (from the extension of --out; name it with --format for another extension)"),
                Formats))
        {
            return ExitCodes.Usage;
        }

        if (ValidateColumns.Set.Read(columnsText) is not { } columns) return ExitCodes.Usage;
        if (columnsText is not null && format != "csv")
        {
            Console2.Error($"--columns 只用于 CSV 报告（本次格式为 {format}）", $"--columns applies to a CSV report only (the format here is {format}); the text and JSON reports always hold every field");
            return ExitCodes.Usage;
        }

        var catalogue = LoadCatalogue(rulesPath, regionPaths);
        if (catalogue is null) return ExitCodes.BadRulePack;
        ISettlementCodeSets codes = SettlementCodeSets.None;
        if (schemePath is not null)
        {
            var drg = SchemeOption.Load(schemePath);
            if (drg is null) return ExitCodes.BadRulePack;
            codes = SettlementCodeSets.FromScheme(drg);
        }

        // The lists stream: read one at a time, validated and dropped; only each list's id, findings and audit entry are kept, and
        // the report is written once the input has been read to its end (an input problem found late still writes no report). On
        // one thread: validating beside the reader did not pay on the 2-core machine measured (docs/performance.md).
        using var reader = InputFile.Open(inputPath, io.InputEncoding, out _);
        if (reader is null) return ExitCodes.BadInput;
        var fileName = Path.GetFileName(inputPath);
        var items = Path.GetExtension(inputPath).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? SettlementCsv.ReadStream(reader, fileName)
            : SettlementJson.ReadStream(reader, fileName);
        var issues = new ReadIssues(51);
        SettlementBatchReport report;
        try
        {
            report = new SettlementValidator(catalogue, codes).ValidateStream(items, audit: !noAudit, issues);
        }
        catch (InputEncodingException e)
        {
            InputFile.EncodingError(e);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console2.Error($"无法读取输入文件 {inputPath}", $"cannot read the input file {inputPath}: {e.Message}");
            return ExitCodes.BadInput;
        }

        Console2.Issues(issues.Kept);
        if (report.Lists.IsEmpty && issues.Errors > 0) return ExitCodes.BadInput;

        Action<TextWriter> render = format switch
        {
            "json" => w => SettlementReportWriter.WriteJson(report, w),
            "csv" => w => ResultTable.WriteCsv(w, columns, report.AllFindings().Select(f => new ValidateColumns.Row(report, f)), io.ExcelText),
            _ => w => SettlementReportWriter.WriteText(report, w),
        };
        if (!ReportOutput.Write(outputPath, io, render)) return ExitCodes.CannotWrite;

        var counts = report.Summary.Select(c => $"{c.Rule.Id} {c.Findings:N0}");
        Console2.Info($"{report.Lists.Length:N0} list(s), {report.RejectedLists:N0} rejected; {string.Join(", ", counts)}");
        if (schemePath is null) Console2.Info("note / 提示: no --scheme, so code-dictionary rules (CS-02, CS-03, CS-05, MD-11) were not checked / 未指定 --scheme，未校验编码字典");
        if (issues.Errors > 0)
        {
            // Part of the input could not be read (a broken CSV row, a bad JSON line): never a clean result for data not read.
            Console2.Info($"input problems / 输入问题: {issues.Errors:N0} (listed above); exit code {ExitCodes.Findings}");
            return ExitCodes.Findings;
        }

        return report.HasRejections ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The reading problems of a streamed input: the first few (to print), and how many are errors.</summary>
    private sealed class ReadIssues : ICollection<Issue>
    {
        private readonly int _keep;
        private readonly List<Issue> _kept = new();

        public ReadIssues(int keep) => _keep = keep;

        public IReadOnlyList<Issue> Kept => _kept;

        public int Errors { get; private set; }

        public int Count { get; private set; }

        public bool IsReadOnly => false;

        public void Add(Issue item)
        {
            Count++;
            if (item.Severity == IssueSeverity.Error) Errors++;
            if (_kept.Count < _keep) _kept.Add(item);
        }

        public void Clear()
        {
            _kept.Clear();
            Count = 0;
            Errors = 0;
        }

        public bool Contains(Issue item) => _kept.Contains(item);

        public void CopyTo(Issue[] array, int arrayIndex) => _kept.CopyTo(array, arrayIndex);

        public bool Remove(Issue item) => throw new NotSupportedException();

        public IEnumerator<Issue> GetEnumerator() => _kept.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static SettlementRuleCatalogue? LoadCatalogue(string? rulesPath, string[] regionPaths)
    {
        try
        {
            var national = rulesPath is null ? RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId) : RulePack.Open(rulesPath);
            var catalogue = SettlementRuleCatalogue.TryLoad(national, regionPaths.Select(RulePack.Open).ToArray());
            if (catalogue.IsValid) return catalogue;
            Console2.Error("结算清单规则包有错误", "the settlement rule pack(s) have errors");
            Console2.Issues(catalogue.Issues.Where(i => i.Severity == IssueSeverity.Error));
            return null;
        }
        catch (RulePackException e)
        {
            Console2.Error($"规则包 {e.PackId} 无法使用", $"rule pack {e.PackId} cannot be used");
            Console2.Issues(e.Issues);
            return null;
        }
    }
}
