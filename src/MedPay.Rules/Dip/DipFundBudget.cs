namespace MedPay.Rules.Dip;

/// <summary>A fund's DIP budget for the year (年度DIP基金预算).</summary>
public sealed class DipFundBudget
{
    /// <summary>The fund (use <see cref="DipFund.Unspecified"/> for one pool of all cases).</summary>
    public DipFund Fund { get; init; }

    /// <summary>The fund money available for DIP inpatient payment this year, in yuan.</summary>
    public decimal FundAvailable { get; init; }

    /// <summary>
    /// The reimbursement ratio (报销比例) that turns fund money into a total-cost budget: distributable budget = fund available ÷ ratio,
    /// rounded to the fen (domain-primer §3.8). <see langword="null"/> or 1 when <see cref="FundAvailable"/> already is the distributable budget.
    /// </summary>
    public decimal? ReimbursementRatio { get; init; }

    /// <summary>The pre-set budget point value (预算点值), required by <see cref="DipPointValueMethod.Fixed"/>.</summary>
    public decimal? BudgetPointValue { get; init; }
}
