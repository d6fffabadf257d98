namespace MedPay.Rules.Dip;

/// <summary>One scored case as the year-end settlement reads it: hospital, fund, case score and the insured person's own payment.</summary>
public readonly struct DipScoredCase
{
    /// <summary>Creates a scored case.</summary>
    /// <param name="hospitalId">The hospital.</param>
    /// <param name="fund">The fund.</param>
    /// <param name="score">The case score.</param>
    /// <param name="personalPayment">The insured person's own payment in yuan (0 when not known).</param>
    public DipScoredCase(string hospitalId, DipFund fund, decimal score, decimal personalPayment = 0m)
    {
        HospitalId = hospitalId;
        Fund = fund;
        Score = score;
        PersonalPayment = personalPayment;
    }

    /// <summary>The hospital id.</summary>
    public string HospitalId { get; }

    /// <summary>The fund.</summary>
    public DipFund Fund { get; }

    /// <summary>The case score.</summary>
    public decimal Score { get; }

    /// <summary>The insured person's own payment.</summary>
    public decimal PersonalPayment { get; }

    /// <summary>The scored case of an evaluated case (score 0 when it was not grouped).</summary>
    /// <param name="case">The case (hospital, fund, personal payment).</param>
    /// <param name="result">Its result.</param>
    /// <returns>The scored case.</returns>
    public static DipScoredCase From(DipCase @case, DipCaseResult result) =>
        new((@case ?? throw new ArgumentNullException(nameof(@case))).HospitalId ?? string.Empty, @case.Fund, result.Score, @case.PersonalPayment ?? 0m);
}
