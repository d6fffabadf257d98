using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// The invariants of the retention computations as FsCheck properties. Amounts and rates come from unsized integers
/// (<see cref="DoNotSize{T}"/>: FsCheck's default integers stay within about ±100 over a run, which kept every amount under one yuan) mapped
/// to fen (0 … ~10^8 yuan), and to whole policies: surplus and overspend bands, caps, grades with their own bands, per-diem day bands,
/// alliance members with bonus-point indicators, so the properties reach schedules other than the seed's flat ones. The expected side of
/// each property is stated from the rule's definition (bounds, identities, comparisons between two runs), never by recomputing the
/// product's formula.
/// </summary>
public sealed class RetentionProperties
{
    private static readonly string[] Levels = { "tertiary", "secondary", "primary" };

    private static decimal Fen(long raw, long range = 10_000_000_000L) => Math.Abs(raw % range) / 100m;

    private static string Ratio(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Progressive bands from raw integers: up to four increasing bounds in (0, 0.90] of the base and a rate in [0, 1] per band (whole
    /// percent), then an open band at <paramref name="openRaw"/>'s rate.
    /// </summary>
    private static (decimal? UpTo, decimal Rate)[] Bands(DoNotSize<int>[]? raw, DoNotSize<int> openRaw)
    {
        var closed = (raw ?? Array.Empty<DoNotSize<int>>()).Select(r => r.Item).Take(4)
            .Select(r => (UpTo: (Math.Abs(r % 90) + 1) / 100m, Rate: Math.Abs(r / 90 % 101) / 100m))
            .GroupBy(b => b.UpTo).Select(g => g.First()).OrderBy(b => b.UpTo)
            .Select(b => ((decimal?)b.UpTo, b.Rate));
        return closed.Append((null, Math.Abs(openRaw.Item % 101) / 100m)).ToArray();
    }

    private static string BandRows(string key, (decimal? UpTo, decimal Rate)[] bands) =>
        string.Concat(bands.Select(b => (key.Length > 0 ? key + "," : string.Empty) + (b.UpTo is { } u ? Ratio(u) : string.Empty) + "," + Ratio(b.Rate) + "\n"));

    [Property]
    public bool Allocation_sums_exactly_and_each_part_is_within_a_fen_of_its_exact_share(DoNotSize<long> amountRaw, DoNotSize<int>[] weightsRaw, bool negative)
    {
        var weights = (weightsRaw ?? Array.Empty<DoNotSize<int>>()).Select(w => (decimal)Math.Abs(w.Item % 1000)).Append(1m).ToArray();
        var amount = Fen(amountRaw.Item) * (negative ? -1 : 1);
        var parts = FenAllocation.Allocate(amount, weights);
        var total = weights.Sum();
        return parts.Sum() == amount
            && parts.Select((p, i) => Math.Abs(p - amount * weights[i] / total)).All(d => d < 0.01m)
            && parts.All(p => Money.RoundToFen(p) == p)
            && parts.Select((p, i) => weights[i] == 0 ? p == 0 : true).All(x => x);
    }

    [Property]
    public bool Year_end_amounts_stay_within_the_bands_and_add_up(DoNotSize<long> payment, DoNotSize<long> fee, DoNotSize<long> disallowed,
        DoNotSize<int>[] surplusRaw, DoNotSize<int> surplusOpen, DoNotSize<int>[] overspendRaw, DoNotSize<int> overspendOpen, int capRaw, DoNotSize<int> staffRaw)
    {
        var surplusBands = Bands(surplusRaw, surplusOpen);
        var overspendBands = Bands(overspendRaw, overspendOpen);
        var cap = capRaw % 3 == 0 ? (decimal?)null : Math.Abs(capRaw % 20) / 100m;
        var staff = Math.Abs(staffRaw.Item % 101) / 100m;
        var policy = RetentionPolicy.Load(Pack(
            ("surplus_bands.csv", "grade,up_to,rate\n" + BandRows("*", surplusBands)),
            ("overspend_bands.csv", "up_to,fund_share\n" + BandRows(string.Empty, overspendBands)),
            ("parameters.csv", "name,value\nstaff_share," + Ratio(staff) + "\n" + (cap is { } c ? "retention_cap_ratio," + Ratio(c) + "\n" : string.Empty))));
        var (pay, cost, bad) = (Fen(payment.Item), Fen(fee.Item), Fen(disallowed.Item % 3 == 0 ? 0 : disallowed.Item));
        var o = HospitalYearEnd.Compute(policy, new YearEndTotals(new YearEndLine("H", "h", pay, cost, bad))).Hospital!;
        var reasonable = o.Overspend - Math.Min(bad, o.Overspend);
        const decimal halfFen = 0.005m;
        return o.Surplus - o.Overspend == pay - cost
            && o.Surplus >= 0 && o.Overspend >= 0 && (o.Surplus == 0 || o.Overspend == 0)
            && o.Retained + o.SurplusToFund == o.Surplus
            && (cap is not null || o.Retained >= surplusBands.Min(b => b.Rate) * o.Surplus - halfFen)
            && o.Retained <= surplusBands.Max(b => b.Rate) * o.Surplus + halfFen
            && (cap is not { } k || o.Retained <= k * pay + halfFen)
            && o.Disallowed == Math.Min(bad, o.Overspend)
            && o.FundBorne + o.HospitalBorne == o.Overspend
            && o.FundBorne >= overspendBands.Min(b => b.Rate) * reasonable - halfFen
            && o.FundBorne <= overspendBands.Max(b => b.Rate) * reasonable + halfFen
            && Math.Abs(o.StaffPool - staff * o.Retained) <= halfFen;
    }

    [Property]
    public bool A_better_grade_never_retains_less_unless_the_pack_warns(DoNotSize<int>[] lowRaw, DoNotSize<int> lowOpen, DoNotSize<int>[] midRaw, DoNotSize<int> midOpen,
        DoNotSize<int>[] highRaw, DoNotSize<int> highOpen, DoNotSize<long> surplusRaw, bool ordered)
    {
        // Either three independent schedules (mostly not monotone), or, when ordered, the low grade's bounds with every rate raised grade by
        // grade (monotone by construction: the pack must then load without a warning).
        var low = Bands(lowRaw, lowOpen);
        (decimal? UpTo, decimal Rate)[] Raise((decimal? UpTo, decimal Rate)[] below, (decimal? UpTo, decimal Rate)[] by) =>
            below.Select((b, i) => (b.UpTo, Math.Min(1m, b.Rate + by[i % by.Length].Rate))).ToArray();
        var mid = ordered ? Raise(low, Bands(midRaw, midOpen)) : Bands(midRaw, midOpen);
        var high = ordered ? Raise(mid, Bands(highRaw, highOpen)) : Bands(highRaw, highOpen);
        var grades = new[] { ("low", low), ("mid", mid), ("high", high) };
        var policy = RetentionPolicy.Load(Pack(
            ("grades.csv", "grade,rank\nlow,1\nmid,2\nhigh,3\n"),
            ("surplus_bands.csv", "grade,up_to,rate\n" + string.Concat(grades.Select(g => BandRows(g.Item1, g.Item2))))));
        const decimal pay = 1000000m;
        decimal[] Retained(decimal surplus) => grades.Select(g => HospitalYearEnd.Compute(policy, Hospital(pay, pay - surplus, g.Item1)).Hospital!.Retained).ToArray();
        var warned = policy.Issues.Where(i => i.Code == "RETENTION_NOT_MONOTONE_IN_GRADE").Select(i => i.Value).ToHashSet();
        if (ordered && warned.Count > 0) return false;
        if (warned.Count == 0)
        {
            // No warning: at any surplus up to the whole payment, retained is non-decreasing from low to mid to high.
            var r = Retained(Fen(surplusRaw.Item, 100_000_001L));
            return r[0] <= r[1] && r[1] <= r[2];
        }

        // A warning names the better grade of a pair; at one of the band bounds, or with the whole payment as surplus (the most a surplus can
        // be), it must retain strictly less than the grade below it. Bounds are whole percent of 1,000,000 and rates whole percent, so every
        // amount is exact to the fen.
        var bounds = grades.SelectMany(g => g.Item2).Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value).Append(1m).Distinct().ToArray();
        return warned.All(code =>
        {
            var i = Array.FindIndex(grades, g => g.Item1 == code);
            return i > 0 && bounds.Any(b => Retained(b * pay) is var r && r[i] < r[i - 1]);
        });
    }

    [Property]
    public bool Alliance_shares_add_up_and_bonus_points_never_move_an_overspend(DoNotSize<long> budget, DoNotSize<long>[] costsRaw, int[] levels, int[] experts,
        DoNotSize<long> referralRaw, int ruleChoice, bool tiers)
    {
        var referralBase = referralRaw.Item;
        var members = (costsRaw ?? Array.Empty<DoNotSize<long>>()).Select(c => c.Item).Take(8).Select((c, i) =>
            Member("M" + i, Levels[Math.Abs((levels is { Length: > 0 } ? levels[i % levels.Length] : i) % 3)], cost: Fen(c, 100_000_000_00L),
                revenue: Fen(c * 7, 100_000_000_00L), volume: Math.Abs(c % 50),
                indicators: new[] { ("experts_posted", experts is { Length: > 0 } ? Math.Abs(experts[i % experts.Length] % 20) : 0m),
                    ("group_cost_reduction", experts is { Length: > 0 } ? Math.Abs(experts[i % experts.Length] % 25) / 100m : 0m) })).ToImmutableArray();
        if (members.Length < 2) return true;
        var policy = tiers ? Seed.WithParameters(Seed.Parameters.With("alliance_retention_tiers", 1m)) : Seed;
        var input = new AllianceYearEndInput
        {
            Budget = Fen(budget.Item, 100_000_000_00L * 4), Members = members, QualityGrade = "qualified",
            ShareRule = ruleChoice % 2 == 0 ? "alliance_30_40_30" : "alliance_60_40",
            Referrals = [new Referral("R1", "M1", "M0", ReferralDirection.Up, GroupCost: Fen(referralBase)), new Referral("R2", "M0", "M1", ReferralDirection.Down, InsuranceQuota: Fen(referralBase * 3))],
            AdverseEvents = [new AdverseEvent("E1", "M1", "M0", "primary_capability", Fen(referralBase * 5))],
        };
        var report = AllianceYearEnd.Compute(policy, input);
        var a = report.Alliance!;
        var m = report.Members;
        var toSplit = a.Retained - a.HospitalBorne;
        var withoutPoints = AllianceYearEnd.Compute(policy, new AllianceYearEndInput
        {
            Budget = input.Budget, Members = members.Select(x => x with { Indicators = ImmutableDictionary<string, decimal>.Empty }).ToImmutableArray(),
            QualityGrade = input.QualityGrade, ShareRule = input.ShareRule,
        }).Members.Select(x => x.Share);
        return a.Retained + a.SurplusToFund == a.Surplus && a.FundBorne + a.HospitalBorne == a.Overspend
            && (tiers || a.Retained == a.Surplus)
            && m.Sum(x => x.Share) == toSplit
            && m.All(x => toSplit >= 0 ? x.Share >= 0 : x.Share <= 0)
            && (toSplit >= 0 || m.Select(x => x.Share).SequenceEqual(withoutPoints))
            && m.Sum(x => x.ReferralIn) == m.Sum(x => x.ReferralOut)
            && m.Sum(x => x.Net) == toSplit - m.Sum(x => x.RiskContribution) - m.Sum(x => x.Liability)
            && m.Sum(x => x.Liability) + (m.Sum(x => x.RiskContribution) - report.RiskFundNet) == Money.RoundToFen(Fen(referralBase * 5));
    }

    [Property]
    public bool Each_further_day_is_paid_at_the_rate_of_its_band(DoNotSize<int>[] lengthsRaw, DoNotSize<int>[] ratesRaw, DoNotSize<int> daysRaw)
    {
        // Day bands from 1 with generated lengths (1–60 days, up to four closed bands) and rates (0–999 yuan), the last band open.
        var lengths = (lengthsRaw ?? Array.Empty<DoNotSize<int>>()).Take(4).Select(l => Math.Abs(l.Item % 60) + 1).ToArray();
        var rates = Enumerable.Range(0, lengths.Length + 1).Select(i => ratesRaw is { Length: > 0 } ? Math.Abs(ratesRaw[i % ratesRaw.Length].Item % 1000) : 100).ToArray();
        var csv = new StringBuilder("service,from_day,to_day,rate_per_day\n");
        var from = 1;
        for (var i = 0; i < lengths.Length; i++)
        {
            csv.Append("x,").Append(from).Append(',').Append(from + lengths[i] - 1).Append(',').Append(rates[i]).Append('\n');
            from += lengths[i];
        }

        csv.Append("x,").Append(from).Append(",,").Append(rates[lengths.Length]).Append('\n');
        var tariff = RetentionPolicy.Load(Pack(("per_diem.csv", csv.ToString()))).PerDiem;
        var days = Math.Abs(daysRaw.Item % 300);
        var nextDay = days + 1;
        var (band, end) = (0, 0);
        while (band < lengths.Length && nextDay > end + lengths[band]) end += lengths[band++];
        return tariff.Pay("x", 0)!.Amount == 0m && tariff.Pay("x", nextDay)!.Amount - tariff.Pay("x", days)!.Amount == rates[band];
    }
}
