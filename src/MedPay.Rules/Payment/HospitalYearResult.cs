using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>
/// A hospital's year under DRG payment: the DRG payment total against the fee-for-item total (Σ total cost) → surplus (结余) or overspend
/// (超支), by department and by DRG, with the special-case review count against its cap. This is the input of balance retention
/// (结余留用、合理超支分担, domain-primer §4; src/MedPay.Rules/Retention). Immutable.
/// </summary>
public sealed class HospitalYearResult
{
    internal HospitalYearResult(string hospital, int cases, int invalidCases, decimal drgPaymentTotal, decimal feeForItemTotal, decimal fundShareTotal,
        int specialReviewCases, int? specialReviewCap, ImmutableArray<HospitalYearLine> byDepartment, ImmutableArray<HospitalYearLine> byDrg, ImmutableArray<Issue> issues)
    {
        Hospital = hospital;
        Cases = cases;
        InvalidCases = invalidCases;
        DrgPaymentTotal = drgPaymentTotal;
        FeeForItemTotal = feeForItemTotal;
        FundShareTotal = fundShareTotal;
        SpecialReviewCases = specialReviewCases;
        SpecialReviewCap = specialReviewCap;
        ByDepartment = byDepartment;
        ByDrg = byDrg;
        Issues = issues;
    }

    /// <summary>The hospital (<c>-</c> when the cases did not name one).</summary>
    public string Hospital { get; }

    /// <summary>The number of paid cases (discharges), invalid ones excluded.</summary>
    public int Cases { get; }

    /// <summary>Cases left out because their input was invalid (<see cref="PaymentStatus.InvalidInput"/>).</summary>
    public int InvalidCases { get; }

    /// <summary>Σ payment under the DRG rules, to the fen.</summary>
    public decimal DrgPaymentTotal { get; }

    /// <summary>Σ total cost of the same cases: what fee-for-item payment would have been.</summary>
    public decimal FeeForItemTotal { get; }

    /// <summary>Σ fund share.</summary>
    public decimal FundShareTotal { get; }

    /// <summary>DRG payment − fee-for-item total: positive is a surplus, negative an overspend.</summary>
    public decimal Balance => DrgPaymentTotal - FeeForItemTotal;

    /// <summary>Whether the hospital ends the year with a surplus (<see cref="Balance"/> &gt; 0).</summary>
    public bool IsSurplus => Balance > 0;

    /// <summary>Whether the hospital ends the year with an overspend (<see cref="Balance"/> &lt; 0).</summary>
    public bool IsOverspend => Balance < 0;

    /// <summary>Cases sent to special-case review.</summary>
    public int SpecialReviewCases { get; }

    /// <summary>The most cases the cap allows = ⌊cap × cases⌋, or null when the pack sets no cap.</summary>
    public int? SpecialReviewCap { get; }

    /// <summary>By department, ordinal order of the department.</summary>
    public ImmutableArray<HospitalYearLine> ByDepartment { get; }

    /// <summary>By DRG (<c>0000</c> for ungroupable cases), ordinal order of the code.</summary>
    public ImmutableArray<HospitalYearLine> ByDrg { get; }

    /// <summary>
    /// Findings (<c>PAY_YEAR_SPECIAL_REVIEW_OVER_CAP</c>; <c>PAY_AMOUNT_OVERFLOW</c> when the hospital's amounts add up beyond decimal's
    /// range, the totals then being 0 and the breakdowns empty).
    /// </summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>
    /// Sums the paid cases of a year by hospital (ordinal order of the hospital), through <see cref="HospitalYearTotals"/>: feed that type
    /// case by case to sum a year too long to hold.
    /// </summary>
    /// <param name="cases">The cases.</param>
    /// <param name="payments">Their payments, in the same order.</param>
    /// <param name="policy">The policy with the special-review cap, or null for none.</param>
    /// <returns>One result per hospital.</returns>
    public static ImmutableArray<HospitalYearResult> Compute(IReadOnlyList<PaymentCase> cases, IReadOnlyList<CasePayment> payments, PaymentPolicy? policy = null)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        if (payments is null) throw new ArgumentNullException(nameof(payments));
        if (payments.Count != cases.Count) throw new ArgumentException("one payment per case is needed / 每个病例需要一个支付结果", nameof(payments));
        var totals = new HospitalYearTotals(policy);
        for (var i = 0; i < cases.Count; i++) totals.Add(cases[i], payments[i]);
        return totals.ToResults();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Hospital}: {Cases} cases, DRG payment {DrgPaymentTotal}, fee-for-item {FeeForItemTotal}, {(IsSurplus ? "surplus" : IsOverspend ? "overspend" : "balanced")} {Balance}";
}
