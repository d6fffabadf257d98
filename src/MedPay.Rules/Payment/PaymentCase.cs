using MedPay.Rules.Drg;

namespace MedPay.Rules.Payment;

/// <summary>
/// One case to pay: its DRG (from a <see cref="DrgResult"/> or given directly, so DIP and other callers need not group), its total
/// cost and the insured person's own payment in yuan, fund, hospital grade and length of stay, plus the attributes the indicators and the
/// year-end result use (hospital, department, death). A small immutable value; building and paying one allocates nothing.
/// </summary>
public readonly struct PaymentCase
{
    /// <summary>The case id, for reports.</summary>
    public string? Id { get; init; }

    /// <summary>The DRG code, e.g. <c>HC25</c>; <c>0000</c> or empty for an ungroupable case.</summary>
    public string DrgCode { get; init; }

    /// <summary>How the case was grouped (default <see cref="DrgGroupingStatus.Grouped"/>).</summary>
    public DrgGroupingStatus GroupingStatus { get; init; }

    /// <summary>The total cost of the stay in yuan (what fee-for-item payment would be, 医疗总费用).</summary>
    public decimal TotalCost { get; init; }

    /// <summary>The insured person's own payment in yuan (个人支付: self-paid items, deductible and co-payment).</summary>
    public decimal PersonalPayment { get; init; }

    /// <summary>The fund the case is settled with.</summary>
    public InsuredFund Fund { get; init; }

    /// <summary>The hospital grade as the pack names it, e.g. <c>3</c> for tertiary.</summary>
    public string Grade { get; init; }

    /// <summary>The length of stay in days.</summary>
    public int LengthOfStay { get; init; }

    /// <summary>The add-ons that apply, as a mask of <see cref="PaymentAddOn.Bit"/> values.</summary>
    public uint AddOns { get; init; }

    /// <summary>The hospital, for indicators and the year-end result.</summary>
    public string? Hospital { get; init; }

    /// <summary>The department, for indicators and the year-end result.</summary>
    public string? Department { get; init; }

    /// <summary>Whether the patient died in hospital (low-risk group mortality).</summary>
    public bool Died { get; init; }

    /// <summary>A case from a grouping result: DRG code and grouping status are taken from it.</summary>
    /// <param name="grouping">The grouping result.</param>
    /// <param name="totalCost">The total cost in yuan.</param>
    /// <param name="personalPayment">The insured person's own payment in yuan.</param>
    /// <param name="fund">The fund.</param>
    /// <param name="grade">The hospital grade.</param>
    /// <param name="lengthOfStay">The length of stay in days.</param>
    /// <returns>The case; set further properties with <c>with</c>.</returns>
    public static PaymentCase FromGrouping(in DrgResult grouping, decimal totalCost, decimal personalPayment, InsuredFund fund, string grade, int lengthOfStay) => new()
    {
        DrgCode = grouping.DrgCode,
        GroupingStatus = grouping.Status,
        TotalCost = totalCost,
        PersonalPayment = personalPayment,
        Fund = fund,
        Grade = grade,
        LengthOfStay = lengthOfStay,
    };

    /// <summary>Whether the case carries a DRG that can be priced (grouped or ambiguous, and not <c>0000</c>).</summary>
    public bool HasDrg => GroupingStatus is DrgGroupingStatus.Grouped or DrgGroupingStatus.Ambiguous
        && !string.IsNullOrEmpty(DrgCode) && DrgCode != DrgResult.UngroupableCode;
}
