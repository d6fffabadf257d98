using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>
/// The insurer's side: relative weights from historical case costs (RW = DRG average cost ÷ average cost of all cases, domain-primer §2.1,
/// county glossary and textbook), after trimming extreme cases per DRG (<see cref="TrimRule"/>), and the base rate from a budget
/// (rate = budget ÷ total weight, §2.2, textbook).
/// </summary>
public sealed class WeightCalibration
{
    private WeightCalibration(ImmutableArray<CalibratedWeight> weights, decimal overallAverageCost, int casesKept, int casesTrimmed, TrimRule trim, int decimals,
        ImmutableArray<Issue> issues = default)
    {
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
        Weights = weights;
        OverallAverageCost = overallAverageCost;
        CasesKept = casesKept;
        CasesTrimmed = casesTrimmed;
        Trim = trim;
        Decimals = decimals;
    }

    /// <summary>The weights by DRG, ordinal order.</summary>
    public ImmutableArray<CalibratedWeight> Weights { get; }

    /// <summary>The denominator of every weight: the average cost of all kept cases, or the reference cost given.</summary>
    public decimal OverallAverageCost { get; }

    /// <summary>Cases kept after trimming.</summary>
    public int CasesKept { get; }

    /// <summary>Cases trimmed.</summary>
    public int CasesTrimmed { get; }

    /// <summary>The trimming used.</summary>
    public TrimRule Trim { get; }

    /// <summary>The decimals weights were rounded to.</summary>
    public int Decimals { get; }

    /// <summary>
    /// Problems of the calibration: <c>PAY_AMOUNT_OVERFLOW</c> when the costs add up beyond decimal's range (about 7.9 × 10²⁸); the
    /// calibration then has no weights.
    /// </summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Calibrates weights from history.</summary>
    /// <param name="history">The historical cases (cases with an empty DRG, <c>0000</c> or a negative cost are ignored).</param>
    /// <param name="trim">The trimming, default none.</param>
    /// <param name="decimals">Decimal places of the weights (default 4, textbook).</param>
    /// <param name="referenceCost">
    /// The denominator of the weights when it is fixed from outside the sample (a published regional average or a standard amount, cf.
    /// the "fixed standard amount" variant of domain-primer §3.5); null (default) for the average cost of all kept cases.
    /// </param>
    /// <returns>The calibration.</returns>
    public static WeightCalibration Compute(IEnumerable<HistoricalCase> history, TrimRule? trim = null, int decimals = 4, decimal? referenceCost = null)
    {
        if (history is null) throw new ArgumentNullException(nameof(history));
        if (decimals is < 0 or > 28) throw new ArgumentOutOfRangeException(nameof(decimals));
        if (referenceCost is <= 0) throw new ArgumentOutOfRangeException(nameof(referenceCost));
        trim ??= TrimRule.None;
        var cases = history.ToList();
        try
        {
            return ComputeUnchecked(cases, trim, decimals, referenceCost);
        }
        catch (OverflowException)
        {
            return new WeightCalibration(ImmutableArray<CalibratedWeight>.Empty, 0m, 0, 0, trim, decimals,
                ImmutableArray.Create(PaymentIssues.AmountOverflow.Create("cost", null, null, "historical costs")));
        }
    }

    private static WeightCalibration ComputeUnchecked(List<HistoricalCase> history, TrimRule trim, int decimals, decimal? referenceCost)
    {
        var groups = history.Where(h => !string.IsNullOrEmpty(h.Drg) && h.Drg != Drg.DrgResult.UngroupableCode && h.Cost >= 0)
            .GroupBy(h => h.Drg, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var kept = new List<(string Drg, List<HistoricalCase> Cases, int Trimmed)>(groups.Count);
        decimal totalCost = 0m;
        int totalKept = 0, totalTrimmed = 0;
        foreach (var group in groups)
        {
            var all = group.ToList();
            var (lower, upper) = trim.Bounds(all.Select(h => h.Cost).OrderBy(c => c).ToList());
            var keep = all.Where(h => h.Cost >= lower && h.Cost <= upper).ToList();
            kept.Add((group.Key, keep, all.Count - keep.Count));
            totalCost += keep.Sum(h => h.Cost);
            totalKept += keep.Count;
            totalTrimmed += all.Count - keep.Count;
        }

        var overall = referenceCost ?? (totalKept == 0 ? 0m : totalCost / totalKept);
        var weights = kept.Where(k => k.Cases.Count > 0).Select(k =>
        {
            var average = k.Cases.Sum(h => h.Cost) / k.Cases.Count;
            var los = (decimal)k.Cases.Sum(h => (long)h.LengthOfStay) / k.Cases.Count;
            var weight = overall == 0 ? 0m : Math.Round(average / overall, decimals, MidpointRounding.AwayFromZero);
            return new CalibratedWeight(k.Drg, k.Cases.Count, k.Trimmed, average, los, weight);
        }).ToImmutableArray();
        return new WeightCalibration(weights, overall, totalKept, totalTrimmed, trim, decimals);
    }

    /// <summary>The base rate that spends a budget on a year's total weight: rate = budget ÷ Σ(cases × RW) (rate method, domain-primer §2.2).</summary>
    /// <param name="budget">The inpatient budget for DRG payment, yuan.</param>
    /// <param name="totalWeight">The total weight of the reference year.</param>
    /// <param name="issue">Set when budget or total weight is not positive.</param>
    /// <returns>The rate in yuan per unit of weight (full precision; round it as the region publishes it), or null.</returns>
    public static decimal? RateFromBudget(decimal budget, decimal totalWeight, out Issue? issue)
    {
        issue = null;
        if (budget > 0 && totalWeight > 0) return budget / totalWeight;
        issue = PaymentIssues.BadBudget.Create("budget", budget.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + totalWeight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }
}
