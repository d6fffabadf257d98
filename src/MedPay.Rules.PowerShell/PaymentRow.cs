using MedPay.Rules.Payment;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// What <c>Measure-MedPayPayment</c> writes for each case: the DRG it was paid under and the payment (支付标准, 支付金额, 基金支付, 结余)
/// as typed, flat properties, and the library's full result in <see cref="Result"/>.
/// </summary>
public sealed class PaymentRow
{
    internal PaymentRow(string id, string drg, CasePayment? result, IReadOnlyCollection<Issue> issues, string pack, string drgName = "")
    {
        DrgName = drgName;
        Id = id;
        Drg = drg;
        Result = result;
        Status = result?.Status ?? PaymentStatus.InvalidInput;
        if (result is { } r)
        {
            Method = r.Method;
            OutlierClass = r.OutlierClass;
            Weight = r.Weight;
            Rate = r.Rate;
            Coefficient = r.Coefficient;
            Standard = r.Standard;
            Payment = r.Payment;
            FundShare = r.FundShare;
            Balance = r.Balance;
            SpecialReview = r.SpecialReview;
        }

        Issues = PowerShell.Issues.Codes(issues);
        Messages = PowerShell.Issues.Messages(issues);
        Pack = pack;
    }

    /// <summary>The case's id.</summary>
    public string Id { get; }

    /// <summary>The DRG the case was paid under (<c>0000</c> when ungroupable).</summary>
    public string Drg { get; }

    /// <summary>The DRG's name in the payment parameter pack, empty when the pack has no weight for it.</summary>
    public string DrgName { get; }

    /// <summary>The outcome; <see cref="PaymentStatus.InvalidInput"/> also when the row could not be read.</summary>
    public PaymentStatus Status { get; }

    /// <summary>How the case was paid (DRG standard, by item, pro rata).</summary>
    public PaymentMethod? Method { get; }

    /// <summary>Low, normal or high cost against the standard.</summary>
    public CostOutlierClass? OutlierClass { get; }

    /// <summary>The DRG's relative weight (权重).</summary>
    public decimal? Weight { get; }

    /// <summary>The base rate in yuan per unit of weight (费率).</summary>
    public decimal? Rate { get; }

    /// <summary>The product of the coefficients applied (hospital grade, add-ons).</summary>
    public decimal? Coefficient { get; }

    /// <summary>The payment standard (支付标准) = rate × weight × coefficient.</summary>
    public decimal? Standard { get; }

    /// <summary>The payment for the case.</summary>
    public decimal? Payment { get; }

    /// <summary>The fund's share: payment minus the personal payment.</summary>
    public decimal? FundShare { get; }

    /// <summary>Payment minus total cost (结余, negative for an overspend).</summary>
    public decimal? Balance { get; }

    /// <summary>Whether the case goes to special-case review.</summary>
    public bool? SpecialReview { get; }

    /// <summary>Issue codes of the row and of paying it, <c>; </c>-separated; empty when none.</summary>
    public string Issues { get; }

    /// <summary>The issues in words, one <c>CODE: 中文 / English</c> each, <c>; </c>-separated; empty when none.</summary>
    public string Messages { get; }

    /// <summary>The payment parameter pack (id@version#hash).</summary>
    public string Pack { get; }

    /// <summary>The library's result, <see langword="null"/> when the row could not be read.</summary>
    public CasePayment? Result { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Drg} {Status} {Payment}";
}
