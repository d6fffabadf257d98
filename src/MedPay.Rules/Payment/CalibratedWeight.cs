namespace MedPay.Rules.Payment;

/// <summary>A DRG's weight as calibrated from history: cases kept and trimmed, average cost and stay of the kept cases, and the weight.</summary>
public sealed class CalibratedWeight
{
    internal CalibratedWeight(string drg, int casesKept, int casesTrimmed, decimal averageCost, decimal averageLengthOfStay, decimal weight)
    {
        Drg = drg;
        CasesKept = casesKept;
        CasesTrimmed = casesTrimmed;
        AverageCost = averageCost;
        AverageLengthOfStay = averageLengthOfStay;
        Weight = weight;
    }

    /// <summary>The DRG code.</summary>
    public string Drg { get; }

    /// <summary>Cases kept after trimming.</summary>
    public int CasesKept { get; }

    /// <summary>Cases trimmed.</summary>
    public int CasesTrimmed { get; }

    /// <summary>Mean cost of the kept cases (full precision).</summary>
    public decimal AverageCost { get; }

    /// <summary>Mean stay of the kept cases (full precision).</summary>
    public decimal AverageLengthOfStay { get; }

    /// <summary>Relative weight = average cost ÷ the overall average cost, rounded half away from zero to the calibration's decimals.</summary>
    public decimal Weight { get; }

    /// <summary>As a <see cref="DrgWeight"/> row (name empty, risk tier unknown), e.g. for <see cref="PaymentParameters.WithWeights"/>.</summary>
    public DrgWeight ToDrgWeight() => new(Drg, string.Empty, Weight, AverageCost, AverageLengthOfStay);

    /// <inheritdoc />
    public override string ToString() => Drg + " RW " + Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
