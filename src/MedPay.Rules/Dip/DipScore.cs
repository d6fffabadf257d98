namespace MedPay.Rules.Dip;

/// <summary>The score of one case with its parts (see <see cref="DipScoring"/>): allocation-free value type.</summary>
public readonly struct DipScore
{
    internal DipScore(decimal baseScore, decimal coefficient, decimal? referenceCost, decimal? costRatio, DipDeviation deviation, decimal score, bool specialReview)
    {
        BaseScore = baseScore;
        Coefficient = coefficient;
        ReferenceCost = referenceCost;
        CostRatio = costRatio;
        Deviation = deviation;
        Score = score;
        SpecialReview = specialReview;
    }

    /// <summary>Group score × auxiliary coefficient.</summary>
    public decimal BaseScore { get; }

    /// <summary>The hospital-grade coefficient, or the basic coefficient for a basic-level group.</summary>
    public decimal Coefficient { get; }

    /// <summary>The reference mean cost used for the deviation test (the auxiliary subtype's by default, see <see cref="DipDeviationReference"/>), or <see langword="null"/>.</summary>
    public decimal? ReferenceCost { get; }

    /// <summary>r = cost ÷ reference mean cost, or <see langword="null"/> when not assessed.</summary>
    public decimal? CostRatio { get; }

    /// <summary>The deviation class.</summary>
    public DipDeviation Deviation { get; }

    /// <summary>The case score (病例分值), rounded to the catalogue's score decimals.</summary>
    public decimal Score { get; }

    /// <summary>Whether the case is listed for expert / special review (above the extreme threshold).</summary>
    public bool SpecialReview { get; }
}
