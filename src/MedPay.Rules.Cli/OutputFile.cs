using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>
/// An output file written safely: into a temporary file beside the target, renamed over the target only when every byte was
/// written, so a failed run (disk full, killed) never leaves a truncated file that looks complete. A target that is a device
/// (under <c>/dev</c>, e.g. <c>/dev/stdout</c>, <c>/dev/full</c>) is written directly. Failures are an <see cref="OutputException"/>
/// naming the file.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(string path, string? temporary, TextWriter writer)
    {
        Path = path;
        _temporary = temporary;
        Writer = writer;
    }

    /// <summary>The target path as given.</summary>
    public string Path { get; }

    /// <summary>The writer (buffered; the text goes to the temporary file).</summary>
    public TextWriter Writer { get; }

    /// <summary>Opens the output.</summary>
    /// <exception cref="OutputException">The file or its folder cannot be written.</exception>
    public static OutputFile Open(string path, Encoding encoding, string newLine)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full)) throw new OutputException(path, "是文件夹，不是文件", "is a folder, not a file");
            var direct = full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
            var temporary = direct ? null : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? ".", "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            var stream = new FileStream(temporary ?? full, direct ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16);
            var writer = new StreamWriter(stream, encoding, 1 << 16) { NewLine = newLine, AutoFlush = false };
            return new OutputFile(path, temporary, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException(path, e);
        }
    }

    /// <summary>Flushes, closes and moves the finished file into place.</summary>
    /// <exception cref="OutputException">The last bytes or the rename failed; the target is left as it was.</exception>
    public void Commit()
    {
        try
        {
            Writer.Flush();
            Writer.Dispose();
            if (_temporary is not null) File.Move(_temporary, System.IO.Path.GetFullPath(Path), overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException(Path, e);
        }
    }

    /// <summary>Closes the file; when it was not committed, deletes the temporary file.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try
        {
            Writer.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the write failed already; the failure has been reported
        }

        try
        {
            if (_temporary is not null) File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // nothing more to do: the target was never touched
        }
    }

    /// <summary>Writes a whole text to a file safely.</summary>
    public static void WriteAll(string path, string text, Encoding encoding, string newLine)
    {
        using var file = Open(path, encoding, newLine);
        try
        {
            file.Writer.Write(newLine == "\n" ? text : text.Replace("\r\n", "\n").Replace("\n", newLine));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path, e);
        }

        file.Commit();
    }

    /// <summary>
    /// Refuses an output that is the input or another output of the same run (the same file by full path, or by its link target):
    /// writing it would destroy the input or mix two outputs. Prints the message and returns false.
    /// </summary>
    public static bool CheckDistinct(string inputPath, params (string Option, string? Path)[] outputs)
    {
        var seen = new List<(string Option, string Full)> { ("--in", Identity(inputPath)) };
        foreach (var (option, path) in outputs)
        {
            if (path is null) continue;
            var full = Identity(path);
            if (full.StartsWith("/dev/", StringComparison.Ordinal) && option != "--in") continue;
            foreach (var (other, otherFull) in seen)
            {
                if (!string.Equals(full, otherFull, StringComparison.Ordinal)) continue;
                Console2.Error($"{option} 与 {other} 是同一个文件 {path}，拒绝执行（会覆盖或混写）",
                    $"{option} and {other} are the same file {path}; refused (it would {(other == "--in" ? "overwrite the input" : "mix two outputs in one file")})");
                return false;
            }

            seen.Add((option, full));
        }

        return true;
    }

    private static string Identity(string path)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            if (File.Exists(full) && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) return System.IO.Path.GetFullPath(target.FullName);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }
}

/// <summary>An output cannot be written; the message names the file.</summary>
internal sealed class OutputException : Exception
{
    public OutputException(string path, Exception inner)
        : base($"cannot write {path}: {inner.Message}", inner)
    {
        FilePath = path;
        Zh = $"无法写入 {path}";
        En = Message;
    }

    public OutputException(string path, string zh, string en)
        : base($"cannot write {path}: it {en}")
    {
        FilePath = path;
        Zh = $"无法写入 {path}：{zh}";
        En = Message;
    }

    public string FilePath { get; }

    public string Zh { get; }

    public string En { get; }
}
