using MedPay.Rules.Dip;
using MedPay.Rules.Drg;

namespace MedPay.Rules.PowerShell;

/// <summary>The engines over the embedded packs, built once per process on first use (immutable and thread-safe, so shared).</summary>
internal static class DefaultEngines
{
    private static readonly Lazy<DrgScheme> Scheme = new(DrgScheme.LoadDefault);

    /// <summary>The default embedded CHS-DRG scheme.</summary>
    public static DrgScheme DrgScheme => Scheme.Value;

    /// <summary>The embedded DIP example catalogue.</summary>
    public static DipCatalogue DipCatalogue => DipCatalogue.Example;
}
