using System.Diagnostics;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// LibreOffice Calc headless (Debian 12: <c>libreoffice-calc-nogui</c>, which <c>.ci/run</c> installs when it is missing): a real spreadsheet
/// reader that opens a CSV file the way a user's spreadsheet does and saves it as .xlsx, for the tests to read back.
/// </summary>
internal static class LibreOffice
{
    /// <summary>The <c>soffice</c> program, or null when LibreOffice is not installed.</summary>
    public static string? Path { get; } = Find();

    /// <summary>
    /// The CSV import options of the conversion (LibreOffice's "Text - txt - csv (StarCalc)" filter tokens): field separator 44 (comma),
    /// text delimiter 34 (double quote), character set 76 (UTF-8), first line 1. Without the 76, headless LibreOffice 7.4 reads the file in
    /// the system's code page and ignores the byte-order mark (checked by hand, docs/getting-started-cli.md).
    /// </summary>
    public const string CsvUtf8Comma = "CSV:44,34,76,1";

    private static string? Find()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => System.IO.Path.Combine(d, "soffice"))
            .Append("/usr/lib/libreoffice/program/soffice");
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Converts <paramref name="csv"/> to .xlsx in <paramref name="folder"/> with <see cref="CsvUtf8Comma"/>, in a profile of its own (so that
    /// parallel runs do not share LibreOffice's user folder), and returns the .xlsx path.
    /// </summary>
    public static string ConvertCsvToXlsx(string csv, string folder)
    {
        if (Path is null) throw new InvalidOperationException("soffice is not installed (Debian: apt-get install libreoffice-calc-nogui)");
        var profile = System.IO.Path.Combine(folder, "lo-profile");
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--infilter=" + CsvUtf8Comma, "--convert-to", "xlsx", "--outdir", folder, csv })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish converting " + csv);
        }

        var xlsx = System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(csv) + ".xlsx");
        if (process.ExitCode != 0 || !File.Exists(xlsx)) throw new InvalidOperationException($"soffice exited {process.ExitCode} without {xlsx}:\n{stdout}\n{stderr.Result}");
        return xlsx;
    }
}
