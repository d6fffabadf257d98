using System.Collections.Immutable;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>One member's year-end result in an alliance: its share of the retained surplus (or borne overspend), referral transfers, risk-fund contribution and liabilities.</summary>
public sealed record MemberSettlement
{
    /// <summary>The member.</summary>
    public required AllianceMember Member { get; init; }

    /// <summary>Its bonus points counted in the split (0 in an overspend year: points never raise a share of an overspend).</summary>
    public decimal Points { get; init; }

    /// <summary>Its weight in the split: party share × its part of the party, + points when a surplus is split.</summary>
    public decimal Weight { get; init; }

    /// <summary>Its part of the alliance's retained surplus minus borne overspend (negative when the alliance bore an overspend).</summary>
    public decimal Share { get; init; }

    /// <summary>Referral fees and transfers received.</summary>
    public decimal ReferralIn { get; init; }

    /// <summary>Referral fees and transfers paid.</summary>
    public decimal ReferralOut { get; init; }

    /// <summary>Its contribution to the risk fund.</summary>
    public decimal RiskContribution { get; init; }

    /// <summary>Its part of adverse-event costs.</summary>
    public decimal Liability { get; init; }

    /// <summary>Share + referral in − referral out − risk contribution − liability.</summary>
    public decimal Net => Share + ReferralIn - ReferralOut - RiskContribution - Liability;

    /// <summary>Every step, in order.</summary>
    public ImmutableArray<RetentionStep> Steps { get; init; } = ImmutableArray<RetentionStep>.Empty;
}
