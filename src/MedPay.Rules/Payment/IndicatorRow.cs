namespace MedPay.Rules.Payment;

/// <summary>
/// The DRG performance indicators of one hospital, department or DRG (domain-primer §5): grouping rate, number of DRGs, total weight,
/// CMI, cost and time consumption indices in both published variants, and low-risk group mortality. Ratios keep full precision;
/// null when their denominator is zero.
/// </summary>
public sealed class IndicatorRow
{
    /// <summary>The hospital, <c>hospital/department</c> or DRG.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>All cases.</summary>
    public int Cases { get; init; }

    /// <summary>Cases left out of the grouping-rate denominator (stay or cost outside the pack's limits).</summary>
    public int ExcludedCases { get; init; }

    /// <summary>Grouped cases in the denominator (status grouped; ambiguous QY and 0000 count as not grouped).</summary>
    public int GroupedCases { get; init; }

    /// <summary>Grouping rate (入组率) = grouped ÷ (cases − excluded).</summary>
    public decimal? GroupingRate { get; init; }

    /// <summary>Cases whose DRG has a weight: the base of the weight, CMI and consumption indicators.</summary>
    public int WeightedCases { get; init; }

    /// <summary>Number of DRGs (DRG组数): distinct weighted DRGs with at least one case.</summary>
    public int DrgCount { get; init; }

    /// <summary>Total weight (总权重) = Σ case weights.</summary>
    public decimal TotalWeight { get; init; }

    /// <summary>CMI (病例组合指数) = total weight ÷ weighted cases.</summary>
    public decimal? Cmi { get; init; }

    /// <summary>Cost consumption index, variant A: Σ actual cost ÷ Σ the DRGs' average cost.</summary>
    public decimal? CostIndex { get; init; }

    /// <summary>Cost consumption index, variant B: per DRG the mean cost ÷ the DRG's average cost, averaged with case-count weights (= mean of case cost ÷ DRG average).</summary>
    public decimal? CostIndexByDrg { get; init; }

    /// <summary>Time consumption index, variant A: Σ length of stay ÷ Σ the DRGs' average length of stay.</summary>
    public decimal? TimeIndex { get; init; }

    /// <summary>Time consumption index, variant B: mean of case stay ÷ DRG average stay.</summary>
    public decimal? TimeIndexByDrg { get; init; }

    /// <summary>Cases in DRGs of the low mortality-risk tier.</summary>
    public int LowRiskCases { get; init; }

    /// <summary>Deaths among them.</summary>
    public int LowRiskDeaths { get; init; }

    /// <summary>Low-risk group mortality (低风险组死亡率) = deaths ÷ low-risk cases.</summary>
    public decimal? LowRiskMortality { get; init; }
}
