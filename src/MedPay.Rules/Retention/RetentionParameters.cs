using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// The scalar parameters of a retention policy, read from <c>parameters.csv</c> (<c>name,value,note</c>). Every parameter left out
/// is neutral (0, or off), so a pack states each number it relies on.
/// </summary>
public sealed record RetentionParameters
{
    /// <summary>No parameter set.</summary>
    public static RetentionParameters Neutral { get; } = new();

    /// <summary>Share of the retained surplus earmarked for staff rewards (<c>staff_share</c>; seeds: 0.5).</summary>
    public decimal StaffShare { get; init; }

    /// <summary>Share of a department's surplus paid into its performance pay (<c>department_surplus_share</c>; seeds: 0.5).</summary>
    public decimal DepartmentSurplusShare { get; init; }

    /// <summary>Share of a department's overspend it bears (<c>department_overspend_share</c>; seeds: 0.3).</summary>
    public decimal DepartmentOverspendShare { get; init; }

    /// <summary>Cap on the retained amount as a ratio of the year's payment (<c>retention_cap_ratio</c>), or <see langword="null"/> for none.</summary>
    public decimal? RetentionCapRatio { get; init; }

    /// <summary>Whether the grade's payment coefficient multiplies the payment total before the year-end margin (<c>quality_coefficient_on_payment</c>, 0 or 1).</summary>
    public bool QualityCoefficientOnPayment { get; init; }

    /// <summary>Up-referral coordination fee as a share of the group's cost, paid to the referring primary institution (<c>up_referral_fee_rate</c>; seeds: 0.10).</summary>
    public decimal UpReferralFeeRate { get; init; }

    /// <summary>Share of a down-referred case's insurance quota the upper hospital transfers to the primary institution (<c>down_referral_quota_rate</c>; seeds: 0.70).</summary>
    public decimal DownReferralQuotaRate { get; init; }

    /// <summary>Capitation per enrolled person per year in yuan (<c>capitation_per_person</c>; seeds: 1200).</summary>
    public decimal CapitationPerPerson { get; init; }

    /// <summary>Share of the capitation surplus paid as a reward (<c>capitation_surplus_reward</c>; seeds: 0.5).</summary>
    public decimal CapitationSurplusReward { get; init; }

    /// <summary>Further share of the surplus when the <c>capitation_extra</c> targets are met (<c>capitation_extra_reward</c>; seeds: 0.10).</summary>
    public decimal CapitationExtraReward { get; init; }

    /// <summary>Share of the capitation prepayment set aside as the primary-care capability fund (<c>capability_fund_rate</c>; seeds: 0.15).</summary>
    public decimal CapabilityFundRate { get; init; }

    /// <summary>Reward per case when the <c>pathway_reward</c> targets are met (<c>pathway_reward_per_case</c>; seeds: 200).</summary>
    public decimal PathwayRewardPerCase { get; init; }

    /// <summary>Every parameter name with its allowed range and how it is set.</summary>
    internal static ImmutableDictionary<string, (decimal Min, decimal Max, Func<RetentionParameters, decimal, RetentionParameters> Set)> Catalogue { get; } =
        new Dictionary<string, (decimal, decimal, Func<RetentionParameters, decimal, RetentionParameters>)>(StringComparer.OrdinalIgnoreCase)
        {
            ["staff_share"] = (0m, 1m, (p, v) => p with { StaffShare = v }),
            ["department_surplus_share"] = (0m, 1m, (p, v) => p with { DepartmentSurplusShare = v }),
            ["department_overspend_share"] = (0m, 1m, (p, v) => p with { DepartmentOverspendShare = v }),
            ["retention_cap_ratio"] = (0m, 1m, (p, v) => p with { RetentionCapRatio = v }),
            ["quality_coefficient_on_payment"] = (0m, 1m, (p, v) => p with { QualityCoefficientOnPayment = v != 0m }),
            ["up_referral_fee_rate"] = (0m, 1m, (p, v) => p with { UpReferralFeeRate = v }),
            ["down_referral_quota_rate"] = (0m, 1m, (p, v) => p with { DownReferralQuotaRate = v }),
            ["capitation_per_person"] = (0m, decimal.MaxValue, (p, v) => p with { CapitationPerPerson = v }),
            ["capitation_surplus_reward"] = (0m, 1m, (p, v) => p with { CapitationSurplusReward = v }),
            ["capitation_extra_reward"] = (0m, 1m, (p, v) => p with { CapitationExtraReward = v }),
            ["capability_fund_rate"] = (0m, 1m, (p, v) => p with { CapabilityFundRate = v }),
            ["pathway_reward_per_case"] = (0m, decimal.MaxValue, (p, v) => p with { PathwayRewardPerCase = v }),
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of all parameters.</summary>
    public static IEnumerable<string> Names => Catalogue.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Sets one parameter by its name (e.g. to simulate a later phase's staff share of 0.7).</summary>
    /// <param name="name">The parameter name as in <c>parameters.csv</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The parameters with the value set.</returns>
    /// <exception cref="ArgumentException">The name is unknown or the value out of range.</exception>
    public RetentionParameters With(string name, decimal value)
    {
        if (!Catalogue.TryGetValue(name, out var entry)) throw new ArgumentException("unknown parameter " + name, nameof(name));
        if (value < entry.Min || value > entry.Max) throw new ArgumentOutOfRangeException(nameof(value), value, "outside the allowed range");
        return entry.Set(this, value);
    }
}
