using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// The result of grouping, scoring and (when a point value is given) pricing one case: an allocation-free value that refers to the
/// catalogue's own group and auxiliary objects and names the pack it was computed with.
/// </summary>
public readonly struct DipCaseResult
{
    internal DipCaseResult(RulePackIdentity pack, DipStatus status, DipTreatment treatment, DipGroup? group, DipAuxiliaryEntry? auxiliary,
        DipScore score, decimal? pointValue, decimal? payment, decimal? fundShare)
    {
        Pack = pack;
        Status = status;
        Treatment = treatment;
        Group = group;
        Auxiliary = auxiliary;
        ScoreDetail = score;
        PointValue = pointValue;
        Payment = payment;
        FundShare = fundShare;
    }

    /// <summary>The catalogue pack the result was computed with.</summary>
    public RulePackIdentity Pack { get; }

    /// <summary>Whether and why the case was (not) grouped.</summary>
    public DipStatus Status { get; }

    /// <summary>The case's treatment type: the highest type among its procedures.</summary>
    public DipTreatment Treatment { get; }

    /// <summary>The group, or <see langword="null"/> when the case is not grouped.</summary>
    public DipGroup? Group { get; }

    /// <summary>The auxiliary-catalogue entry applied, or <see langword="null"/>.</summary>
    public DipAuxiliaryEntry? Auxiliary { get; }

    /// <summary>The auxiliary coefficient applied (1 when none).</summary>
    public decimal AuxiliaryCoefficient => Auxiliary?.Coefficient ?? 1m;

    /// <summary>The score and its parts (zero when not grouped).</summary>
    public DipScore ScoreDetail { get; }

    /// <summary>The case score (病例分值), 0 when not grouped.</summary>
    public decimal Score => ScoreDetail.Score;

    /// <summary>The deviation class.</summary>
    public DipDeviation Deviation => ScoreDetail.Deviation;

    /// <summary>The point value the case was priced with, or <see langword="null"/>.</summary>
    public decimal? PointValue { get; }

    /// <summary>The DIP payment (病例支付标准) = score × point value, rounded to the fen; <see langword="null"/> without a point value or group.</summary>
    public decimal? Payment { get; }

    /// <summary>The fund's share = payment − the insured person's own payment (may be negative); <see langword="null"/> when either is unknown.</summary>
    public decimal? FundShare { get; }

    /// <inheritdoc />
    public override string ToString() => Status == DipStatus.Grouped ? $"{Group!.Code} score={Score} payment={Payment}" : Status.ToString();
}
