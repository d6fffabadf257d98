using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Payment;

/// <summary>
/// The year-end sums of <see cref="HospitalYearResult"/> built case by case, so a year of any length can be summed as it is paid: feed
/// each case with its payment (<see cref="Add"/>), in the order they come, then take <see cref="ToResults"/>. It keeps one total per
/// hospital, per department and per DRG — nothing per case — and adds in the order the cases were fed, so the results are the same, to
/// the last digit, as <see cref="HospitalYearResult.Compute"/> over the same cases in the same order (which sums through this type): the
/// same hospitals in the same order, the same sums, the same special-review cap finding, and a hospital whose amounts add up beyond
/// decimal's range reported with <c>PAY_AMOUNT_OVERFLOW</c> and zero totals. Not thread-safe: feed it from one thread.
/// </summary>
public sealed class HospitalYearTotals
{
    private readonly PaymentPolicy? _policy;
    private readonly Dictionary<string, Hospital> _hospitals = new(StringComparer.Ordinal);
    private Hospital? _last;

    /// <summary>Starts an empty year.</summary>
    /// <param name="policy">The policy with the special-review cap, or null for none.</param>
    public HospitalYearTotals(PaymentPolicy? policy = null) => _policy = policy;

    /// <summary>The number of cases fed so far (invalid ones included).</summary>
    public long CasesAdded { get; private set; }

    /// <summary>Adds one case and its payment.</summary>
    /// <param name="paymentCase">The case.</param>
    /// <param name="payment">Its payment.</param>
    public void Add(in PaymentCase paymentCase, in CasePayment payment)
    {
        var key = string.IsNullOrEmpty(paymentCase.Hospital) ? "-" : paymentCase.Hospital!;
        var hospital = _last;
        if (hospital is null || !string.Equals(hospital.Key, key, StringComparison.Ordinal))
        {
            if (!_hospitals.TryGetValue(key, out hospital)) _hospitals.Add(key, hospital = new Hospital(key));
            _last = hospital;
        }

        CasesAdded++;
        if (payment.Status == PaymentStatus.InvalidInput)
        {
            hospital.Invalid++;
            return;
        }

        hospital.Valid++;
        if (payment.SpecialReview) hospital.Review++;
        if (hospital.Overflowed) return;
        try
        {
            hospital.All.Add(paymentCase, payment);
            Line(hospital.ByDepartment, string.IsNullOrEmpty(paymentCase.Department) ? "-" : paymentCase.Department!).Add(paymentCase, payment);
            Line(hospital.ByDrg, paymentCase.HasDrg ? paymentCase.DrgCode : Drg.DrgResult.UngroupableCode).Add(paymentCase, payment);
        }
        catch (OverflowException)
        {
            // One of the hospital's sums is past decimal's range: the hospital is reported with the overflow finding, its sums dropped.
            hospital.Overflowed = true;
            hospital.ByDepartment.Clear();
            hospital.ByDrg.Clear();
        }
    }

    /// <summary>The year so far: one result per hospital, in ordinal order of the hospital (<c>-</c> for cases without one).</summary>
    /// <returns>The results.</returns>
    public ImmutableArray<HospitalYearResult> ToResults()
    {
        var keys = _hospitals.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<HospitalYearResult>(keys.Length);
        foreach (var key in keys) results.Add(Result(_hospitals[key]));
        return results.MoveToImmutable();
    }

    private static Sum Line(Dictionary<string, Sum> lines, string key)
    {
        if (!lines.TryGetValue(key, out var line)) lines.Add(key, line = new Sum());
        return line;
    }

    private HospitalYearResult Result(Hospital h)
    {
        if (h.Overflowed)
        {
            return new HospitalYearResult(h.Key, h.Valid, h.Invalid, 0m, 0m, 0m, 0, null, ImmutableArray<HospitalYearLine>.Empty, ImmutableArray<HospitalYearLine>.Empty,
                ImmutableArray.Create(PaymentIssues.AmountOverflow.Create("hospital", h.Key, null, h.Key)));
        }

        int? cap = _policy?.SpecialReviewCap is { } share ? (int)Math.Floor(share * h.Valid) : null;
        var issues = ImmutableArray<Issue>.Empty;
        if (cap is { } c && h.Review > c)
        {
            issues = ImmutableArray.Create(PaymentIssues.SpecialReviewOverCap.Create("special_review", h.Review.ToString(CultureInfo.InvariantCulture), null,
                h.Key, h.Review, c, h.Valid, _policy!.SpecialReviewCap!.Value.ToString("0.####", CultureInfo.InvariantCulture)));
        }

        return new HospitalYearResult(h.Key, h.Valid, h.Invalid, h.All.Payment, h.All.FeeForItem, h.All.Fund, h.Review, cap, Lines(h.ByDepartment), Lines(h.ByDrg), issues);
    }

    private static ImmutableArray<HospitalYearLine> Lines(Dictionary<string, Sum> lines)
    {
        var keys = lines.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<HospitalYearLine>(keys.Length);
        foreach (var key in keys)
        {
            var line = lines[key];
            result.Add(new HospitalYearLine(key, line.Cases, line.Payment, line.FeeForItem, line.Fund));
        }

        return result.MoveToImmutable();
    }

    /// <summary>One hospital's counts and sums.</summary>
    private sealed class Hospital
    {
        public Hospital(string key) => Key = key;

        public string Key { get; }

        public int Valid { get; set; }

        public int Invalid { get; set; }

        public int Review { get; set; }

        public bool Overflowed { get; set; }

        public Sum All { get; } = new();

        public Dictionary<string, Sum> ByDepartment { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Sum> ByDrg { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The running sums of one line: Σ payment, Σ total cost, Σ fund share, and the cases.</summary>
    private sealed class Sum
    {
        public int Cases { get; private set; }

        public decimal Payment { get; private set; }

        public decimal FeeForItem { get; private set; }

        public decimal Fund { get; private set; }

        /// <summary>Adds a case; <see cref="OverflowException"/> when a sum leaves decimal's range.</summary>
        public void Add(in PaymentCase c, in CasePayment p)
        {
            Payment += p.Payment;
            FeeForItem += c.TotalCost;
            Fund += p.FundShare;
            Cases++;
        }
    }
}
