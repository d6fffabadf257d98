namespace MedPay.Rules.Tests.Support;

/// <summary>
/// A fact that needs LibreOffice: skipped, saying why, when <c>soffice</c> is not installed on a developer's machine; never skipped in CI
/// (<c>CI=true</c>, where <c>.ci/run</c> installs it), so that a missing spreadsheet check fails there instead of passing unseen.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when LibreOffice is missing outside CI.</summary>
    public LibreOfficeFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (LibreOffice.Path is null && !ci)
        {
            Skip = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui to run the spreadsheet check (.ci/run installs it; in CI the test never skips)";
        }
    }
}
