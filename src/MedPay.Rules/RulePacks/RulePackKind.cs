namespace MedPay.Rules.RulePacks;

/// <summary>What a rule pack (规则包) holds, as its manifest's <c>format</c> says; see <see cref="RulePackContent"/>.</summary>
public enum RulePackKind
{
    /// <summary>Decided by the manifest's <c>format</c>; a pack without a known format is read as a DRG scheme.</summary>
    Auto,

    /// <summary>A CHS-DRG grouping scheme (<see cref="Drg.DrgScheme"/>, format <c>drg-scheme-tables/1</c>).</summary>
    Drg,

    /// <summary>A DIP catalogue (<see cref="Dip.DipCatalogue"/>, format <c>dip-catalogue/1</c>).</summary>
    Dip,

    /// <summary>DRG payment parameters (<see cref="Payment.PaymentParameters"/>, format <c>drg-payment/1</c>).</summary>
    Payment,

    /// <summary>
    /// A settlement-list rule catalogue (<see cref="Settlement.SettlementRuleCatalogue"/>, format <c>settlement-rules/1</c>, or a
    /// regional <c>settlement-region/1</c> pack applied over the embedded national baseline).
    /// </summary>
    Settlement,

    /// <summary>A balance-retention policy (<see cref="Retention.RetentionPolicy"/>, format <c>retention-policy/1</c>).</summary>
    Retention,
}
