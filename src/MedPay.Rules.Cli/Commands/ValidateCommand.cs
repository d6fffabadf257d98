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

        var text = PackLoading.ReadInput(inputPath, io);
        if (text is null) return ExitCodes.BadInput;
        var read = Path.GetExtension(inputPath).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? SettlementCsv.Read(text, Path.GetFileName(inputPath))
            : SettlementJson.Read(text, Path.GetFileName(inputPath));
        Console2.Issues(read.Issues);
        if (read.Lists.IsEmpty && read.HasErrors) return ExitCodes.BadInput;

        var validator = new SettlementValidator(catalogue, codes);
        var report = validator.ValidateAll(read, audit: !noAudit);
        var rendered = format switch
        {
            "json" => SettlementReportWriter.ToJson(report),
            "csv" => ResultTable.Csv(columns, report.AllFindings().Select(f => new ValidateColumns.Row(report, f)).ToList(), io.ExcelText),
            _ => SettlementReportWriter.ToText(report),
        };
        if (outputPath is null)
        {
            if (!PackLoading.WriteStandardOutput(rendered)) return ExitCodes.CannotWrite;
        }
        else if (!PackLoading.WriteOutput(outputPath, rendered, io))
        {
            return ExitCodes.CannotWrite;
        }

        var counts = report.Summary.Select(c => $"{c.Rule.Id} {c.Findings:N0}");
        Console2.Info($"{report.Reports.Length:N0} list(s), {report.RejectedLists:N0} rejected; {string.Join(", ", counts)}");
        if (schemePath is null) Console2.Info("note / 提示: no --scheme, so code-dictionary rules (CS-02, CS-03, CS-05, MD-11) were not checked / 未指定 --scheme，未校验编码字典");
        if (read.HasErrors)
        {
            // Part of the input could not be read (a broken CSV row, a bad JSON line): never a clean result for data not read.
            Console2.Info($"input problems / 输入问题: {read.Issues.Count(i => i.Severity == IssueSeverity.Error):N0} (listed above); exit code {ExitCodes.Findings}");
            return ExitCodes.Findings;
        }

        return report.HasRejections ? ExitCodes.Findings : ExitCodes.Success;
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
