using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Cli;

/// <summary>Opens a rule pack named on the command line (folder, zip or embedded id) and reports failures the same way for every command.</summary>
internal static class PackLoading
{
    /// <summary>Opens the pack and builds an engine from it; prints the issues and returns null on failure.</summary>
    public static T? Load<T>(string? path, string defaultEmbeddedId, Func<RulePack, T> build)
        where T : class
    {
        try
        {
            var pack = path is null ? RulePack.Embedded(defaultEmbeddedId) : RulePack.Open(path);
            return build(pack);
        }
        catch (RulePackException e)
        {
            Console2.Error($"规则包 {e.PackId} 无法使用", $"rule pack {e.PackId} cannot be used");
            Console2.Issues(e.Issues.Where(i => i.Severity == IssueSeverity.Error));
            return null;
        }
    }

    /// <summary>Reads an input file, or prints why it cannot and returns null.</summary>
    public static string? ReadInput(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法读取输入文件 {path}", $"cannot read the input file {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes an output file, or prints why it cannot and returns false.</summary>
    public static bool WriteOutput(string path, string text)
    {
        try
        {
            using var writer = Console2.OpenWrite(path);
            writer.Write(text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法写入 {path}", $"cannot write {path}: {e.Message}");
            return false;
        }
    }
}
