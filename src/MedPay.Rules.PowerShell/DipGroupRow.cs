using MedPay.Rules.Dip;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// What <c>Invoke-MedPayDipGroup</c> writes for each case: the columns of <c>medpay dip</c>'s output as typed, flat properties (numbers
/// stay numbers, so <c>Measure-Object -Sum Payment</c> works), and the full result in <see cref="Result"/>.
/// </summary>
public sealed class DipGroupRow
{
    internal DipGroupRow(DipCase @case, DipCaseResult result, IReadOnlyCollection<Issue> inputIssues)
    {
        var grouped = result.Status == DipStatus.Grouped;
        var score = result.ScoreDetail;
        Id = @case.Id ?? string.Empty;
        HospitalId = @case.HospitalId ?? string.Empty;
        Status = result.Status;
        Group = result.Group?.Code ?? string.Empty;
        GroupName = result.Group?.Name ?? string.Empty;
        Kind = grouped ? result.Group!.Kind : null;
        Treatment = result.Treatment;
        Auxiliary = result.Auxiliary?.Subtype ?? string.Empty;
        AuxiliaryCoefficient = grouped ? result.AuxiliaryCoefficient : null;
        GroupScore = result.Group?.Score;
        Coefficient = grouped ? score.Coefficient : null;
        ReferenceCost = score.ReferenceCost;
        CostRatio = score.CostRatio;
        Deviation = grouped ? score.Deviation : null;
        SpecialReview = grouped ? score.SpecialReview : null;
        Score = grouped ? result.Score : null;
        PointValue = result.PointValue;
        Payment = result.Payment;
        FundShare = result.FundShare;
        Issues = PowerShell.Issues.Codes(inputIssues);
        Messages = PowerShell.Issues.Messages(inputIssues);
        Pack = result.Pack.ToString();
        Result = result;
    }

    /// <summary>The case's id.</summary>
    public string Id { get; }

    /// <summary>The hospital's id.</summary>
    public string HospitalId { get; }

    /// <summary>The outcome.</summary>
    public DipStatus Status { get; }

    /// <summary>The DIP group code (病种编码), empty when not grouped.</summary>
    public string Group { get; }

    /// <summary>The group's name.</summary>
    public string GroupName { get; }

    /// <summary>Core, basic or comprehensive, when grouped.</summary>
    public DipGroupKind? Kind { get; }

    /// <summary>The case's treatment type.</summary>
    public DipTreatment Treatment { get; }

    /// <summary>The auxiliary-catalogue subtype, empty when none.</summary>
    public string Auxiliary { get; }

    /// <summary>The auxiliary coefficient (1 when none), when grouped.</summary>
    public decimal? AuxiliaryCoefficient { get; }

    /// <summary>The group's score (病种分值).</summary>
    public decimal? GroupScore { get; }

    /// <summary>The hospital coefficient applied, when grouped.</summary>
    public decimal? Coefficient { get; }

    /// <summary>The reference cost the deviation is judged against.</summary>
    public decimal? ReferenceCost { get; }

    /// <summary>The case's cost over the reference cost.</summary>
    public decimal? CostRatio { get; }

    /// <summary>Normal, high or low deviation, when grouped.</summary>
    public DipDeviation? Deviation { get; }

    /// <summary>Whether the case goes to special review, when grouped.</summary>
    public bool? SpecialReview { get; }

    /// <summary>The case's score, when grouped.</summary>
    public decimal? Score { get; }

    /// <summary>The point value used, when point values were given.</summary>
    public decimal? PointValue { get; }

    /// <summary>The payment (score × point value), when point values were given.</summary>
    public decimal? Payment { get; }

    /// <summary>The fund's share of the payment, when point values were given.</summary>
    public decimal? FundShare { get; }

    /// <summary>The codes of the issues found in the row, <c>; </c>-separated; empty when none.</summary>
    public string Issues { get; }

    /// <summary>The issues of the row in words, one <c>CODE: 中文 / English</c> each, <c>; </c>-separated; empty when none.</summary>
    public string Messages { get; }

    /// <summary>The catalogue pack (id@version#hash).</summary>
    public string Pack { get; }

    /// <summary>The library's result.</summary>
    public DipCaseResult Result { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Status} {Group} {Score}";
}
