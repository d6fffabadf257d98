namespace MedPay.Rules.Benchmarks;

/// <summary>Finds ../shared beside the repository (or MEDPAY_SHARED).</summary>
public static class Fixtures
{
    public static string SharedRoot
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("MEDPAY_SHARED");
            if (!string.IsNullOrEmpty(env)) return env;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedPay.Rules.sln"))) dir = dir.Parent;
            return Path.GetFullPath(Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "..", "shared"));
        }
    }

    public static string ChsDrg11 => Path.Combine(SharedRoot, "conformance", "chs-drg-1.1");

    public static string ChsDrg11Workbook => Path.Combine(SharedRoot, "conformance", "chs-drg-1.1-workbook");
}
