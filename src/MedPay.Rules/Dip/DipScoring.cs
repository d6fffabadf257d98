namespace MedPay.Rules.Dip;

/// <summary>
/// The case-score formulas (domain-primer §3.5–§3.7). With B = group score × auxiliary coefficient, C = grade (or basic) coefficient,
/// r = cost ÷ reference mean, L / T / E the low, high and extreme thresholds and k = 1 ("+1") or C (regional variant):
/// normal B × C; low (r &lt; L, or ≤ with <see cref="DipParameters.LowInclusive"/>) B × r [× C]; high (r &gt; T, or ≥ with
/// <see cref="DipParameters.HighInclusive"/>) B × [(r − T) + k] [× C]; extreme (r &gt; E) flagged, scored by the high formula or B × C; the
/// bracketed × C applies when <see cref="DipParameters.CoefficientAfterDeviation"/>. The result is rounded to
/// <see cref="DipParameters.ScoreDecimals"/> (half away from zero). The reference mean of a case in an auxiliary subtype is chosen by the
/// caller (<see cref="DipCatalogue.ReferenceCost(DipGroup, string?, DipAuxiliaryEntry?)"/>).
/// </summary>
public static class DipScoring
{
    /// <summary>Computes a case score.</summary>
    /// <param name="groupScore">The group score (病种分值).</param>
    /// <param name="auxiliaryCoefficient">The auxiliary-catalogue coefficient (1 when no entry applies).</param>
    /// <param name="coefficient">The grade coefficient, or the basic coefficient for a basic-level group.</param>
    /// <param name="cost">The case's total cost, or <see langword="null"/> when not known (no deviation test); negative counts as not known.</param>
    /// <param name="referenceCost">The reference mean cost r is measured against (the group's, or the auxiliary subtype's), or <see langword="null"/> (no deviation test).</param>
    /// <param name="parameters">The region parameters.</param>
    /// <returns>The score and its parts.</returns>
    public static DipScore Compute(decimal groupScore, decimal auxiliaryCoefficient, decimal coefficient, decimal? cost, decimal? referenceCost, DipParameters parameters)
    {
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        try
        {
            return Unchecked(groupScore, auxiliaryCoefficient, coefficient, cost, referenceCost, parameters);
        }
        catch (OverflowException)
        {
            // Only an absurd cost (beyond 10^28 yuan relative to the mean) gets here: the score saturates and the case goes to review.
            return new DipScore(groupScore, coefficient, referenceCost, null, DipDeviation.Extreme, decimal.MaxValue, true);
        }
    }

    private static DipScore Unchecked(decimal groupScore, decimal auxiliaryCoefficient, decimal coefficient, decimal? cost, decimal? referenceCost, DipParameters parameters)
    {
        var baseScore = groupScore * auxiliaryCoefficient;
        decimal score;
        decimal? ratio = null;
        var deviation = DipDeviation.NotAssessed;
        var review = false;
        if (cost is { } c && c >= 0 && referenceCost is { } avg && avg > 0)
        {
            var r = c / avg;
            ratio = r;
            var after = parameters.CoefficientAfterDeviation ? coefficient : 1m;
            var low = parameters.LowInclusive ? r <= parameters.LowThreshold : r < parameters.LowThreshold;
            var high = parameters.HighInclusive ? r >= parameters.HighThreshold : r > parameters.HighThreshold;
            if (low && !high)
            {
                deviation = DipDeviation.Low;
                score = baseScore * r * after;
            }
            else if (high)
            {
                review = parameters.ExtremeThreshold is { } e && r > e;
                deviation = review ? DipDeviation.Extreme : DipDeviation.High;
                if (review && parameters.ExtremeFormula == DipExtremeFormula.Coefficient)
                {
                    score = baseScore * coefficient;
                }
                else
                {
                    var k = parameters.HighFormula == DipHighFormula.PlusOne ? 1m : coefficient;
                    score = baseScore * (r - parameters.HighThreshold + k) * after;
                }
            }
            else
            {
                deviation = DipDeviation.Normal;
                score = baseScore * coefficient;
            }
        }
        else
        {
            score = baseScore * coefficient;
        }

        if (parameters.ScoreDecimals is { } decimals) score = Math.Round(score, decimals, MidpointRounding.AwayFromZero);
        return new DipScore(baseScore, coefficient, referenceCost, ratio, deviation, score, review);
    }
}
