using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Dip;

/// <summary>Reads <c>parameters.csv</c> (<c>name,value[,note]</c>) over <see cref="DipParameters.Default"/>.</summary>
internal static class DipParametersReader
{
    private const string File = "parameters.csv";

    public static DipParameters Read(RulePacks.RulePack pack, ImmutableArray<Issue>.Builder issues)
    {
        var table = DipTable.Read(pack, File, required: false, issues, "name", "value");
        var p = DipParameters.Default;
        foreach (var row in table.Rows)
        {
            var name = table.Text(row, "name").ToLowerInvariant();
            var value = table.Text(row, "value");
            string? error = null;
            switch (name)
            {
                case "score_scale": if (Int(value, 1, ref error) is { } scale) p = p with { ScoreScale = scale }; break;
                case "diagnosis_key_length": if (Int(value, 1, ref error) is { } key) p = p with { DiagnosisKeyLength = key }; break;
                case "comprehensive_prefix_lengths":
                    if (List(value, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null, ref error) is { } lengths)
                        p = p with { ComprehensivePrefixLengths = lengths };
                    break;
                case "low_threshold": if (Dec(value, ref error) is { } low) p = p with { LowThreshold = low }; break;
                case "low_inclusive": if (Bool(value, ref error) is { } li) p = p with { LowInclusive = li }; break;
                case "high_threshold": if (Dec(value, ref error) is { } high) p = p with { HighThreshold = high }; break;
                case "high_inclusive": if (Bool(value, ref error) is { } hi) p = p with { HighInclusive = hi }; break;
                case "high_formula":
                    if (value.Equals("plus_one", StringComparison.OrdinalIgnoreCase)) p = p with { HighFormula = DipHighFormula.PlusOne };
                    else if (value.Equals("hospital_coefficient", StringComparison.OrdinalIgnoreCase)) p = p with { HighFormula = DipHighFormula.HospitalCoefficient };
                    else error = "expected plus_one | hospital_coefficient";
                    break;
                case "deviation_reference":
                    if (value.Equals("subtype", StringComparison.OrdinalIgnoreCase)) p = p with { DeviationReference = DipDeviationReference.Subtype };
                    else if (value.Equals("group", StringComparison.OrdinalIgnoreCase)) p = p with { DeviationReference = DipDeviationReference.Group };
                    else error = "expected subtype | group";
                    break;
                case "coefficient_after_deviation": if (Bool(value, ref error) is { } after) p = p with { CoefficientAfterDeviation = after }; break;
                case "extreme_threshold":
                    if (value.Length == 0) p = p with { ExtremeThreshold = null };
                    else if (Dec(value, ref error) is { } ex) p = p with { ExtremeThreshold = ex };
                    break;
                case "extreme_formula":
                    if (value.Equals("high", StringComparison.OrdinalIgnoreCase)) p = p with { ExtremeFormula = DipExtremeFormula.High };
                    else if (value.Equals("coefficient", StringComparison.OrdinalIgnoreCase)) p = p with { ExtremeFormula = DipExtremeFormula.Coefficient };
                    else error = "expected high | coefficient";
                    break;
                case "score_decimals":
                    if (value.Length == 0) p = p with { ScoreDecimals = null };
                    else if (Int(value, 0, ref error) is { } d && d <= 10) p = p with { ScoreDecimals = d };
                    else error = "expected 0 … 10 or empty";
                    break;
                case "unknown_procedure":
                    if (value.Equals("ignore", StringComparison.OrdinalIgnoreCase)) p = p with { UnknownProcedure = DipUnknownProcedurePolicy.Ignore };
                    else if (value.Equals("reject", StringComparison.OrdinalIgnoreCase)) p = p with { UnknownProcedure = DipUnknownProcedurePolicy.Reject };
                    else error = "expected ignore | reject";
                    break;
                case "choice_order": if (List(value, ParseSlot, ref error) is { } order) p = p with { ChoiceOrder = order }; break;
                case "tie_breakers": if (List(value, ParseTieBreaker, ref error) is { } breakers) p = p with { TieBreakers = breakers }; break;
                case "history_weights":
                    if (List(value, s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) && w >= 0 ? w : (decimal?)null, ref error) is { } weights)
                        p = p with { HistoryWeights = weights };
                    break;
                default:
                    table.Report(DipIssues.UnknownParameter, row, "name", name, name);
                    continue;
            }

            if (error is not null) table.Report(DipIssues.BadParameter, row, "value", value, name, value, error);
        }

        return p;
    }

    private static int? Int(string value, int min, ref string? error)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min) return n;
        error = "expected a whole number ≥ " + min.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static decimal? Dec(string value, ref string? error)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
        error = "expected a non-negative number";
        return null;
    }

    private static bool? Bool(string value, ref string? error)
    {
        switch (value.ToLowerInvariant())
        {
            case "true": case "yes": case "1": return true;
            case "false": case "no": case "0": return false;
            default:
                error = "expected true or false";
                return null;
        }
    }

    private static ImmutableArray<T>? List<T>(string value, Func<string, T?> parse, ref string? error)
        where T : struct
    {
        var items = ImmutableArray.CreateBuilder<T>();
        foreach (var part in value.Split(';'))
        {
            var item = parse(part.Trim());
            if (item is null)
            {
                error = "cannot read list item '" + part.Trim() + "'";
                return null;
            }

            items.Add(item.Value);
        }

        if (items.Count == 0)
        {
            error = "empty list";
            return null;
        }

        return items.ToImmutable();
    }

    private static DipChoiceSlot? ParseSlot(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0) return null;
        DipGroupKind? kind = text.Substring(0, colon).ToLowerInvariant() switch
        {
            "core" => DipGroupKind.Core,
            "basic" => DipGroupKind.Basic,
            "comprehensive" => DipGroupKind.Comprehensive,
            _ => null,
        };
        var treatment = DipCatalogueReader.ParseTreatment(text.Substring(colon + 1));
        return kind is null || treatment is null ? null : new DipChoiceSlot(kind.Value, treatment.Value);
    }

    private static DipTieBreaker? ParseTieBreaker(string text) => text.ToLowerInvariant() switch
    {
        "combination" => DipTieBreaker.Combination,
        "matched" => DipTieBreaker.Matched,
        "closest_cost" => DipTieBreaker.ClosestCost,
        "higher_score" => DipTieBreaker.HigherScore,
        _ => null,
    };
}
