using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>
/// A DRG payment parameter pack (format <c>drg-payment/1</c>): DRG weights with average cost and length of stay, base rates (费率) by
/// fund and hospital grade, grade and add-on coefficients, outlier rules, and the policy parameters (ungroupable cases, exclusions,
/// special-review cap, grouping-rate exclusions). Immutable and thread-safe; build a <see cref="DrgPaymentEngine"/> from it. See docs/payment.md.
/// </summary>
public sealed class PaymentParameters
{
    /// <summary>The format name in the manifest.</summary>
    public const string FormatName = "drg-payment/1";

    /// <summary>The id of the embedded example pack.</summary>
    public const string DefaultEmbeddedPackId = "drg-payment-example";

    private readonly Dictionary<string, DrgWeight> _weights;
    private readonly Dictionary<string, decimal> _gradeCoefficients;
    private readonly Dictionary<string, PaymentAddOn> _addOns;

    internal PaymentParameters(RulePack pack, ImmutableArray<DrgWeight> weights, ImmutableArray<BaseRate> rates, ImmutableDictionary<string, decimal> gradeCoefficients,
        ImmutableArray<PaymentAddOn> addOns, ImmutableArray<OutlierRule> outliers, PaymentPolicy policy, ImmutableArray<Issue> issues)
        : this(RulePackIdentity.Of(pack), pack.Manifest, weights, rates, gradeCoefficients, addOns, outliers, policy, issues)
    {
    }

    private PaymentParameters(RulePackIdentity identity, RulePackManifest manifest, ImmutableArray<DrgWeight> weights, ImmutableArray<BaseRate> rates, ImmutableDictionary<string, decimal> gradeCoefficients,
        ImmutableArray<PaymentAddOn> addOns, ImmutableArray<OutlierRule> outliers, PaymentPolicy policy, ImmutableArray<Issue> issues)
    {
        Identity = identity;
        Manifest = manifest;
        Weights = weights;
        Rates = rates;
        GradeCoefficients = gradeCoefficients;
        AddOns = addOns;
        OutlierRules = outliers;
        Policy = policy;
        Issues = issues;
        _weights = weights.ToDictionary(w => w.Drg, StringComparer.Ordinal);
        _gradeCoefficients = gradeCoefficients.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        _addOns = addOns.ToDictionary(a => a.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The pack the parameters come from (id, version, content hash); every payment carries it through its engine.</summary>
    public RulePackIdentity Identity { get; }

    /// <summary>The manifest.</summary>
    public RulePackManifest Manifest { get; }

    /// <summary>The DRG weights in file order.</summary>
    public ImmutableArray<DrgWeight> Weights { get; }

    /// <summary>The base rates in file order.</summary>
    public ImmutableArray<BaseRate> Rates { get; }

    /// <summary>Hospital-grade coefficients by grade; empty when the pack has none (every grade then counts 1).</summary>
    public ImmutableDictionary<string, decimal> GradeCoefficients { get; }

    /// <summary>The add-on coefficients in file order (bit i of a case's mask is add-on i).</summary>
    public ImmutableArray<PaymentAddOn> AddOns { get; }

    /// <summary>The outlier rules in file order; the first that applies to a case wins.</summary>
    public ImmutableArray<OutlierRule> OutlierRules { get; }

    /// <summary>The policy parameters of <c>parameters.csv</c>.</summary>
    public PaymentPolicy Policy { get; }

    /// <summary>Warnings found while loading.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The weight row of a DRG, or null.</summary>
    /// <param name="drg">The DRG code.</param>
    public DrgWeight? FindWeight(string drg) => drg is not null && _weights.TryGetValue(drg, out var w) ? w : null;

    /// <summary>The add-on of a key (case-insensitive), or null.</summary>
    /// <param name="key">The add-on key, e.g. <c>tcm</c>.</param>
    public PaymentAddOn? FindAddOn(string key) => key is not null && _addOns.TryGetValue(key.Trim(), out var a) ? a : null;

    /// <summary>The coefficient of a hospital grade: the pack's value, 1 when the pack lists no grade coefficient at all, null when the pack lists others but not this one.</summary>
    /// <param name="grade">The hospital grade.</param>
    public decimal? GradeCoefficient(string grade)
    {
        if (_gradeCoefficients.Count == 0) return 1m;
        return grade is not null && _gradeCoefficients.TryGetValue(grade, out var c) ? c : null;
    }

    /// <summary>The rate for a fund and grade: the exact row, else the fund's <c>*</c> row, else the grade's row for every fund, else the <c>*,*</c> row; null when none.</summary>
    /// <param name="fund">The fund.</param>
    /// <param name="grade">The hospital grade.</param>
    public decimal? FindRate(InsuredFund fund, string grade)
    {
        decimal? best = null;
        var bestScore = -1;
        foreach (var rate in Rates)
        {
            var fundMatch = rate.Fund == fund ? 2 : rate.Fund == InsuredFund.Unspecified ? 0 : -1;
            var gradeMatch = rate.Grade == grade ? 1 : rate.Grade == "*" ? 0 : -1;
            if (fundMatch < 0 || gradeMatch < 0) continue;
            var score = fundMatch + gradeMatch;
            if (score > bestScore)
            {
                bestScore = score;
                best = rate.Rate;
            }
        }

        return best;
    }

    /// <summary>The first outlier rule that applies to a grade and a weight, or null.</summary>
    /// <param name="grade">The hospital grade.</param>
    /// <param name="weight">The DRG weight.</param>
    public OutlierRule? FindOutlierRule(string grade, decimal weight)
    {
        foreach (var rule in OutlierRules)
        {
            if (rule.Applies(grade, weight)) return rule;
        }

        return null;
    }

    /// <summary>
    /// Candidate parameters for simulation: these parameters with weights replaced (rows for DRGs not given are kept; a calibrated
    /// weight keeps the old name and risk tier). The identity's version gets <c>+candidate</c> and its content hash is empty, since
    /// no pack file holds them.
    /// </summary>
    /// <param name="weights">The new weight rows.</param>
    /// <returns>The candidate parameters.</returns>
    public PaymentParameters WithWeights(IEnumerable<DrgWeight> weights)
    {
        if (weights is null) throw new ArgumentNullException(nameof(weights));
        var merged = Weights.ToDictionary(w => w.Drg, StringComparer.Ordinal);
        var order = Weights.Select(w => w.Drg).ToList();
        foreach (var w in weights)
        {
            if (!merged.TryGetValue(w.Drg, out var old)) order.Add(w.Drg);
            merged[w.Drg] = old is null ? w : new DrgWeight(w.Drg, w.Name.Length > 0 ? w.Name : old.Name, w.Weight, w.AverageCost, w.AverageLengthOfStay,
                w.RiskTier != MortalityRiskTier.Unknown ? w.RiskTier : old.RiskTier, w.Line);
        }

        return Candidate(order.Select(d => merged[d]).ToImmutableArray(), Rates);
    }

    /// <summary>Candidate parameters with the base rates replaced (see <see cref="WithWeights"/> for the identity).</summary>
    /// <param name="rates">The new rate rows.</param>
    /// <returns>The candidate parameters.</returns>
    public PaymentParameters WithRates(IEnumerable<BaseRate> rates) => Candidate(Weights, (rates ?? throw new ArgumentNullException(nameof(rates))).ToImmutableArray());

    private PaymentParameters Candidate(ImmutableArray<DrgWeight> weights, ImmutableArray<BaseRate> rates) =>
        new(new RulePackIdentity(Identity.Id, Identity.Name, Identity.Version.EndsWith("+candidate", StringComparison.Ordinal) ? Identity.Version : Identity.Version + "+candidate", string.Empty),
            Manifest, weights, rates, GradeCoefficients, AddOns, OutlierRules, Policy, Issues);

    /// <summary>Reads a pack; never throws for bad content: every problem is an issue with its file, row and column.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The parameters or the issues.</returns>
    public static PaymentParametersLoadResult TryLoad(RulePack pack) => PaymentParametersReader.Read(pack ?? throw new ArgumentNullException(nameof(pack)));

    /// <summary>Reads a pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="RulePackException">The pack has errors.</exception>
    public static PaymentParameters Load(RulePack pack)
    {
        var result = TryLoad(pack);
        return result.Parameters ?? throw new RulePackException(pack.Id, result.Issues);
    }

    /// <summary>Reads a pack from a folder, a zip file or an embedded pack id.</summary>
    /// <param name="folderZipOrEmbeddedId">Where the pack is.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="RulePackException">The pack cannot be read or has errors.</exception>
    public static PaymentParameters Load(string folderZipOrEmbeddedId) => Load(RulePack.Open(folderZipOrEmbeddedId));

    /// <summary>The embedded example pack <c>drg-payment-example</c> (illustrative numbers, for the excerpt scheme).</summary>
    /// <returns>The parameters.</returns>
    public static PaymentParameters LoadDefault() => Load(RulePack.Embedded(DefaultEmbeddedPackId));

    /// <inheritdoc />
    public override string ToString() => $"{Manifest.Name} ({Identity}): {Weights.Length} weights, {Rates.Length} rates";
}
