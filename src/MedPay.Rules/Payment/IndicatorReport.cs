using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>
/// Hospital DRG indicators by hospital, department or DRG from grouped cases and a parameter pack's weights (domain-primer §5).
/// Compute with <see cref="Compute"/>; <see cref="ToString"/> renders a fixed-width table (ratios to 4 decimals).
/// </summary>
public sealed class IndicatorReport
{
    private IndicatorReport(IndicatorLevel level, RulePackIdentity pack, ImmutableArray<IndicatorRow> rows)
    {
        Level = level;
        Pack = pack;
        Rows = rows;
    }

    /// <summary>What the rows group by.</summary>
    public IndicatorLevel Level { get; }

    /// <summary>The parameter pack whose weights, averages and risk tiers were used.</summary>
    public RulePackIdentity Pack { get; }

    /// <summary>One row per key, ordinal order.</summary>
    public ImmutableArray<IndicatorRow> Rows { get; }

    /// <summary>Computes the indicators.</summary>
    /// <param name="cases">The grouped cases (DRG, grouping status, cost, stay, death, hospital, department).</param>
    /// <param name="parameters">The weights, averages, risk tiers and grouping-rate exclusions.</param>
    /// <param name="level">What to group by.</param>
    /// <returns>The report.</returns>
    public static IndicatorReport Compute(IReadOnlyList<PaymentCase> cases, PaymentParameters parameters, IndicatorLevel level)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        if (parameters is null) throw new ArgumentNullException(nameof(parameters));
        string Key(PaymentCase c) => level switch
        {
            IndicatorLevel.Hospital => Name(c.Hospital),
            IndicatorLevel.Department => Name(c.Hospital) + "/" + Name(c.Department),
            _ => c.HasDrg ? c.DrgCode : Drg.DrgResult.UngroupableCode,
        };
        var rows = Enumerable.Range(0, cases.Count).GroupBy(i => Key(cases[i]), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Select(i => cases[i]).ToList(), parameters)).ToImmutableArray();
        return new IndicatorReport(level, parameters.Identity, rows);
    }

    private static string Name(string? text) => string.IsNullOrEmpty(text) ? "-" : text!;

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;

    private static IndicatorRow Row(string key, List<PaymentCase> cases, PaymentParameters p)
    {
        int excluded = 0, grouped = 0, weighted = 0, lowRisk = 0, deaths = 0;
        decimal totalWeight = 0m, cost = 0m, averageCost = 0m, costRatios = 0m, los = 0m, averageLos = 0m, losRatios = 0m;
        var drgs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var isExcluded = (p.Policy.GroupingExcludedLosAbove is { } maxLos && c.LengthOfStay > maxLos)
                || (p.Policy.GroupingExcludedCostBelow is { } minCost && c.TotalCost < minCost);
            if (isExcluded) excluded++;
            else if (c.HasDrg && c.GroupingStatus == Drg.DrgGroupingStatus.Grouped) grouped++;
            if (!c.HasDrg || p.FindWeight(c.DrgCode) is not { } w) continue;
            weighted++;
            drgs.Add(w.Drg);
            totalWeight += w.Weight;
            cost += c.TotalCost;
            averageCost += w.AverageCost;
            costRatios += c.TotalCost / w.AverageCost;
            los += c.LengthOfStay;
            averageLos += w.AverageLengthOfStay;
            losRatios += c.LengthOfStay / w.AverageLengthOfStay;
            if (w.RiskTier != MortalityRiskTier.Low) continue;
            lowRisk++;
            if (c.Died) deaths++;
        }

        return new IndicatorRow
        {
            Key = key, Cases = cases.Count, ExcludedCases = excluded, GroupedCases = grouped, GroupingRate = Ratio(grouped, cases.Count - excluded),
            WeightedCases = weighted, DrgCount = drgs.Count, TotalWeight = totalWeight, Cmi = Ratio(totalWeight, weighted),
            CostIndex = Ratio(cost, averageCost), CostIndexByDrg = Ratio(costRatios, weighted), TimeIndex = Ratio(los, averageLos), TimeIndexByDrg = Ratio(losRatios, weighted),
            LowRiskCases = lowRisk, LowRiskDeaths = deaths, LowRiskMortality = Ratio(deaths, lowRisk),
        };
    }

    /// <summary>A fixed-width table: one header line, one line per row; ratios to 4 decimals, <c>-</c> when undefined.</summary>
    public override string ToString()
    {
        static string R(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture) : "-";
        var text = new StringBuilder();
        text.Append("indicators by ").Append(Level).Append(" with ").Append(Pack.Id).Append('@').Append(Pack.Version).AppendLine();
        text.AppendLine("key | cases | excluded | grouped | grouping rate | weighted | DRGs | total weight | CMI | CEI | CEI by DRG | TEI | TEI by DRG | low-risk cases | low-risk deaths | low-risk mortality");
        foreach (var r in Rows)
        {
            text.AppendLine(string.Join(" | ", r.Key, r.Cases.ToString(CultureInfo.InvariantCulture), r.ExcludedCases.ToString(CultureInfo.InvariantCulture),
                r.GroupedCases.ToString(CultureInfo.InvariantCulture), R(r.GroupingRate), r.WeightedCases.ToString(CultureInfo.InvariantCulture), r.DrgCount.ToString(CultureInfo.InvariantCulture),
                r.TotalWeight.ToString("0.0000", CultureInfo.InvariantCulture), R(r.Cmi), R(r.CostIndex), R(r.CostIndexByDrg), R(r.TimeIndex), R(r.TimeIndexByDrg),
                r.LowRiskCases.ToString(CultureInfo.InvariantCulture), r.LowRiskDeaths.ToString(CultureInfo.InvariantCulture), R(r.LowRiskMortality)));
        }

        return text.ToString();
    }
}
