using System.Collections.Immutable;
using MedPay.Rules.Retention.PerDiem;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention;

/// <summary>
/// A balance-retention and overspend-sharing policy (结余留用、合理超支分担政策) loaded from a <c>retention-policy/1</c> rule pack: quality
/// grades, surplus retention bands, overspend sharing bands, share rules for alliances and internal splits, bonus points, risk-fund rates,
/// indicator targets, adjustments and per-diem tariffs. Immutable and thread-safe; see docs/retention.md for the layout.
/// </summary>
public sealed class RetentionPolicy
{
    /// <summary>The manifest format this policy reads.</summary>
    public const string Format = "retention-policy/1";

    /// <summary>The id of the embedded policy built from the project's seed mechanisms.</summary>
    public const string SeedId = "retention-seed";

    /// <summary>The grade key of surplus bands that apply to every grade.</summary>
    public const string AnyGrade = "*";

    /// <summary>
    /// The suffix naming the overspend split of an alliance share rule: an overspend under <c>alliance_30_40_30</c> is split by the rule
    /// <c>alliance_30_40_30_overspend</c> when the pack defines it (see <see cref="OverspendRule"/>). Bonus points never apply to it.
    /// </summary>
    public const string OverspendSuffix = "_overspend";

    private static readonly Lazy<RetentionPolicy> LazySeed = new(() => Load(RulePack.Embedded(SeedId)));

    internal RetentionPolicy(RulePackIdentity? identity, RetentionParameters parameters, ImmutableArray<QualityGrade> grades,
        ImmutableDictionary<string, RateSchedule> surplus, RateSchedule overspend, ImmutableDictionary<string, ShareRule> shares,
        ImmutableArray<BonusPointRule> points, ImmutableDictionary<string, decimal> riskFundRates, ImmutableArray<IndicatorTarget> targets,
        ImmutableDictionary<string, Adjustment> adjustments, PerDiemTariff perDiem, ImmutableArray<Issue> issues)
    {
        Identity = identity;
        Parameters = parameters;
        Grades = grades;
        SurplusSchedules = surplus;
        OverspendSchedule = overspend;
        ShareRules = shares;
        BonusPoints = points;
        RiskFundRates = riskFundRates;
        Targets = targets;
        Adjustments = adjustments;
        PerDiem = perDiem;
        Issues = issues;
    }

    /// <summary>The policy built from the seed mechanisms (embedded pack <c>retention-seed</c>).</summary>
    public static RetentionPolicy Seed => LazySeed.Value;

    /// <summary>The pack the policy came from, or <see langword="null"/> when built in code.</summary>
    public RulePackIdentity? Identity { get; }

    /// <summary>The scalar parameters.</summary>
    public RetentionParameters Parameters { get; }

    /// <summary>The quality grades, worst (lowest rank) first.</summary>
    public ImmutableArray<QualityGrade> Grades { get; }

    /// <summary>Surplus retention schedules by grade code (or <see cref="AnyGrade"/>); band bounds are ratios of the year's payment.</summary>
    public ImmutableDictionary<string, RateSchedule> SurplusSchedules { get; }

    /// <summary>The overspend sharing schedule: each band's rate is the fund's share of the reasonable overspend inside it; bounds are ratios of the year's payment.</summary>
    public RateSchedule OverspendSchedule { get; }

    /// <summary>The share rules by name.</summary>
    public ImmutableDictionary<string, ShareRule> ShareRules { get; }

    /// <summary>Bonus-point rules of alliance splits.</summary>
    public ImmutableArray<BonusPointRule> BonusPoints { get; }

    /// <summary>Risk-fund contribution rates by member level (share of business revenue).</summary>
    public ImmutableDictionary<string, decimal> RiskFundRates { get; }

    /// <summary>Indicator targets; those with the same <see cref="IndicatorTarget.AppliesTo"/> gate one thing together.</summary>
    public ImmutableArray<IndicatorTarget> Targets { get; }

    /// <summary>Named adjustments.</summary>
    public ImmutableDictionary<string, Adjustment> Adjustments { get; }

    /// <summary>Per-diem tariffs by service.</summary>
    public PerDiemTariff PerDiem { get; }

    /// <summary>Warnings found while loading (errors prevent loading).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Loads a policy; throws when the pack has errors.</summary>
    /// <param name="pack">A <c>retention-policy/1</c> pack.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="RulePackException">The pack has errors; the exception lists them with file, row and column.</exception>
    public static RetentionPolicy Load(RulePack pack)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        return RetentionPolicyReader.Read(pack, out var issues) ?? throw new RulePackException(pack.Id, issues);
    }

    /// <summary>Loads a policy without throwing.</summary>
    /// <param name="pack">A <c>retention-policy/1</c> pack.</param>
    /// <param name="policy">The policy, or <see langword="null"/> when the pack has errors.</param>
    /// <param name="issues">Every issue found, each with file, row and column.</param>
    /// <returns>Whether the policy loaded.</returns>
    public static bool TryLoad(RulePack pack, out RetentionPolicy? policy, out ImmutableArray<Issue> issues)
    {
        if (pack is null) throw new ArgumentNullException(nameof(pack));
        policy = RetentionPolicyReader.Read(pack, out issues);
        return policy is not null;
    }

    /// <summary>The same policy with other parameters (e.g. a later phase's staff share).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The policy.</returns>
    public RetentionPolicy WithParameters(RetentionParameters parameters) =>
        new(Identity, parameters ?? throw new ArgumentNullException(nameof(parameters)), Grades, SurplusSchedules, OverspendSchedule, ShareRules,
            BonusPoints, RiskFundRates, Targets, Adjustments, PerDiem, Issues);

    /// <summary>A grade by its code, or <see langword="null"/>.</summary>
    /// <param name="code">The grade code (case-insensitive).</param>
    /// <returns>The grade.</returns>
    public QualityGrade? Grade(string code) => Grades.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The best grade whose minimum score the score reaches, or <see langword="null"/> when none does.</summary>
    /// <param name="score">The quality score.</param>
    /// <returns>The grade.</returns>
    public QualityGrade? GradeForScore(decimal score) =>
        Grades.Where(g => g.MinScore is { } min && score >= min).OrderByDescending(g => g.Rank).FirstOrDefault();

    /// <summary>The surplus schedule of a grade: the grade's own, else the one for every grade, else <see langword="null"/>.</summary>
    /// <param name="grade">The grade, or <see langword="null"/>.</param>
    /// <returns>The schedule.</returns>
    public RateSchedule? SurplusSchedule(QualityGrade? grade) =>
        grade is not null && SurplusSchedules.TryGetValue(grade.Code, out var own) ? own
        : SurplusSchedules.TryGetValue(AnyGrade, out var any) ? any : null;

    /// <summary>A share rule by name, or <see langword="null"/>.</summary>
    /// <param name="name">The rule name (case-insensitive).</param>
    /// <returns>The rule.</returns>
    public ShareRule? ShareRule(string name) => ShareRules.TryGetValue(name, out var rule) ? rule : null;

    /// <summary>
    /// The rule that splits an alliance's overspend when its surplus is split by <paramref name="surplusRule"/>: the pack's rule
    /// <c>&lt;name&gt;_overspend</c>, else the surplus rule itself. Either way only its base shares count: bonus points reward a member and
    /// never raise its share of a loss (docs/retention.md §3).
    /// </summary>
    /// <param name="surplusRule">The rule that splits the surplus.</param>
    /// <returns>The overspend rule.</returns>
    public ShareRule OverspendRule(ShareRule surplusRule)
    {
        if (surplusRule is null) throw new ArgumentNullException(nameof(surplusRule));
        return surplusRule.Name.EndsWith(OverspendSuffix, StringComparison.OrdinalIgnoreCase) ? surplusRule : ShareRule(surplusRule.Name + OverspendSuffix) ?? surplusRule;
    }

    /// <summary>
    /// Whether a condition holds: every check met. A condition with no target holds — the one rule for the <c>retention</c> gate, the extra
    /// capitation reward and the pathway reward (a pack that pays an amount under a condition without targets loads with the warning
    /// <c>RETENTION_CONDITION_WITHOUT_TARGETS</c>).
    /// </summary>
    /// <param name="checks">The checks of one condition (<see cref="Check"/>).</param>
    /// <returns>Whether all are met.</returns>
    public static bool Holds(IEnumerable<TargetCheck> checks) => (checks ?? throw new ArgumentNullException(nameof(checks))).All(c => c.Met);

    /// <summary>Checks every target that gates <paramref name="appliesTo"/> against indicator values.</summary>
    /// <param name="appliesTo">What the targets gate, e.g. <c>capitation_extra</c>.</param>
    /// <param name="indicators">The indicator values; a missing indicator fails its target.</param>
    /// <returns>One check per target, in policy order; the condition holds when all are met, and when there is none (<see cref="Holds"/>).</returns>
    public ImmutableArray<TargetCheck> Check(string appliesTo, IReadOnlyDictionary<string, decimal> indicators)
    {
        if (indicators is null) throw new ArgumentNullException(nameof(indicators));
        return Targets.Where(t => string.Equals(t.AppliesTo, appliesTo, StringComparison.OrdinalIgnoreCase))
            .Select(t => indicators.TryGetValue(t.Indicator, out var v) ? new TargetCheck(t, v, t.IsMet(v)) : new TargetCheck(t, null, false))
            .ToImmutableArray();
    }

    /// <summary>An adjustment by name, or <see langword="null"/>.</summary>
    /// <param name="name">The adjustment name (case-insensitive).</param>
    /// <returns>The adjustment.</returns>
    public Adjustment? Adjustment(string name) => Adjustments.TryGetValue(name, out var a) ? a : null;

    /// <inheritdoc />
    public override string ToString() => Identity?.ToString() ?? "retention policy";
}
