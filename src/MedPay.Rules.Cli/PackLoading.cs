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
            ListEmbedded(path);
            return null;
        }
    }

    /// <summary>When a pack name is neither a file nor a folder, prints the embedded pack ids it could have been.</summary>
    public static void ListEmbedded(string? path)
    {
        if (path is null || File.Exists(path) || Directory.Exists(path)) return;
        var ids = string.Join(", ", RulePack.EmbeddedPackIds);
        Console2.Info($"  内置规则包 / embedded packs (valid ids): {ids}");
    }

    /// <summary>Reads an input file (encoding detected, or the one given), or prints why it cannot and returns null.</summary>
    public static string? ReadInput(string path, IoOptions.Settings? io = null) => InputFile.ReadAll(path, io?.InputEncoding);

    /// <summary>
    /// Writes an output file safely (a temporary file renamed into place), or prints why it cannot and returns false. A CSV file is
    /// written in the output encoding and line ends of <paramref name="io"/> (UTF-8 with a byte-order mark and CRLF by default);
    /// JSON and text files in UTF-8 without a mark, with LF.
    /// </summary>
    public static bool WriteOutput(string path, string text, IoOptions.Settings? io = null)
    {
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        try
        {
            OutputFile.WriteAll(path, text, csv && io is not null ? io.OutputEncoding : new System.Text.UTF8Encoding(false), csv && io is not null ? io.NewLine : "\n");
            return true;
        }
        catch (OutputException e)
        {
            Console2.Error(e.Zh, e.En);
            return false;
        }
    }

    /// <summary>Writes a text to standard output, or prints why it cannot (a full disk behind a redirection) and returns false.</summary>
    public static bool WriteStandardOutput(string text)
    {
        try
        {
            Console.Out.Write(text);
            Console.Out.Flush();
            return true;
        }
        catch (IOException e)
        {
            Console2.Error("无法写入标准输出", $"cannot write to standard output: {e.Message}");
            return false;
        }
    }
}
