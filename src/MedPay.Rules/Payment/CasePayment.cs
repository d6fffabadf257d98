namespace MedPay.Rules.Payment;

/// <summary>
/// The payment of one case: status, outlier class and method, the weight, rate and coefficient used, the payment standard, the
/// amount, the fund's share and the hospital's balance on the case. A small immutable value: the batch path allocates nothing for it.
/// </summary>
public readonly struct CasePayment
{
    internal CasePayment(PaymentStatus status, CostOutlierClass outlier, PaymentMethod method, decimal weight, decimal rate, decimal coefficient,
        decimal standard, decimal payment, decimal fundShare, decimal balance, bool specialReview, IssueDefinition? problem)
    {
        Status = status;
        OutlierClass = outlier;
        Method = method;
        Weight = weight;
        Rate = rate;
        Coefficient = coefficient;
        Standard = standard;
        Payment = payment;
        FundShare = fundShare;
        Balance = balance;
        SpecialReview = specialReview;
        Problem = problem;
    }

    /// <summary>The outcome.</summary>
    public PaymentStatus Status { get; }

    /// <summary>The outlier class (<see cref="CostOutlierClass.Normal"/> for cases not paid under the DRG rules).</summary>
    public CostOutlierClass OutlierClass { get; }

    /// <summary>How the amount was set.</summary>
    public PaymentMethod Method { get; }

    /// <summary>The DRG weight used, 0 when none.</summary>
    public decimal Weight { get; }

    /// <summary>The base rate used (yuan per unit of weight), 0 when none.</summary>
    public decimal Rate { get; }

    /// <summary>The product of the grade and add-on coefficients, 0 when none.</summary>
    public decimal Coefficient { get; }

    /// <summary>The payment standard (支付标准) = rate × weight × coefficient, rounded to the fen; 0 when the case has no priced DRG.</summary>
    public decimal Standard { get; }

    /// <summary>The amount the hospital is paid for the case (fund share plus the person's own payment), to the fen.</summary>
    public decimal Payment { get; }

    /// <summary>The fund's share = max(0, payment − personal payment), to the fen.</summary>
    public decimal FundShare { get; }

    /// <summary>The hospital's balance on the case = payment − total cost (positive: surplus 结余; negative: overspend 超支).</summary>
    public decimal Balance { get; }

    /// <summary>Whether the case goes to special-case review (特例单议) and counts against the cap.</summary>
    public bool SpecialReview { get; }

    /// <summary>The catalogue entry of the problem when <see cref="Status"/> is invalid input or no weight; null otherwise.</summary>
    public IssueDefinition? Problem { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Status} {OutlierClass} {Method} {Payment}";
}
