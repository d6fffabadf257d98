using System.CommandLine;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Cli;

/// <summary>The <c>--scheme</c> option shared by the DRG commands, and loading the scheme it names with clear messages.</summary>
internal static class SchemeOption
{
    public static Option<string?> Create() => new("--scheme")
    {
        Description = "DRG scheme: a folder or zip in the drg-scheme-tables layout, or an embedded pack id (default: the embedded "
            + DrgScheme.DefaultEmbeddedPackId + ") / 分组方案：文件夹、zip 或内置规则包 id",
    };

    public static DrgScheme? Load(string? scheme)
    {
        try
        {
            var pack = scheme is null ? RulePack.Embedded(DrgScheme.DefaultEmbeddedPackId) : RulePack.Open(scheme);
            var result = DrgScheme.TryLoad(pack);
            if (result.Scheme is not null) return result.Scheme;
            Console2.Error($"规则包 {pack.Id} 有错误，未加载", $"rule pack {pack.Id} has errors and was not loaded");
            Console2.Issues(result.Errors);
            return null;
        }
        catch (RulePackException e)
        {
            Console2.Error("无法读取规则包", "cannot read the rule pack");
            Console2.Issues(e.Issues);
            return null;
        }
    }
}
