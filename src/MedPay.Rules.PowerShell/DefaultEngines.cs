using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.PowerShell;

/// <summary>The engines over the embedded packs, built once per process on first use (immutable and thread-safe, so shared).</summary>
internal static class DefaultEngines
{
    private static readonly Lazy<DrgScheme> Scheme = new(DrgScheme.LoadDefault);
    private static readonly Lazy<PaymentParameters> Payment = new(PaymentParameters.LoadDefault);
    private static readonly Lazy<SettlementRuleCatalogue> Settlement = new(SettlementRuleCatalogue.LoadDefault);

    /// <summary>The default embedded CHS-DRG scheme.</summary>
    public static DrgScheme DrgScheme => Scheme.Value;

    /// <summary>The embedded DIP example catalogue.</summary>
    public static DipCatalogue DipCatalogue => DipCatalogue.Example;

    /// <summary>The embedded DRG payment example parameters.</summary>
    public static PaymentParameters PaymentParameters => Payment.Value;

    /// <summary>The embedded national settlement-list rule catalogue.</summary>
    public static SettlementRuleCatalogue SettlementCatalogue => Settlement.Value;

    /// <summary>The embedded seed retention policy.</summary>
    public static RetentionPolicy RetentionPolicy => RetentionPolicy.Seed;
}
