namespace MedPay.Rules.Dip;

/// <summary>The year-end figures of one fund (pool): total score, distributable budget, point value and what was paid.</summary>
public sealed class DipFundSettlement
{
    /// <summary>The fund.</summary>
    public DipFund Fund { get; init; }

    /// <summary>The number of cases.</summary>
    public long CaseCount { get; init; }

    /// <summary>Σ case scores (总分值).</summary>
    public decimal TotalScore { get; init; }

    /// <summary>The fund money available.</summary>
    public decimal FundAvailable { get; init; }

    /// <summary>The reimbursement ratio used (1 when none was given).</summary>
    public decimal ReimbursementRatio { get; init; }

    /// <summary>The distributable budget = fund available ÷ ratio, rounded to the fen.</summary>
    public decimal DistributableBudget { get; init; }

    /// <summary>The settlement point value (结算点值).</summary>
    public decimal PointValue { get; init; }

    /// <summary>Σ hospital payments.</summary>
    public decimal TotalPayment { get; init; }

    /// <summary>Distributable budget − total payment: 0 under the floating method with an exact point value; the surplus (+) or deficit (−) under the fixed method.</summary>
    public decimal Gap { get; init; }

    /// <summary>How many fen were handed out by the largest-remainder rule so that payments add up to the budget (floating, exact point value).</summary>
    public int RemainderFen { get; init; }
}
