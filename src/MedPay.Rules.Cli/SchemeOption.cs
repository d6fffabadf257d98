using System.CommandLine;
using MedPay.Rules.Drg;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Cli;

/// <summary>The <c>--scheme</c> option shared by the DRG commands, and loading the scheme it names with clear messages.</summary>
internal static class SchemeOption
{
    public static Option<string?> Create() => new("--scheme")
    {
        Description = "DRG scheme: a folder or zip in the drg-scheme-tables layout, an official NHSA workbook (.xlsx, or a folder holding one), or an embedded pack id (default: the embedded "
            + DrgScheme.DefaultEmbeddedPackId + ") / 分组方案：文件夹、zip、国家医保局配置工作簿（.xlsx）或内置规则包 id",
    };

    /// <summary>Loads the scheme; prints its errors (and, for a workbook, a one-line account of the import) and returns null on failure.</summary>
    public static DrgScheme? Load(string? scheme)
    {
        var result = DrgWorkbook.TryLoad(scheme ?? DrgScheme.DefaultEmbeddedPackId);
        if (result.ImportReport is { } report)
        {
            var counts = report.Steps.GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}");
            Console2.Info($"medpay: 工作簿 / workbook {report.Workbook}: {report.Summary ?? "not loaded"}; {string.Join(", ", counts)} (medpay rules check --pack lists every step)");
        }

        if (result.Scheme is not null) return result.Scheme;
        Console2.Error($"分组方案 {scheme} 有错误，未加载", $"the scheme {scheme} has errors and was not loaded");
        Console2.Issues(result.Errors);
        PackLoading.ListEmbedded(scheme);
        return null;
    }
}
