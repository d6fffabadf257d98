using MedPay.Rules.DependencyInjection;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The conventional namespace of IServiceCollection extensions, so that AddMedPayRules shows up wherever services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the MedPay.Rules engines in a service collection (generic host, ASP.NET Core, any Microsoft.Extensions.DependencyInjection container).</summary>
public static class MedPayRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers as singletons, built once from the configured packs when first resolved: <see cref="DrgScheme"/> and
    /// <see cref="DrgGrouper"/>; unless <see cref="MedPayRulesOptions.DipPack"/> is <see langword="null"/>, <see cref="DipCatalogue"/>
    /// and <see cref="DipEngine"/>; when <see cref="MedPayRulesOptions.PaymentPack"/> is set, <see cref="PaymentParameters"/> and
    /// <see cref="DrgPaymentEngine"/>; unless <see cref="MedPayRulesOptions.SettlementPack"/> is <see langword="null"/>,
    /// <see cref="SettlementRuleCatalogue"/> and <see cref="SettlementValidator"/>; when <see cref="MedPayRulesOptions.RetentionPack"/> is
    /// set, <see cref="RetentionPolicy"/>. All are immutable and thread-safe. Registrations already present are kept (the first call
    /// wins), so a test can register its own scheme before calling this.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the packs and options; the defaults are the embedded packs.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>A pack that cannot be read or has errors makes the first resolution throw <see cref="MedPay.Rules.RulePacks.RulePackException"/>, which lists every issue.</remarks>
    public static IServiceCollection AddMedPayRules(this IServiceCollection services, Action<MedPayRulesOptions>? configure = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        var configured = new MedPayRulesOptions();
        configure?.Invoke(configured);
        var options = configured.Copy();
        services.TryAddSingleton(_ => DrgScheme.Load(options.OpenDrgPack(), options.WorkbookReader));
        services.TryAddSingleton(provider => provider.GetRequiredService<DrgScheme>().CreateGrouper(options.DrgGrouping));
        if (options.DipPack is not null || options.DipRulePack is not null)
        {
            services.TryAddSingleton(_ => DipCatalogue.Load(options.OpenDipPack()!));
            services.TryAddSingleton(provider => new DipEngine(provider.GetRequiredService<DipCatalogue>()));
        }

        if (options.PaymentPack is { } payment)
        {
            services.TryAddSingleton(_ => PaymentParameters.Load(options.Open(payment)));
            services.TryAddSingleton(provider => new DrgPaymentEngine(provider.GetRequiredService<PaymentParameters>()));
        }

        if (options.SettlementPack is { } settlement)
        {
            var regions = options.SettlementRegionPacks.ToArray();
            services.TryAddSingleton(_ => SettlementRuleCatalogue.Load(options.Open(settlement), regions.Select(options.Open).ToArray()));
            services.TryAddSingleton(provider => new SettlementValidator(provider.GetRequiredService<SettlementRuleCatalogue>()));
        }

        if (options.RetentionPack is { } retention) services.TryAddSingleton(_ => RetentionPolicy.Load(options.Open(retention)));

        return services;
    }
}
