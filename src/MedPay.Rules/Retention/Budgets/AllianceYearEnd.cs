using System.Collections.Immutable;
using static MedPay.Rules.Retention.HospitalYearEnd;

namespace MedPay.Rules.Retention.Budgets;

/// <summary>
/// The year-end settlement of a medical alliance under one global budget: the alliance keeps its whole surplus (or, with
/// <c>alliance_retention_tiers = 1</c>, what the hospital retention tiers leave of it) and shares reasonable overspend with the fund; a
/// surplus is split between members by the share rule with bonus points, an overspend by the rule's overspend split
/// (<see cref="RetentionPolicy.OverspendRule"/>, base shares only); then referral fees and transfers, risk-fund contributions and
/// adverse-event liabilities are applied. Stateless and thread-safe.
/// </summary>
public static class AllianceYearEnd
{
    /// <summary>Computes the alliance's year-end report.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="input">The alliance's figures.</param>
    /// <returns>The report; on input errors <see cref="AllianceReport.Alliance"/> is <see langword="null"/> and the issues say why.</returns>
    public static AllianceReport Compute(RetentionPolicy policy, AllianceYearEndInput input)
    {
        if (policy is null) throw new ArgumentNullException(nameof(policy));
        if (input is null) throw new ArgumentNullException(nameof(input));
        if (input.Members.IsDefault || input.Referrals.IsDefault || input.AdverseEvents.IsDefault || input.Indicators is null)
            throw new ArgumentException("members, referrals, adverse events and indicators must be set (empty, not default) / 成员、转诊、不良事件和指标不能为默认值", nameof(input));
        if (input.Members.Any(m => m is null || m.Id is null || m.Level is null || m.Indicators is null) || input.Referrals.Any(r => r is null) || input.AdverseEvents.Any(e => e is null))
            throw new ArgumentException("a member, referral or adverse event is null or has a null id, level or indicators / 成员、转诊或不良事件为空", nameof(input));
        try
        {
            return ComputeUnchecked(policy, input);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            // Budgets and member values near decimal's range (about 7.9 × 10^28): a structured error, never an exception (issue 14).
            return new AllianceReport(policy.Identity, null, ImmutableArray<MemberSettlement>.Empty, 0m,
                ImmutableArray.Create(RetentionIssues.AmountOverflow.Create(input.Id, null, null, input.Id)));
        }
    }

    private static AllianceReport ComputeUnchecked(RetentionPolicy policy, AllianceYearEndInput input)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var tiers = policy.Parameters.AllianceRetentionTiers;
        var grade = ResolveGrade(policy, input.QualityGrade, input.QualityScore, issues, required: tiers);
        var rule = policy.ShareRule(input.ShareRule);
        if (rule is null) issues.Add(RetentionIssues.UnknownRule.Create("share_rule", input.ShareRule, null, input.ShareRule));
        Validate(policy, input, issues);
        if (issues.Any(i => i.Severity == IssueSeverity.Error)) return new AllianceReport(policy.Identity, null, ImmutableArray<MemberSettlement>.Empty, 0m, issues.ToImmutable());

        var members = input.Members;
        var alliance = Settle(policy, new YearEndLine(input.Id, input.Name, input.Budget, members.Sum(m => Money.RoundToFen(m.Cost))), grade, input.Indicators,
            false, !tiers, issues);
        var toSplit = alliance.Retained - alliance.HospitalBorne;
        var overspend = toSplit < 0;
        var splitRule = overspend ? policy.OverspendRule(rule!) : rule!;
        var weights = overspend ? MemberSplit.BaseWeights(splitRule, members, issues) : MemberSplit.Weights(policy, splitRule, members, issues);
        var shares = MemberSplit.Allocate(toSplit, weights);
        var totalWeight = weights.Sum(w => w.Weight);
        var steps = members.Select(_ => ImmutableArray.CreateBuilder<RetentionStep>()).ToArray();
        var referralIn = new decimal[members.Length];
        var referralOut = new decimal[members.Length];
        var liability = new decimal[members.Length];
        var index = members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < members.Length; i++)
        {
            var w = weights[i];
            var baseZh = w.Party is null ? "不在分配规则中 0" : $"{w.Party.Party} 份额 {Figures.Number(w.Party.Share)} 中分得 {Figures.Number(w.BaseWeight)}（{Within(w.Party.Within).Zh}）";
            var baseEn = w.Party is null ? "not in the share rule: 0" : $"{Figures.Number(w.BaseWeight)} of {w.Party.Party}'s share {Figures.Number(w.Party.Share)} ({Within(w.Party.Within).En})";
            steps[i].Add(overspend
                ? Step("WEIGHT", w.Weight,
                    $"超支分担权重（规则 {splitRule.Name}，只按基础份额，不计加分）= {baseZh} = {Figures.Number(w.Weight)}",
                    $"overspend weight (rule {splitRule.Name}, base shares only, no bonus points) = {baseEn} = {Figures.Number(w.Weight)}")
                : Step("WEIGHT", w.Weight,
                    $"权重 = {baseZh} + 加分 {Figures.Number(w.Points)} = {Figures.Number(w.Weight)}",
                    $"weight = {baseEn} + points {Figures.Number(w.Points)} = {Figures.Number(w.Weight)}"));
            steps[i].Add(Step("SHARE", shares[i],
                $"{(overspend ? "承担超支" : "留用结余")} {Figures.Yuan(toSplit)} × {Figures.Number(w.Weight)} / {Figures.Number(totalWeight)} → {Figures.Yuan(shares[i])}（分按最大余数法）",
                $"{(overspend ? "borne overspend" : "retained surplus")} {Figures.Yuan(toSplit)} × {Figures.Number(w.Weight)} / {Figures.Number(totalWeight)} → {Figures.Yuan(shares[i])} (fen by largest remainder)"));
        }

        foreach (var referral in input.Referrals)
        {
            var up = referral.Direction == ReferralDirection.Up;
            var (payer, payee) = up ? (index[referral.To], index[referral.From]) : (index[referral.From], index[referral.To]);
            var rate = up ? policy.Parameters.UpReferralFeeRate : policy.Parameters.DownReferralQuotaRate;
            var basis = up ? referral.GroupCost : referral.InsuranceQuota;
            var amount = Money.RoundToFen(basis * rate);
            referralOut[payer] += amount;
            referralIn[payee] += amount;
            var zh = up
                ? $"上转 {referral.Id}：协调费 = 病组费用 {Figures.Yuan(basis)} × {Figures.Percent(rate)} = {Figures.Yuan(amount)}，{members[payer].Id} 付给 {members[payee].Id}"
                : $"下转 {referral.Id}：转移 = 医保额度 {Figures.Yuan(basis)} × {Figures.Percent(rate)} = {Figures.Yuan(amount)}，{members[payer].Id} 付给 {members[payee].Id}";
            var en = up
                ? $"up-referral {referral.Id}: coordination fee = group cost {Figures.Yuan(basis)} × {Figures.Percent(rate)} = {Figures.Yuan(amount)}, paid by {members[payer].Id} to {members[payee].Id}"
                : $"down-referral {referral.Id}: transfer = insurance quota {Figures.Yuan(basis)} × {Figures.Percent(rate)} = {Figures.Yuan(amount)}, paid by {members[payer].Id} to {members[payee].Id}";
            steps[payer].Add(Step("REFERRAL_OUT", amount, zh, en));
            steps[payee].Add(Step("REFERRAL_IN", amount, zh, en));
        }

        var contributions = members.Select(m => Money.RoundToFen(m.Revenue * (policy.RiskFundRates.TryGetValue(m.Level, out var r) ? r : 0m))).ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            var rate = policy.RiskFundRates.TryGetValue(members[i].Level, out var r) ? r : 0m;
            steps[i].Add(Step("RISK_FUND", contributions[i],
                $"风险基金缴纳 = 业务收入 {Figures.Yuan(members[i].Revenue)} × {Figures.Percent(rate)} = {Figures.Yuan(contributions[i])}",
                $"risk-fund contribution = revenue {Figures.Yuan(members[i].Revenue)} × {Figures.Percent(rate)} = {Figures.Yuan(contributions[i])}"));
        }

        var fundPaid = 0m;
        foreach (var ev in input.AdverseEvents)
        {
            var split = policy.ShareRule("liability_" + ev.Cause)!.Split(ev.Amount);
            foreach (var part in split)
            {
                var who = part.Key.ToLowerInvariant() switch { "upper" => index[ev.Upper], "primary" => index[ev.Primary], _ => -1 };
                if (who < 0)
                {
                    fundPaid += part.Value;
                    continue;
                }

                liability[who] += part.Value;
                steps[who].Add(Step("LIABILITY", part.Value,
                    $"不良事件 {ev.Id}（{ev.Cause}）：{Figures.Yuan(ev.Amount)} 中承担 {Figures.Yuan(part.Value)}（{part.Key}）",
                    $"adverse event {ev.Id} ({ev.Cause}): {Figures.Yuan(part.Value)} of {Figures.Yuan(ev.Amount)} as {part.Key}"));
            }
        }

        var settlements = members.Select((m, i) => new MemberSettlement
        {
            Member = m, Points = weights[i].Points, Weight = weights[i].Weight, Share = shares[i], ReferralIn = referralIn[i], ReferralOut = referralOut[i],
            RiskContribution = contributions[i], Liability = liability[i], Steps = steps[i].ToImmutable(),
        }).ToImmutableArray();
        return new AllianceReport(policy.Identity, alliance, settlements, contributions.Sum() - fundPaid, issues.ToImmutable());
    }

    private static LocalizedText Within(SplitBasis basis) => basis switch
    {
        SplitBasis.Volume => new LocalizedText("按服务量", "by volume"),
        SplitBasis.Revenue => new LocalizedText("按业务收入", "by revenue"),
        SplitBasis.Cost => new LocalizedText("按费用", "by cost"),
        _ => new LocalizedText("均分", "equally"),
    };

    private static void Validate(RetentionPolicy policy, AllianceYearEndInput input, ICollection<Issue> issues)
    {
        if (input.Budget < 0) issues.Add(RetentionIssues.NegativeAmount.Create("budget", Figures.Number(input.Budget), null, "budget", Figures.Number(input.Budget)));
        if (input.Members.IsDefaultOrEmpty) issues.Add(RetentionIssues.NoMembers.Create("members"));
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in input.Members)
        {
            if (!ids.Add(m.Id)) issues.Add(RetentionIssues.Duplicate.Create("member", m.Id, null, "member", m.Id));
            foreach (var (field, value) in new[] { ("cost", m.Cost), ("revenue", m.Revenue), ("volume", m.Volume) })
            {
                if (value < 0) issues.Add(RetentionIssues.NegativeAmount.Create(m.Id + "." + field, Figures.Number(value), null, m.Id + "." + field, Figures.Number(value)));
            }
        }

        void Known(string id, string field)
        {
            if (!ids.Contains(id)) issues.Add(RetentionIssues.UnknownMember.Create(field, id, null, id));
        }

        foreach (var r in input.Referrals)
        {
            Known(r.From, "referral.from");
            Known(r.To, "referral.to");
            if (r.GroupCost < 0 || r.InsuranceQuota < 0) issues.Add(RetentionIssues.NegativeAmount.Create("referral." + r.Id, r.Id, null, "referral " + r.Id, "-"));
        }

        foreach (var e in input.AdverseEvents)
        {
            Known(e.Primary, "event.primary");
            Known(e.Upper, "event.upper");
            if (policy.ShareRule("liability_" + e.Cause) is null) issues.Add(RetentionIssues.UnknownRule.Create("event.cause", e.Cause, null, "liability_" + e.Cause));
            if (e.Amount < 0) issues.Add(RetentionIssues.NegativeAmount.Create("event." + e.Id, Figures.Number(e.Amount), null, "event " + e.Id, Figures.Number(e.Amount)));
        }
    }
}
