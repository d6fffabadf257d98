namespace MedPay.Rules.Tests.Support;

/// <summary>Finds the read-only conformance fixtures in <c>../shared</c> beside the repository.</summary>
public static class SharedFixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder with MedPay.Rules.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The national CHS-DRG 1.1 conformance scheme folder.</summary>
    public static string ChsDrg11 => Path.Combine(SharedRoot, "conformance", "chs-drg-1.1");

    /// <summary>The national CHS-DRG 1.1 scheme rendered as an official NHSA workbook pack (workbook.xlsx and the dictionaries).</summary>
    public static string ChsDrg11Workbook => Path.Combine(SharedRoot, "conformance", "chs-drg-1.1-workbook");

    /// <summary>The shared folder (<c>../shared</c> from the repository root, or MEDPAY_SHARED).</summary>
    public static string SharedRoot => Shared.Value;

    private static readonly Lazy<string> Shared = new(FindShared);

    private static string FindShared()
    {
        if (Environment.GetEnvironmentVariable("MEDPAY_SHARED") is { Length: > 0 } env) return env;
        // ../shared beside the clone; failing that, a shared/ folder beside any ancestor (clones nested deeper).
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "conformance"))) return Path.GetFullPath(candidate);
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedPay.Rules.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MedPay.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
