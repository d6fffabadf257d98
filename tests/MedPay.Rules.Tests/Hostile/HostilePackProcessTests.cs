using System.Diagnostics;
using System.IO.Compression;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// Hostile packs loaded in a child process under a memory limit and a time limit (issue 14): <c>medpay rules check --pack</c> on each must end
/// within <see cref="TimeLimit"/> with a managed heap capped at 128 MiB (<c>DOTNET_GCHeapHardLimit</c>), and answer with an exit code
/// (2: the pack cannot be read; 5: it has errors), never run out of memory, hang or crash.
/// </summary>
public sealed class HostilePackProcessTests : IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "medpay-hostile-proc-" + Guid.NewGuid().ToString("N"));

    public HostilePackProcessTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<(int ExitCode, string Output)> CheckInChild(string pack)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "medpay.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "rules", "check", "--pack", pack }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_GCHeapHardLimit"] = "8000000"; // hexadecimal: 0x8000000 = 128 MiB
        start.Environment["DOTNET_gcServer"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + TimeLimit);
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private string MiniFolder(string name)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        var pack = new Support.MiniScheme().Pack();
        foreach (var file in pack.FileNames) File.WriteAllBytes(Path.Combine(folder, file), pack.ReadBytes(file)!.Value.ToArray());
        return folder;
    }

    private static void AssertAnswered((int ExitCode, string Output) run, params int[] codes) =>
        Assert.True(codes.Contains(run.ExitCode), $"exit code {run.ExitCode}, expected {string.Join(" or ", codes)}:\n{run.Output}");

    [Fact]
    public async Task A_zip_bomb_is_refused_under_a_memory_limit()
    {
        var path = Path.Combine(_dir, "bomb.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var zeros = new byte[1 << 20];
            foreach (var name in new[] { "tables.csv", "mdc.csv", "adrg.csv", "drg.csv" })
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                for (var i = 0; i < 300; i++) entry.Write(zeros, 0, zeros.Length); // 300 MiB each, 1.2 GiB in all
            }
        }

        var run = await CheckInChild(path);
        AssertAnswered(run, 2);
        Assert.Contains("PACK_TOO_LARGE", run.Output);
    }

    [Fact]
    public async Task A_huge_table_is_refused_under_a_memory_limit()
    {
        var folder = MiniFolder("huge");
        using (var file = File.Create(Path.Combine(folder, "tables.csv")))
        {
            var line = System.Text.Encoding.UTF8.GetBytes("table,code,tag\n");
            file.Write(line);
            var row = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("X_DX,Z99.999,\n", 4096)));
            while (file.Length < 200L << 20) file.Write(row); // 200 MiB of unknown codes
        }

        var run = await CheckInChild(folder);
        AssertAnswered(run, 2);
        Assert.Contains("PACK_FILE_REFUSED", run.Output);
    }

    [Fact]
    public async Task Links_to_dev_zero_and_to_the_root_and_a_fifo_end_in_time_under_a_memory_limit()
    {
        if (OperatingSystem.IsWindows()) return;
        var zero = MiniFolder("zero");
        File.Delete(Path.Combine(zero, "tables.csv"));
        File.CreateSymbolicLink(Path.Combine(zero, "tables.csv"), "/dev/zero");
        var root = MiniFolder("root");
        Directory.CreateSymbolicLink(Path.Combine(root, "all"), "/");
        var fifo = MiniFolder("fifo");
        File.Delete(Path.Combine(fifo, "mdc.csv"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(fifo, "mdc.csv"))) await mkfifo.WaitForExitAsync();

        var zeroRun = await CheckInChild(zero);
        AssertAnswered(zeroRun, 2);
        Assert.Contains("PACK_FILE_REFUSED", zeroRun.Output);
        AssertAnswered(await CheckInChild(root), 0);   // the link is not walked: the pack itself is fine
        AssertAnswered(await CheckInChild(fifo), 2, 5); // the FIFO reads as empty: mdc.csv lacks its columns
    }
}
