namespace MedPay.Rules.Dip;

/// <summary>
/// How a region derives the numbers of its catalogue from its own case history (for building or checking a pack): weighted
/// means over the last years (1 : 2 : 7, oldest first), group scores, hospital-grade coefficients and auxiliary coefficients.
/// None of these is rounded; regions round as they publish.
/// </summary>
public static class DipScoreMath
{
    /// <summary>Σ wᵢ xᵢ ÷ Σ wᵢ (domain-primer §3.5: weights 1 : 2 : 7, oldest first).</summary>
    /// <param name="values">The yearly values, oldest first.</param>
    /// <param name="weights">The weights, oldest first; <see langword="null"/> for 1 : 2 : 7.</param>
    /// <returns>The weighted mean, or <see langword="null"/> when the counts differ or the weights sum to 0.</returns>
    public static decimal? WeightedMean(IReadOnlyList<decimal> values, IReadOnlyList<decimal>? weights = null)
    {
        if (values is null) throw new ArgumentNullException(nameof(values));
        var w = weights ?? DipParameters.Default.HistoryWeights;
        if (w.Count != values.Count) return null;
        decimal sum = 0m, total = 0m;
        for (var i = 0; i < values.Count; i++)
        {
            sum += w[i] * values[i];
            total += w[i];
        }

        return total == 0m ? null : sum / total;
    }

    /// <summary>
    /// Group score = weighted mean cost of the group ÷ weighted mean cost of all cases × scale (domain-primer §3.5; scale 1, 100 or 1000).
    /// </summary>
    /// <param name="groupMeans">The group's yearly mean cost per case, oldest first.</param>
    /// <param name="allCaseMeans">The region's yearly mean cost per case over all cases, oldest first.</param>
    /// <param name="scale">The score scale.</param>
    /// <param name="weights">The weights; <see langword="null"/> for 1 : 2 : 7.</param>
    /// <returns>The score, or <see langword="null"/> when the means cannot be formed or the all-case mean is 0.</returns>
    public static decimal? GroupScore(IReadOnlyList<decimal> groupMeans, IReadOnlyList<decimal> allCaseMeans, int scale, IReadOnlyList<decimal>? weights = null) =>
        WeightedMean(groupMeans, weights) is { } group && WeightedMean(allCaseMeans, weights) is { } all && all != 0m ? group / all * scale : null;

    /// <summary>Hospital-grade coefficient = the group's weighted mean cost at that grade ÷ its weighted mean in the whole city (domain-primer §3.6).</summary>
    /// <param name="gradeMeans">The group's yearly mean cost at the grade, oldest first.</param>
    /// <param name="cityMeans">The group's yearly mean cost in the city, oldest first.</param>
    /// <param name="weights">The weights; <see langword="null"/> for 1 : 2 : 7.</param>
    /// <returns>The coefficient, or <see langword="null"/>.</returns>
    public static decimal? GradeCoefficient(IReadOnlyList<decimal> gradeMeans, IReadOnlyList<decimal> cityMeans, IReadOnlyList<decimal>? weights = null) =>
        WeightedMean(gradeMeans, weights) is { } grade && WeightedMean(cityMeans, weights) is { } city && city != 0m ? grade / city : null;

    /// <summary>Auxiliary coefficient = mean cost of the subtype's cases ÷ mean cost of the whole group (domain-primer §3.4).</summary>
    /// <param name="subtypeMean">The subtype's mean cost.</param>
    /// <param name="groupMean">The group's mean cost.</param>
    /// <returns>The coefficient, or <see langword="null"/> when the group mean is 0.</returns>
    public static decimal? AuxiliaryCoefficient(decimal subtypeMean, decimal groupMean) => groupMean == 0m ? null : subtypeMean / groupMean;
}
