using System.IO.Compression;
using System.Reflection;
using System.Runtime.Versioning;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// Hostile packs (issue 14): zip bombs, duplicate entries, links that leave the pack, FIFOs, devices, huge files and huge issue lists are
/// refused with a structured issue in bounded time and memory; a real national pack passes the default limits comfortably.
/// </summary>
public sealed class PackLimitTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "medpay-hostile-" + Guid.NewGuid().ToString("N"));

    public PackLimitTests() => Directory.CreateDirectory(_dir);

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

    /// <summary>Whether the library under test is its netstandard2.0 build, which cannot resolve links and refuses them all.</summary>
    private static bool LibraryIsNetStandard =>
        typeof(RulePack).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal) == true;

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        return output.ToArray();
    }

    private static Issue Refusal(Func<RulePack> open)
    {
        var e = Assert.Throws<RulePackException>(() => open());
        return Assert.Single(e.Issues);
    }

    private string MiniFolder()
    {
        var folder = Path.Combine(_dir, "pack");
        Directory.CreateDirectory(folder);
        foreach (var file in new MiniScheme().Pack().FileNames) File.WriteAllBytes(Path.Combine(folder, file), new MiniScheme().Pack().ReadBytes(file)!.Value.ToArray());
        return folder;
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio_before_it_inflates()
    {
        // 100 MiB of zeros deflate to about 100 KiB: a ratio near 1,000:1, above the default 200:1 (entries over 1 MiB).
        var bomb = Zip(("scheme.json", "{}"u8.ToArray()), ("tables.csv", new byte[100 << 20]));
        var issue = Refusal(() => RulePack.FromZip(new MemoryStream(bomb)));
        Assert.Equal("PACK_TOO_LARGE", issue.Code);
        Assert.Contains("tables.csv inflates", issue.Message.En);
    }

    [Fact]
    public void A_zip_over_the_total_and_file_limits_is_refused()
    {
        var zip = Zip(("a.csv", new byte[3000]), ("b.csv", new byte[3000]));
        Assert.Equal("PACK_FILE_REFUSED", Refusal(() => RulePack.FromZip(new MemoryStream(zip), "zip", "pack", new RulePackReadLimits { MaxFileBytes = 2000 })).Code);
        Assert.Equal("PACK_TOO_LARGE", Refusal(() => RulePack.FromZip(new MemoryStream(zip), "zip", "pack", new RulePackReadLimits { MaxTotalBytes = 5000 })).Code);
        Assert.Equal("PACK_TOO_LARGE", Refusal(() => RulePack.FromZip(new MemoryStream(zip), "zip", "pack", new RulePackReadLimits { MaxFiles = 1 })).Code);
        Assert.Equal(2, RulePack.FromZip(new MemoryStream(zip), "zip", "pack", new RulePackReadLimits { MaxTotalBytes = 6000, MaxFiles = 2, MaxFileBytes = 3000 }).FileNames.Count());
    }

    [Fact]
    public void Duplicate_zip_entries_are_an_error_not_a_silent_choice()
    {
        var zip = Zip(("mdc.csv", "seq,mdc,name,condition\n1,A,a,true\n"u8.ToArray()), ("mdc.csv", "seq,mdc,name,condition\n1,B,b,true\n"u8.ToArray()));
        var issue = Refusal(() => RulePack.FromZip(new MemoryStream(zip)));
        Assert.Equal("PACK_DUPLICATE_FILE", issue.Code);
        Assert.Equal("mdc.csv", issue.Value);
    }

    [Fact]
    public void A_folder_pack_reads_only_data_files()
    {
        var folder = MiniFolder();
        File.WriteAllText(Path.Combine(folder, "README.md"), "notes");
        File.WriteAllBytes(Path.Combine(folder, "big.bin"), new byte[5000]);
        var pack = RulePack.FromDirectory(folder, new RulePackReadLimits { MaxFileBytes = 4000 });
        Assert.DoesNotContain("README.md", pack.FileNames);
        Assert.DoesNotContain("big.bin", pack.FileNames);
        Assert.True(DrgScheme.TryLoad(pack).Succeeded);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        var folder = MiniFolder();
        var issue = Refusal(() => RulePack.FromDirectory(folder, new RulePackReadLimits { MaxFileBytes = 100 }));
        Assert.Equal("PACK_FILE_REFUSED", issue.Code);
        Assert.Contains("more than the limit of 100", issue.Message.En);
    }

    [Fact]
    public void A_link_that_leaves_the_pack_is_refused()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need rights on Windows
        var folder = MiniFolder();
        var outside = Path.Combine(_dir, "outside.csv");
        File.WriteAllText(outside, "table,code,tag\n");
        File.Delete(Path.Combine(folder, "tables.csv"));
        File.CreateSymbolicLink(Path.Combine(folder, "tables.csv"), outside);
        var issue = Refusal(() => RulePack.FromDirectory(folder));
        Assert.Equal("PACK_FILE_REFUSED", issue.Code);
        Assert.Equal("tables.csv", issue.Value);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_and_a_link_to_the_root_is_not_walked()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = MiniFolder();
        Directory.CreateSymbolicLink(Path.Combine(folder, "everything"), "/");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(DrgScheme.TryLoad(RulePack.FromDirectory(folder)).Succeeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        File.CreateSymbolicLink(Path.Combine(folder, "zeros.csv"), "/dev/zero");
        Assert.Equal("PACK_FILE_REFUSED", Refusal(() => RulePack.FromDirectory(folder)).Code);
    }

    [Fact]
    public void A_link_inside_the_pack_is_followed_on_dotnet_6_and_later()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = MiniFolder();
        var real = Path.Combine(folder, "data");
        Directory.CreateDirectory(real);
        File.Move(Path.Combine(folder, "tables.csv"), Path.Combine(real, "tables.txt.csv"));
        File.CreateSymbolicLink(Path.Combine(folder, "tables.csv"), Path.Combine(real, "tables.txt.csv"));
        if (LibraryIsNetStandard)
        {
            Assert.Equal("PACK_FILE_REFUSED", Refusal(() => RulePack.FromDirectory(folder)).Code);
            return;
        }

        Assert.True(DrgScheme.TryLoad(RulePack.FromDirectory(folder)).Succeeded);
    }

    [Fact]
    public async Task A_fifo_is_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = MiniFolder();
        File.Delete(Path.Combine(folder, "mdc.csv"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "mdc.csv"))) mkfifo.WaitForExit();
        // Opening a FIFO for reading blocks until a writer comes: the reader must not open it (size 0), so this returns at once.
        var load = Task.Run(() => DrgScheme.TryLoad(RulePack.FromDirectory(folder)));
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20))));
        var result = await load;
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Location?.File == "mdc.csv");
    }

    [Fact]
    public void The_issues_collected_are_capped()
    {
        // 5,000 codes that no dictionary knows: one PACK_CODE_NOT_IN_DICTIONARY warning each, capped at 100 plus one PACK_TOO_MANY_ISSUES.
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"X_DX,Z{i:D5}.000,\n"));
        var text = new MiniScheme().With("tables.csv", "table,code,tag\nX_DX,A01.000,\nX_DX,A02.000,\nXA1_PR,01.0001,\n" + rows);
        var pack = RulePack.FromZip(new MemoryStream(Zip(text.Pack().FileNames.Select(n => (n, text.Pack().ReadBytes(n)!.Value.ToArray())).ToArray())),
            "zip", "mini", new RulePackReadLimits { MaxIssues = 100 });
        var result = DrgScheme.TryLoad(pack);
        Assert.Equal(101, result.Issues.Length);
        var last = result.Issues[^1];
        Assert.Equal("PACK_TOO_MANY_ISSUES", last.Code);
        Assert.Equal(IssueSeverity.Warning, last.Severity); // only warnings were left out
        Assert.Equal("more than 100 issues; 4900 more are not listed", last.Message.En); // 5,000 warnings − 100 kept
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_national_pack_passes_the_default_limits_comfortably()
    {
        var pack = RulePack.FromDirectory(SharedFixtures.ChsDrg11);
        var total = pack.FileNames.Sum(n => (long)pack.ReadBytes(n)!.Value.Length);
        var largest = pack.FileNames.Max(n => (long)pack.ReadBytes(n)!.Value.Length);
        var limits = RulePackReadLimits.Default;
        Assert.True(total * 10 < limits.MaxTotalBytes && largest * 10 < limits.MaxFileBytes && pack.FileNames.Count() * 10 < limits.MaxFiles);
        var result = DrgScheme.TryLoad(pack);
        Assert.True(result.Succeeded);
        Assert.True(result.Issues.Length * 10 < limits.MaxIssues, result.Issues.Length.ToString());
    }
}
