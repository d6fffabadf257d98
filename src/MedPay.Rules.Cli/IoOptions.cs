using System.CommandLine;
using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>The input/output options every file command shares: input encoding, output encoding, line ends, Excel text codes.</summary>
internal sealed class IoOptions
{
    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "input encoding: " + TextEncodings.InputChoices + " (default auto: byte-order mark, else UTF-8 when valid, else GB18030) / 输入文件编码（默认自动识别）",
    };

    public Option<string?> OutEncoding { get; } = new("--out-encoding")
    {
        Description = "output encoding: " + TextEncodings.OutputChoices + " (default utf-8-bom, what Excel reads Chinese text from) / 输出编码（默认带 BOM 的 UTF-8）",
    };

    public Option<string?> NewLine { get; } = new("--newline") { Description = "output line ends: crlf (default, as Excel writes) or lf / 输出换行符" };

    public Option<bool> ExcelText { get; } = new("--excel-text")
    {
        Description = "write ids and codes that a spreadsheet would turn into numbers (0000, 000123) as =\"0000\" so Excel keeps them as text / 编码按文本写出，防止 Excel 去掉前导零",
    };

    public IEnumerable<Option> All => new Option[] { Encoding, OutEncoding, NewLine, ExcelText };

    /// <summary>Reads the options; prints the problem and returns null when one is not valid.</summary>
    public Settings? Read(ParseResult parse)
    {
        if (!TextEncodings.TryParseInput(parse.GetValue(Encoding), out var input))
        {
            Console2.Error($"--encoding 的取值 {parse.GetValue(Encoding)} 无效（可用：{TextEncodings.InputChoices}）", $"'{parse.GetValue(Encoding)}' is not a value of --encoding (use {TextEncodings.InputChoices})");
            return null;
        }

        if (!TextEncodings.TryParseOutput(parse.GetValue(OutEncoding), out var output))
        {
            Console2.Error($"--out-encoding 的取值 {parse.GetValue(OutEncoding)} 无效（可用：{TextEncodings.OutputChoices}）", $"'{parse.GetValue(OutEncoding)}' is not a value of --out-encoding (use {TextEncodings.OutputChoices})");
            return null;
        }

        var newline = (parse.GetValue(NewLine) ?? "crlf").Trim().ToLowerInvariant() switch
        {
            "crlf" => "\r\n",
            "lf" => "\n",
            _ => null,
        };
        if (newline is null)
        {
            Console2.Error($"--newline 的取值 {parse.GetValue(NewLine)} 无效（可用：crlf、lf）", $"'{parse.GetValue(NewLine)}' is not a value of --newline (use crlf or lf)");
            return null;
        }

        return new Settings(input, output, newline, parse.GetValue(ExcelText));
    }

    /// <summary>The options as read.</summary>
    public sealed record Settings(Encoding? InputEncoding, Encoding OutputEncoding, string NewLine, bool ExcelText);
}

/// <summary>Opening an input file with clear messages: a folder, a missing file, no permission, a bad encoding.</summary>
internal static class InputFile
{
    /// <summary>Opens a file as text (encoding detected unless given); prints why it cannot and returns null.</summary>
    public static TextReader? Open(string path, Encoding? encoding, out FileStream? stream)
    {
        stream = null;
        if (Directory.Exists(path))
        {
            Console2.Error($"输入 {path} 是文件夹，不是文件", $"the input {path} is a folder, not a file");
            return null;
        }

        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return TextEncodings.Open(stream, encoding, Path.GetFileName(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            Console2.Error($"输入文件 {path} 不存在", $"the input file {path} does not exist");
        }
        catch (Exception e) when (e is UnauthorizedAccessException)
        {
            Console2.Error($"无权读取输入文件 {path}", $"no permission to read the input file {path}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            Console2.Error($"无法读取输入文件 {path}", $"cannot read the input file {path}: {e.Message}");
        }

        stream?.Dispose();
        stream = null;
        return null;
    }

    /// <summary>Reads a whole input file as text (encoding detected unless given); prints why it cannot and returns null.</summary>
    public static string? ReadAll(string path, Encoding? encoding)
    {
        using var reader = Open(path, encoding, out _);
        if (reader is null) return null;
        try
        {
            return reader.ReadToEnd();
        }
        catch (InputEncodingException e)
        {
            EncodingError(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console2.Error($"无法读取输入文件 {path}", $"cannot read the input file {path}: {e.Message}");
        }

        return null;
    }

    /// <summary>Prints an encoding error: the file, the line, the byte, and what to do.</summary>
    public static void EncodingError(InputEncodingException e) =>
        Console2.Error($"{e.File} 第 {e.Line} 行：字节 0x{e.Byte:X2}（偏移 {e.Offset}）不是有效的 {e.Encoding} 编码；请用 --encoding 指定文件的编码（{TextEncodings.InputChoices}）",
            $"{e.File} line {e.Line}: byte 0x{e.Byte:X2} (offset {e.Offset}) is not valid {e.Encoding}; name the file's encoding with --encoding ({TextEncodings.InputChoices})");
}
