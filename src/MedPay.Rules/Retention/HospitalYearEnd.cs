using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>
/// The hospital year-end computation (年终清算中的结余留用与超支分担): from the DRG/DIP payment total, the fee-for-item total and the policy,
/// the retained surplus, the fund-borne and hospital-borne overspend and the staff pool, for the hospital, each department and each group,
/// with the explanation of every number. Stateless and thread-safe.
/// </summary>
public static class HospitalYearEnd
{
    /// <summary>Computes the year-end report of a hospital.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="totals">The hospital's totals.</param>
    /// <returns>The report; when the input has errors, <see cref="YearEndReport.Hospital"/> is <see langword="null"/> and the issues say why.</returns>
    public static YearEndReport Compute(RetentionPolicy policy, YearEndTotals totals)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (totals.Hospital is null || totals.Departments.IsDefault || totals.Groups.IsDefault || totals.Indicators is null)
            throw new ArgumentException("the hospital line, departments, groups and indicators must be set (empty, not default) / 全院行、科室、病组和指标不能为默认值", nameof(totals));
        if (totals.Departments.Any(l => l is null) || totals.Groups.Any(l => l is null))
            throw new ArgumentException("a department or group line is null / 科室或病组行为空", nameof(totals));
        try
        {
            return ComputeUnchecked(policy, totals);
        }
        catch (OverflowException)
        {
            // Amounts near decimal's range (about 7.9 × 10^28): a structured error, never an exception (issue 14).
            return new YearEndReport(policy.Identity, null, ImmutableArray<RetentionOutcome>.Empty, ImmutableArray<RetentionOutcome>.Empty,
                ImmutableArray.Create(RetentionIssues.AmountOverflow.Create(totals.Hospital.Id, null, null, totals.Hospital.Id)));
        }
    }

    private static YearEndReport ComputeUnchecked(RetentionPolicy policy, YearEndTotals totals)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var grade = ResolveGrade(policy, totals.QualityGrade, totals.QualityScore, issues);
        foreach (var line in new[] { totals.Hospital }.Concat(totals.Departments).Concat(totals.Groups)) CheckAmounts(line, issues);
        if (issues.Any(i => i.Severity == IssueSeverity.Error))
            return new YearEndReport(policy.Identity, null, ImmutableArray<RetentionOutcome>.Empty, ImmutableArray<RetentionOutcome>.Empty, issues.ToImmutable());

        CheckSum("department", totals.Hospital, totals.Departments, issues);
        CheckSum("group", totals.Hospital, totals.Groups, issues);
        var hospital = Settle(policy, totals.Hospital, grade, totals.Indicators, false, issues);
        if (grade is not null && string.IsNullOrEmpty(totals.QualityGrade) && totals.QualityScore is { } score)
        {
            hospital = hospital with
            {
                Steps = hospital.Steps.Insert(0, Step("QUALITY_GRADE", score,
                    $"质量得分 {Figures.Number(score)} ≥ {Figures.Number(grade.MinScore ?? 0m)} → 等级 {grade.Name.Zh}",
                    $"quality score {Figures.Number(score)} ≥ {Figures.Number(grade.MinScore ?? 0m)} → grade {grade.Name.En}")),
            };
        }

        var departments = totals.Departments.Select(d => Settle(policy, d, grade, totals.Indicators, true, issues)).ToImmutableArray();
        var groups = totals.Groups.Select(g => Settle(policy, g, grade, totals.Indicators, false, issues)).ToImmutableArray();
        return new YearEndReport(policy.Identity, hospital, departments, groups, issues.ToImmutable());
    }

    /// <summary>
    /// Settles one line: margin, retention by the grade's surplus bands (gated by the <c>retention</c> targets, capped), overspend sharing by
    /// the overspend bands after the unreasonable part, the staff pool and, for departments, the internal shares.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="line">The line's totals (negative amounts are not allowed; check them first).</param>
    /// <param name="grade">The quality grade, or <see langword="null"/> to use the bands for every grade.</param>
    /// <param name="indicators">Indicator values for the <c>retention</c> targets.</param>
    /// <param name="department">Whether to add the department's internal shares.</param>
    /// <param name="issues">Receives warnings (missing indicators); may be <see langword="null"/>.</param>
    /// <returns>The outcome with its steps.</returns>
    public static RetentionOutcome Settle(RetentionPolicy policy, YearEndLine line, QualityGrade? grade, IReadOnlyDictionary<string, decimal> indicators,
        bool department, ICollection<Issue>? issues = null) =>
        Settle(policy, line, grade, indicators, department, false, issues);

    /// <summary>As the public <see cref="Settle(RetentionPolicy, YearEndLine, QualityGrade?, IReadOnlyDictionary{string, decimal}, bool, ICollection{Issue}?)"/>;
    /// with <paramref name="keepWholeSurplus"/> a surplus is kept whole instead of passing the retention rule (an alliance without retention tiers).</summary>
    internal static RetentionOutcome Settle(RetentionPolicy policy, YearEndLine line, QualityGrade? grade, IReadOnlyDictionary<string, decimal> indicators,
        bool department, bool keepWholeSurplus, ICollection<Issue>? issues)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        if (line is null) throw new ArgumentNullException(nameof(line));
        var p = policy.Parameters;
        var steps = ImmutableArray.CreateBuilder<RetentionStep>();
        var payment = Money.RoundToFen(line.Payment);
        var fee = Money.RoundToFen(line.FeeForItem);
        var adjusted = payment;
        if (grade is not null && p.QualityCoefficientOnPayment && grade.PaymentCoefficient != 1m)
        {
            adjusted = Money.RoundToFen(payment * grade.PaymentCoefficient);
            steps.Add(Step("QUALITY_COEFFICIENT", adjusted,
                $"质量等级 {grade.Name.Zh}：支付 {Figures.Yuan(payment)} × 系数 {Figures.Number(grade.PaymentCoefficient)} = {Figures.Yuan(adjusted)}",
                $"quality grade {grade.Name.En}: payment {Figures.Yuan(payment)} × coefficient {Figures.Number(grade.PaymentCoefficient)} = {Figures.Yuan(adjusted)}"));
        }

        var margin = adjusted - fee;
        steps.Add(Step("MARGIN", margin,
            $"支付 {Figures.Yuan(adjusted)} − 按项目费用 {Figures.Yuan(fee)} = {Figures.Yuan(margin)}（{(margin >= 0 ? "结余" : "超支")}）",
            $"payment {Figures.Yuan(adjusted)} − fee-for-item {Figures.Yuan(fee)} = {Figures.Yuan(margin)} ({(margin >= 0 ? "surplus" : "overspend")})"));
        var outcome = new RetentionOutcome { Id = line.Id, Name = line.Name, Grade = grade?.Code, Payment = payment, AdjustedPayment = adjusted, FeeForItem = fee };
        outcome = margin >= 0
            ? SettleSurplus(policy, outcome, margin, grade, indicators, keepWholeSurplus, steps, issues)
            : SettleOverspend(policy, outcome, -margin, Money.RoundToFen(line.Disallowed), steps);

        if (department)
        {
            var pay = Money.RoundToFen(outcome.Surplus * p.DepartmentSurplusShare);
            var borne = Money.RoundToFen(outcome.Overspend * p.DepartmentOverspendShare);
            if (outcome.Surplus > 0)
                steps.Add(Step("DEPARTMENT_PERFORMANCE_PAY", pay,
                    $"科室绩效 = 结余 {Figures.Yuan(outcome.Surplus)} × {Figures.Percent(p.DepartmentSurplusShare)} = {Figures.Yuan(pay)}",
                    $"department performance pay = surplus {Figures.Yuan(outcome.Surplus)} × {Figures.Percent(p.DepartmentSurplusShare)} = {Figures.Yuan(pay)}"));
            if (outcome.Overspend > 0)
                steps.Add(Step("DEPARTMENT_BORNE", borne,
                    $"科室承担 = 超支 {Figures.Yuan(outcome.Overspend)} × {Figures.Percent(p.DepartmentOverspendShare)} = {Figures.Yuan(borne)}",
                    $"borne by the department = overspend {Figures.Yuan(outcome.Overspend)} × {Figures.Percent(p.DepartmentOverspendShare)} = {Figures.Yuan(borne)}"));
            outcome = outcome with { DepartmentPerformancePay = pay, DepartmentBorne = borne };
        }

        return outcome with { Steps = steps.ToImmutable() };
    }

    private static RetentionOutcome SettleSurplus(RetentionPolicy policy, RetentionOutcome outcome, decimal surplus, QualityGrade? grade,
        IReadOnlyDictionary<string, decimal> indicators, bool keepWhole, ImmutableArray<RetentionStep>.Builder steps, ICollection<Issue>? issues)
    {
        var p = policy.Parameters;
        var checks = keepWhole ? ImmutableArray<TargetCheck>.Empty : policy.Check("retention", indicators);
        foreach (var missing in checks.Where(c => c.Value is null)) issues?.Add(RetentionIssues.MissingIndicator.Create(missing.Target.Indicator, null, null, missing.Target.Indicator));
        var retained = 0m;
        if (keepWhole)
        {
            retained = surplus;
            steps.Add(Step("SURPLUS_KEPT_WHOLE", retained,
                $"总额预算结余 {Figures.Yuan(surplus)} 全部留用，不按医院留用比例扣减（alliance_retention_tiers = 0）",
                $"the global budget's surplus {Figures.Yuan(surplus)} is kept whole, not cut by the hospital retention tiers (alliance_retention_tiers = 0)"));
        }
        else if (!RetentionPolicy.Holds(checks))
        {
            var failed = checks.First(c => !c.Met);
            steps.Add(Step("RETENTION_GATE", 0m,
                $"未达留用条件 {failed.Target}（实际 {(failed.Value is { } v ? Figures.Number(v) : "缺失")}），不予留用",
                $"retention condition {failed.Target} not met (value {(failed.Value is { } w ? Figures.Number(w) : "missing")}): nothing retained"));
        }
        else if (policy.SurplusSchedule(grade) is { } schedule)
        {
            var pieces = new List<BandPiece>();
            var raw = schedule.Apply(surplus, outcome.AdjustedPayment, pieces);
            foreach (var piece in pieces)
                steps.Add(Step("RETAIN_BAND", Money.RoundToFen(piece.Result),
                    $"结余 {Band(piece)} 部分 {Figures.Yuan(piece.Portion)} × {Figures.Percent(piece.Rate)} = {Figures.Yuan(piece.Result)}" + (grade is null ? string.Empty : $"（{grade.Name.Zh}）"),
                    $"surplus {Band(piece)}: {Figures.Yuan(piece.Portion)} × {Figures.Percent(piece.Rate)} = {Figures.Yuan(piece.Result)}" + (grade is null ? string.Empty : $" ({grade.Name.En})")));
            retained = Money.RoundToFen(raw);
            if (p.RetentionCapRatio is { } capRatio && retained > Money.RoundToFen(capRatio * outcome.AdjustedPayment))
            {
                var cap = Money.RoundToFen(capRatio * outcome.AdjustedPayment);
                steps.Add(Step("RETENTION_CAP", cap,
                    $"留用上限 = 支付 {Figures.Yuan(outcome.AdjustedPayment)} × {Figures.Percent(capRatio)} = {Figures.Yuan(cap)}，留用 {Figures.Yuan(retained)} 封顶为 {Figures.Yuan(cap)}",
                    $"retention cap = payment {Figures.Yuan(outcome.AdjustedPayment)} × {Figures.Percent(capRatio)} = {Figures.Yuan(cap)}; retained {Figures.Yuan(retained)} capped at {Figures.Yuan(cap)}"));
                retained = cap;
            }
        }

        else
        {
            steps.Add(Step("NO_SURPLUS_BANDS", 0m, "政策未给此等级设留用比例，不予留用", "the policy has no retention band for this grade: nothing retained"));
        }

        var toFund = surplus - retained;
        var staff = Money.RoundToFen(retained * p.StaffShare);
        steps.Add(Step("RETAINED", retained, $"留用 {Figures.Yuan(retained)}", $"retained {Figures.Yuan(retained)}"));
        steps.Add(Step("SURPLUS_TO_FUND", toFund,
            $"基金收回 = 结余 {Figures.Yuan(surplus)} − 留用 {Figures.Yuan(retained)} = {Figures.Yuan(toFund)}",
            $"kept by the fund = surplus {Figures.Yuan(surplus)} − retained {Figures.Yuan(retained)} = {Figures.Yuan(toFund)}"));
        if (retained > 0)
            steps.Add(Step("STAFF_POOL", staff,
                $"人员奖励 = 留用 {Figures.Yuan(retained)} × {Figures.Percent(p.StaffShare)} = {Figures.Yuan(staff)}；其余 {Figures.Yuan(retained - staff)} 用于医院发展",
                $"staff rewards = retained {Figures.Yuan(retained)} × {Figures.Percent(p.StaffShare)} = {Figures.Yuan(staff)}; the other {Figures.Yuan(retained - staff)} for the hospital's development"));
        return outcome with { Surplus = surplus, Retained = retained, SurplusToFund = toFund, StaffPool = staff, Checks = checks };
    }

    private static RetentionOutcome SettleOverspend(RetentionPolicy policy, RetentionOutcome outcome, decimal overspend, decimal disallowed,
        ImmutableArray<RetentionStep>.Builder steps)
    {
        var unreasonable = Math.Min(disallowed, overspend);
        var reasonable = overspend - unreasonable;
        if (unreasonable > 0)
            steps.Add(Step("OVERSPEND_DISALLOWED", unreasonable,
                $"不合理超支 {Figures.Yuan(unreasonable)} 由医院全额承担（超支不补）",
                $"unreasonable overspend {Figures.Yuan(unreasonable)} borne wholly by the hospital (not compensated)"));
        var pieces = new List<BandPiece>();
        var fundBorne = Money.RoundToFen(policy.OverspendSchedule.Apply(reasonable, outcome.AdjustedPayment, pieces));
        foreach (var piece in pieces)
            steps.Add(Step("OVERSPEND_BAND", Money.RoundToFen(piece.Result),
                $"合理超支 {Band(piece)} 部分 {Figures.Yuan(piece.Portion)} × 基金分担 {Figures.Percent(piece.Rate)} = {Figures.Yuan(piece.Result)}",
                $"reasonable overspend {Band(piece)}: {Figures.Yuan(piece.Portion)} × fund share {Figures.Percent(piece.Rate)} = {Figures.Yuan(piece.Result)}"));
        var hospitalBorne = overspend - fundBorne;
        steps.Add(Step("FUND_BORNE", fundBorne, $"基金分担 {Figures.Yuan(fundBorne)}", $"borne by the fund {Figures.Yuan(fundBorne)}"));
        steps.Add(Step("HOSPITAL_BORNE", hospitalBorne,
            $"医院承担 = 超支 {Figures.Yuan(overspend)} − 基金分担 {Figures.Yuan(fundBorne)} = {Figures.Yuan(hospitalBorne)}",
            $"borne by the hospital = overspend {Figures.Yuan(overspend)} − fund {Figures.Yuan(fundBorne)} = {Figures.Yuan(hospitalBorne)}"));
        return outcome with { Overspend = overspend, Disallowed = unreasonable, FundBorne = fundBorne, HospitalBorne = hospitalBorne };
    }

    /// <summary>The grade from the input's code, else from its score, else none; an unknown code is an error.</summary>
    internal static QualityGrade? ResolveGrade(RetentionPolicy policy, string? code, decimal? score, ICollection<Issue> issues, bool required = true)
    {
        QualityGrade? grade = null;
        if (!string.IsNullOrEmpty(code))
        {
            grade = policy.Grade(code!);
            if (grade is null) issues.Add(RetentionIssues.UnknownInputGrade.Create("quality_grade", code, null, code));
        }
        else if (score is { } s) grade = policy.GradeForScore(s);

        if (required && grade is null && issues.Count == 0 && policy.SurplusSchedule(null) is null) issues.Add(RetentionIssues.NoGrade.Create("quality_grade"));
        return grade;
    }

    internal static void CheckAmounts(YearEndLine line, ICollection<Issue> issues)
    {
        foreach (var (field, value) in new[] { ("payment", line.Payment), ("fee_for_item", line.FeeForItem), ("disallowed", line.Disallowed) })
        {
            if (value < 0) issues.Add(RetentionIssues.NegativeAmount.Create(line.Id + "." + field, Figures.Number(value), null, line.Id + "." + field, Figures.Number(value)));
        }
    }

    private static void CheckSum(string en, YearEndLine hospital, ImmutableArray<YearEndLine> lines, ICollection<Issue> issues)
    {
        if (lines.IsEmpty) return;
        var payment = lines.Sum(l => Money.RoundToFen(l.Payment));
        var fee = lines.Sum(l => Money.RoundToFen(l.FeeForItem));
        if (payment != Money.RoundToFen(hospital.Payment) || fee != Money.RoundToFen(hospital.FeeForItem))
            issues.Add(RetentionIssues.LinesDoNotAddUp.Create(en, Figures.Yuan(payment) + "/" + Figures.Yuan(fee), null,
                en, Figures.Yuan(payment) + " / " + Figures.Yuan(fee), Figures.Yuan(hospital.Payment) + " / " + Figures.Yuan(hospital.FeeForItem)));
    }

    private static string Band(BandPiece piece) =>
        "(" + Figures.Yuan(piece.From) + ", " + (piece.To is { } to ? Figures.Yuan(to) + "]" : "∞)");

    internal static RetentionStep Step(string code, decimal amount, string zh, string en) => new(code, amount, new LocalizedText(zh, en));
}
