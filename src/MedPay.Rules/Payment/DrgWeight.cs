namespace MedPay.Rules.Payment;

/// <summary>One row of <c>weights.csv</c>: a DRG's relative weight (相对权重, RW), the average cost and length of stay it was derived from, and its mortality-risk tier.</summary>
public sealed class DrgWeight
{
    /// <summary>Creates a weight row.</summary>
    /// <param name="drg">The DRG code.</param>
    /// <param name="name">The DRG name.</param>
    /// <param name="weight">The relative weight, at its published precision.</param>
    /// <param name="averageCost">The DRG's average cost in yuan (the benchmark of the cost consumption index and of <see cref="OutlierBase.AverageCost"/>).</param>
    /// <param name="averageLengthOfStay">The DRG's average length of stay in days (the benchmark of the time consumption index).</param>
    /// <param name="riskTier">The mortality-risk tier.</param>
    /// <param name="line">The line of <c>weights.csv</c>, 0 for weights built in code.</param>
    public DrgWeight(string drg, string name, decimal weight, decimal averageCost, decimal averageLengthOfStay, MortalityRiskTier riskTier = MortalityRiskTier.Unknown, int line = 0)
    {
        Drg = drg ?? throw new ArgumentNullException(nameof(drg));
        Name = name ?? string.Empty;
        Weight = weight;
        AverageCost = averageCost;
        AverageLengthOfStay = averageLengthOfStay;
        RiskTier = riskTier;
        Line = line;
    }

    /// <summary>The DRG code, e.g. <c>HC25</c>.</summary>
    public string Drg { get; }

    /// <summary>The DRG name.</summary>
    public string Name { get; }

    /// <summary>The relative weight.</summary>
    public decimal Weight { get; }

    /// <summary>The average cost in yuan.</summary>
    public decimal AverageCost { get; }

    /// <summary>The average length of stay in days.</summary>
    public decimal AverageLengthOfStay { get; }

    /// <summary>The mortality-risk tier.</summary>
    public MortalityRiskTier RiskTier { get; }

    /// <summary>The line of <c>weights.csv</c>, 0 when not from a file.</summary>
    public int Line { get; }

    /// <inheritdoc />
    public override string ToString() => Drg + " RW " + Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
