namespace MedPay.Rules.Settlement;

/// <summary>Where a settlement-list field is defined.</summary>
public enum SettlementFieldOrigin
{
    /// <summary>The national 4101 / 4101A interface.</summary>
    National = 0,

    /// <summary>A provincial platform (e.g. Shandong's <c>*_STD</c> staff codes).</summary>
    Regional = 1,

    /// <summary>Not sent to the platform: context a caller may add so more rules can run (e.g. the settlement's fee total).</summary>
    Extension = 2,
}
