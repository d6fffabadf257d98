using System.CommandLine;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

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

        var scheme = SchemeOption.Create();
        var check = new Command("check", "Load a DRG scheme and list every problem it has / 检查分组方案规则包") { scheme };
        check.SetAction(parse => Check(parse.GetValue(scheme)));

        return new Command("rules", "Rule packs: list and check / 规则包：列出与检查") { list, check };
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
        var result = DrgScheme.TryLoad(pack);
        var elapsed = started.Elapsed;
        Console.WriteLine($"pack     {pack.Id} {pack.Version} ({pack.Origin})");
        Console.WriteLine($"name     {pack.Manifest.Name}");
        Console.WriteLine($"source   {pack.Manifest.Source}");
        Console.WriteLine($"sha256   {pack.ContentHash}");
        if (result.Scheme is { } s)
        {
            Console.WriteLine($"content  {s.Mdcs.Length} MDC, {s.Adrgs.Length} ADRG, {s.Drgs.Length} DRG, {s.TableNames.Length} tables, {s.Diagnoses.Count} diagnoses, {s.Procedures.Count} procedures");
        }

        var errors = result.Issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = result.Issues.Count(i => i.Severity == IssueSeverity.Warning);
        Console.WriteLine($"loaded   in {elapsed.TotalMilliseconds:0} ms: {errors} error(s), {warnings} warning(s)");
        foreach (var issue in result.Issues.OrderByDescending(i => i.Severity).Take(200)) Console.WriteLine("  " + issue);
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
