using System.Collections.Immutable;
using FsCheck.Xunit;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// The invariants of issue 7 as FsCheck properties. Generated integers are mapped to amounts in fen (0 … ~10^10 fen) and to weights, so
/// every amount is a whole number of fen as the year-end inputs are.
/// </summary>
public sealed class RetentionProperties
{
    private static decimal Fen(long raw, long range = 10_000_000_000L) => Math.Abs(raw % range) / 100m;

    [Property]
    public bool Allocation_sums_exactly_and_each_part_is_within_a_fen_of_its_exact_share(long amountRaw, int[] weightsRaw, bool negative)
    {
        var weights = (weightsRaw ?? Array.Empty<int>()).Select(w => (decimal)Math.Abs(w % 1000)).Append(1m).ToArray();
        var amount = Fen(amountRaw) * (negative ? -1 : 1);
        var parts = FenAllocation.Allocate(amount, weights);
        var total = weights.Sum();
        return parts.Sum() == amount
            && parts.Select((p, i) => Math.Abs(p - amount * weights[i] / total)).All(d => d < 0.01m)
            && parts.All(p => Money.RoundToFen(p) == p)
            && parts.Select((p, i) => weights[i] == 0 ? p == 0 : true).All(x => x);
    }

    [Property]
    public bool Year_end_amounts_reconcile_with_the_totals(long payment, long fee, long disallowed, int grade, bool quota, bool tilt)
    {
        var policy = quota ? Quota : Seed;
        if (tilt) policy = policy.WithParameters(policy.Parameters.With("quality_coefficient_on_payment", 1m));
        var code = policy.Grades.IsEmpty ? null : policy.Grades[Math.Abs(grade % policy.Grades.Length)].Code;
        var totals = new YearEndTotals(new YearEndLine("H", "h", Fen(payment), Fen(fee), Fen(disallowed)))
        {
            QualityGrade = code,
            Indicators = Indicators(("inpatient_outpatient_ratio", 0.01m)),
        };
        var o = HospitalYearEnd.Compute(policy, totals).Hospital!;
        return o.Reconciles
            && o.Retained >= 0 && o.Retained <= o.Surplus && o.FundBorne >= 0 && o.FundBorne <= o.Overspend
            && o.StaffPool + o.DevelopmentFund == o.Retained
            && (o.Surplus == 0 || o.Overspend == 0);
    }

    [Property]
    public bool Retention_is_non_decreasing_in_quality_grade(long payment, long surplus)
    {
        var pay = Fen(payment) + 0.01m;
        var fee = Math.Max(0m, pay - Fen(surplus));
        var retained = Seed.Grades.Select(g => HospitalYearEnd.Compute(Seed, Hospital(pay, fee, g.Code)).Hospital!.Retained).ToArray();
        return retained.Zip(retained.Skip(1), (worse, better) => worse <= better).All(x => x);
    }

    [Property]
    public bool Alliance_shares_add_up_and_transfers_balance(long budget, long[] costs, int[] levels, long referralBase, int ruleChoice)
    {
        var levelNames = new[] { "tertiary", "secondary", "primary" };
        var members = (costs ?? Array.Empty<long>()).Take(8).Select((c, i) =>
            Member("M" + i, levelNames[Math.Abs((levels is { Length: > 0 } ? levels[i % levels.Length] : i) % 3)], cost: Fen(c, 100_000_000_00L),
                revenue: Fen(c * 7, 100_000_000_00L), volume: Math.Abs(c % 50))).ToImmutableArray();
        if (members.Length < 2) return true;
        var input = new AllianceYearEndInput
        {
            Budget = Fen(budget, 100_000_000_00L * 4), Members = members, QualityGrade = "qualified",
            ShareRule = ruleChoice % 2 == 0 ? "alliance_30_40_30" : "alliance_60_40",
            Referrals = [new Referral("R1", "M1", "M0", ReferralDirection.Up, GroupCost: Fen(referralBase)), new Referral("R2", "M0", "M1", ReferralDirection.Down, InsuranceQuota: Fen(referralBase * 3))],
            AdverseEvents = [new AdverseEvent("E1", "M1", "M0", "primary_capability", Fen(referralBase * 5))],
        };
        var report = AllianceYearEnd.Compute(Seed, input);
        var a = report.Alliance!;
        var m = report.Members;
        return a.Reconciles
            && m.Sum(x => x.Share) == a.Retained - a.HospitalBorne
            && m.Sum(x => x.ReferralIn) == m.Sum(x => x.ReferralOut)
            && m.Sum(x => x.Net) == a.Retained - a.HospitalBorne - m.Sum(x => x.RiskContribution) - m.Sum(x => x.Liability)
            && m.Sum(x => x.Liability) + (m.Sum(x => x.RiskContribution) - report.RiskFundNet) == Money.RoundToFen(Fen(referralBase * 5));
    }

    [Property]
    public bool Per_diem_payment_grows_with_days_and_equals_the_band_sum(int daysRaw, bool psychiatry)
    {
        var service = psychiatry ? "psychiatry" : "rehabilitation";
        var days = Math.Abs(daysRaw % 400);
        var pay = Seed.PerDiem.Pay(service, days)!;
        var next = Seed.PerDiem.Pay(service, days + 1)!;
        return next.Amount > pay.Amount && pay.Pieces.Sum(p => p.Days) == days && pay.Amount == pay.Pieces.Sum(p => p.Days * p.Band.RatePerDay);
    }
}
