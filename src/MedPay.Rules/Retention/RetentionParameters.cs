using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Retention.Capitation;

namespace MedPay.Rules.Retention;

/// <summary>
/// The scalar parameters of a retention policy, read from <c>parameters.csv</c> (<c>name,value,note</c>). Every number left out
/// is neutral (0, or off), so a pack states each number it relies on; a word parameter left out takes its documented default.
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

    /// <summary>
    /// Whether an alliance's surplus is first cut by the hospital retention rule — the <c>retention</c> targets, the grade's surplus bands and
    /// <c>retention_cap_ratio</c> — before it is split between members (<c>alliance_retention_tiers</c>, 0 or 1; absent: 0). Off, the alliance
    /// keeps its whole surplus, as P3 and primer §4.1 describe a global budget (结余留用); on follows P4's hospital tiers, which no source
    /// applies to an alliance.
    /// </summary>
    public bool AllianceRetentionTiers { get; init; }

    /// <summary>Up-referral coordination fee as a share of the group's cost, paid to the referring primary institution (<c>up_referral_fee_rate</c>; seeds: 0.10).</summary>
    public decimal UpReferralFeeRate { get; init; }

    /// <summary>Share of a down-referred case's insurance quota the upper hospital transfers to the primary institution (<c>down_referral_quota_rate</c>; seeds: 0.70).</summary>
    public decimal DownReferralQuotaRate { get; init; }

    /// <summary>Capitation per enrolled person per year in yuan (<c>capitation_per_person</c>; seeds: 1200).</summary>
    public decimal CapitationPerPerson { get; init; }

    /// <summary>Share of the capitation surplus paid as a reward (<c>capitation_surplus_reward</c>; seeds: 0.5).</summary>
    public decimal CapitationSurplusReward { get; init; }

    /// <summary>The extra reward's rate when the <c>capitation_extra</c> targets are met (<c>capitation_extra_reward</c>; seeds: 0.10), a share of <see cref="CapitationExtraBasis"/>.</summary>
    public decimal CapitationExtraReward { get; init; }

    /// <summary>What <see cref="CapitationExtraReward"/> is a share of (<c>capitation_extra_basis</c>: <c>surplus</c>, <c>reward</c> or <c>prepayment</c>; absent: <c>surplus</c>).</summary>
    public CapitationExtraBasis CapitationExtraBasis { get; init; }

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
            ["alliance_retention_tiers"] = (0m, 1m, (p, v) => p with { AllianceRetentionTiers = v != 0m }),
            ["up_referral_fee_rate"] = (0m, 1m, (p, v) => p with { UpReferralFeeRate = v }),
            ["down_referral_quota_rate"] = (0m, 1m, (p, v) => p with { DownReferralQuotaRate = v }),
            ["capitation_per_person"] = (0m, decimal.MaxValue, (p, v) => p with { CapitationPerPerson = v }),
            ["capitation_surplus_reward"] = (0m, 1m, (p, v) => p with { CapitationSurplusReward = v }),
            ["capitation_extra_reward"] = (0m, 1m, (p, v) => p with { CapitationExtraReward = v }),
            ["capability_fund_rate"] = (0m, 1m, (p, v) => p with { CapabilityFundRate = v }),
            ["pathway_reward_per_case"] = (0m, decimal.MaxValue, (p, v) => p with { PathwayRewardPerCase = v }),
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every parameter whose value is a word, with its allowed words (the first is the default) and how it is set.</summary>
    internal static ImmutableDictionary<string, (ImmutableArray<string> Words, Func<RetentionParameters, string, RetentionParameters> Set)> WordCatalogue { get; } =
        new Dictionary<string, (ImmutableArray<string>, Func<RetentionParameters, string, RetentionParameters>)>(StringComparer.OrdinalIgnoreCase)
        {
            ["capitation_extra_basis"] = (ImmutableArray.Create("surplus", "reward", "prepayment"), (p, w) => p with
            {
                CapitationExtraBasis = w.ToLowerInvariant() switch { "reward" => CapitationExtraBasis.Reward, "prepayment" => CapitationExtraBasis.Prepayment, _ => CapitationExtraBasis.Surplus },
            }),
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of all parameters.</summary>
    public static IEnumerable<string> Names => Catalogue.Keys.Concat(WordCatalogue.Keys).OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Sets one parameter by its name (e.g. to simulate a later phase's staff share of 0.7).</summary>
    /// <param name="name">The parameter name as in <c>parameters.csv</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The parameters with the value set.</returns>
    /// <exception cref="ArgumentException">The name is unknown or the value out of range.</exception>
    public RetentionParameters With(string name, decimal value)
    {
        if (WordCatalogue.ContainsKey(name)) throw new ArgumentException("parameter " + name + " takes a word, not a number", nameof(name));
        if (!Catalogue.TryGetValue(name, out var entry)) throw new ArgumentException("unknown parameter " + name, nameof(name));
        if (value < entry.Min || value > entry.Max) throw new ArgumentOutOfRangeException(nameof(value), value, "outside the allowed range");
        return entry.Set(this, value);
    }

    /// <summary>Sets one parameter by its name from its text as <c>parameters.csv</c> writes it (a number, or a word such as <c>capitation_extra_basis = reward</c>).</summary>
    /// <param name="name">The parameter name as in <c>parameters.csv</c>.</param>
    /// <param name="value">The value as text (numbers in invariant culture).</param>
    /// <returns>The parameters with the value set.</returns>
    /// <exception cref="ArgumentException">The name is unknown, or the value not a number or word it allows.</exception>
    public RetentionParameters With(string name, string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (WordCatalogue.TryGetValue(name, out var words))
        {
            var word = value.Trim();
            if (!words.Words.Contains(word, StringComparer.OrdinalIgnoreCase))
                throw new ArgumentOutOfRangeException(nameof(value), value, "not one of " + string.Join(" | ", words.Words));
            return words.Set(this, word);
        }

        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) throw new ArgumentException("not a number: " + value, nameof(value));
        return With(name, number);
    }
}
