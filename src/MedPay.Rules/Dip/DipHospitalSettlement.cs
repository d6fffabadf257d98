namespace MedPay.Rules.Dip;

/// <summary>One hospital's annual DIP payment for one fund (医疗机构年度DIP清算).</summary>
public sealed class DipHospitalSettlement
{
    /// <summary>The hospital id.</summary>
    public string HospitalId { get; init; } = string.Empty;

    /// <summary>The fund (pool).</summary>
    public DipFund Fund { get; init; }

    /// <summary>The number of cases.</summary>
    public long CaseCount { get; init; }

    /// <summary>Σ case scores of the hospital.</summary>
    public decimal TotalScore { get; init; }

    /// <summary>The annual DIP payment = total score × point value, in yuan to the fen (floating: with the rounding remainder assigned, see docs/dip.md).</summary>
    public decimal Payment { get; init; }

    /// <summary>Σ of the insured persons' own payments.</summary>
    public decimal PersonalPayments { get; init; }

    /// <summary>
    /// The fund's share (基金支付), case by case and never negative (domain-primer §2.2: a negative result counts as 0): each case's payment
    /// is its score's share of <see cref="Payment"/>; a case whose own payment exceeds it adds 0. Equals
    /// <see cref="Payment"/> − <see cref="PersonalPayments"/> + <see cref="PersonalPaymentsAbovePayment"/>, between 0 and <see cref="Payment"/>.
    /// </summary>
    public decimal FundShare { get; init; }

    /// <summary>
    /// Σ over the cases whose own payment exceeds their payment of the excess (own payment − payment), to the fen: the part of the insured
    /// persons' own payments that the DIP payment does not cover (for example every own payment of a case that was not grouped, score 0),
    /// which the fund therefore does not take back from its share.
    /// </summary>
    public decimal PersonalPaymentsAbovePayment { get; init; }
}
