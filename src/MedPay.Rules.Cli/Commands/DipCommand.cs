using System.CommandLine;
using System.Text.Json;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Dip;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay dip</c>: groups and scores cases with a DIP catalogue, and prices them when point values are given.</summary>
internal static class DipCommand
{
    public static Command Create()
    {
        var catalogue = new Option<string?>("--catalogue") { Description = "DIP catalogue pack: folder, zip or embedded id (default: the embedded dip-example) / DIP 目录规则包" };
        var input = new Option<string>("--in") { Description = "cases CSV (see docs/dip.md §7) / 病例 CSV", Required = true };
        var output = new Option<string>("--out") { Description = "results: .csv or .json / 结果文件（.csv 或 .json）", Required = true };
        var point = new Option<decimal?>("--point-value") { Description = "yuan per point for every fund / 点值（元/分）" };
        var employee = new Option<decimal?>("--employee-point-value") { Description = "yuan per point for employee insurance / 职工医保点值" };
        var resident = new Option<decimal?>("--resident-point-value") { Description = "yuan per point for resident insurance / 居民医保点值" };
        var columns = new Option<string?>("--columns") { Description = DipColumns.Set.Description + "; in JSON the keys of each case" };
        var command = new Command("dip", "Group and score cases by DIP (按病种分值付费), with payments when point values are given / DIP 分组、分值与支付测算")
        {
            catalogue, input, output, point, employee, resident, columns,
        };
        var io = new IoOptions();
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse => io.Read(parse) is { } settings
            ? Run(parse.GetValue(catalogue), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(point), parse.GetValue(employee), parse.GetValue(resident),
                parse.GetValue(columns), settings)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? cataloguePath, string inputPath, string outputPath, decimal? point, decimal? employee, decimal? resident, string? columnsText,
        IoOptions.Settings io)
    {
        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath))) return ExitCodes.Usage;
        if (DipColumns.Set.Read(columnsText) is not { } columns) return ExitCodes.Usage;
        var catalogue = PackLoading.Load(cataloguePath, "dip-example", DipCatalogue.Load);
        if (catalogue is null) return ExitCodes.BadRulePack;
        var text = PackLoading.ReadInput(inputPath, io);
        if (text is null) return ExitCodes.BadInput;
        var prices = point is null && employee is null && resident is null ? null : new DipPointPrices(point ?? employee ?? resident ?? 0m, employee, resident);
        var run = DipRun.Execute(catalogue, text, Path.GetFileName(inputPath), prices);
        Console2.Issues(run.Issues);
        if (run.Issues.Any(i => i.Code == DipIssues.InputMissingColumn.Code))
        {
            // A required column is missing: no case could be read, so there is no result file to write (as `medpay group`).
            Console2.Error($"病例文件 {inputPath} 无法使用（缺少必需的列）", $"the case file {inputPath} cannot be used (a required column is missing)");
            return ExitCodes.BadInput;
        }

        var engine = new DipEngine(catalogue);
        var rows = Enumerable.Range(0, run.Cases.Length).Select(i => new DipColumns.Row(run, i, engine, prices)).ToList();
        var json = outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!PackLoading.WriteOutput(outputPath, json ? JsonResult(run, columns, rows) : ResultTable.Csv(columns, rows, io.ExcelText), io)) return ExitCodes.CannotWrite;
        var counts = run.Results.GroupBy(r => r.Status.ToString()).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}");
        Console2.Info($"{run.Results.Length:N0} cases with {run.Pack}: {string.Join(", ", counts)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The JSON result: <see cref="DipRun.ToJson"/>'s <c>{ pack, issues, cases }</c> with each case written with the chosen columns as keys (an
    /// empty value is <c>null</c>, as the library writes it); with the default columns, the library's text byte for byte.
    /// </summary>
    private static string JsonResult(DipRun run, IReadOnlyList<ResultColumn<DipColumns.Row>> columns, List<DipColumns.Row> rows)
    {
        using var library = JsonDocument.Parse(run.ToJson());
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var property in library.RootElement.EnumerateObject())
            {
                if (property.NameEquals("cases")) ResultTable.Json(json, "cases", columns, rows, emptyTextIsNull: true);
                else property.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
