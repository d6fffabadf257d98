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

    /// <summary>The fund's share = payment − personal payments.</summary>
    public decimal FundShare { get; init; }
}
