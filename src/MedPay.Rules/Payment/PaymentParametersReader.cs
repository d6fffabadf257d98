using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Payment;

/// <summary>Reads the five tables of a <c>drg-payment/1</c> pack, reporting every problem with its file, row and column.</summary>
internal sealed class PaymentParametersReader
{
    private readonly RulePack _pack;
    private readonly ImmutableArray<Issue>.Builder _issues = ImmutableArray.CreateBuilder<Issue>();
    private CsvDocument? _document;

    private PaymentParametersReader(RulePack pack) => _pack = pack;

    public static PaymentParametersLoadResult Read(RulePack pack)
    {
        var reader = new PaymentParametersReader(pack);
        reader._issues.AddRange(pack.Issues);
        if (pack.Manifest.Format.Length > 0 && pack.Manifest.Format != PaymentParameters.FormatName)
        {
            reader._issues.Add(RulePackIssues.UnknownFormat.Create("format", pack.Manifest.Format, new SourceLocation("pack.json"), pack.Manifest.Format, PaymentParameters.FormatName));
        }

        var weights = reader.ReadWeights();
        var rates = reader.ReadRates();
        var (grades, addOns) = reader.ReadCoefficients();
        var outliers = reader.ReadOutliers();
        var policy = reader.ReadPolicy();
        var issues = reader._issues.ToImmutable();
        var ok = !issues.Any(i => i.Severity == IssueSeverity.Error);
        return new PaymentParametersLoadResult(ok ? new PaymentParameters(pack, weights, rates, grades, addOns, outliers, policy, issues) : null, issues);
    }

    private bool Open(string file, bool required, params string[] columns)
    {
        _document = null;
        var text = _pack.ReadText(file);
        if (text is null)
        {
            if (required) _issues.Add(RulePackIssues.MissingFile.Create(location: new SourceLocation(file), args: file));
            return false;
        }

        var document = CsvDocument.Parse(text, file);
        _issues.AddRange(document.Issues);
        foreach (var column in columns)
        {
            if (document.ColumnIndex(column) >= 0) continue;
            _issues.Add(RulePackIssues.MissingColumn.Create(column, null, new SourceLocation(file, 1, 0, column), column));
            return false;
        }

        _document = document;
        return true;
    }

    private IReadOnlyList<CsvRow> Rows => _document?.Rows ?? (IReadOnlyList<CsvRow>)Array.Empty<CsvRow>();

    private string Text(CsvRow row, string column)
    {
        var index = _document!.ColumnIndex(column);
        return index < 0 ? string.Empty : row[index];
    }

    private void Report(IssueDefinition definition, CsvRow row, string column, string? value, params object?[] args)
    {
        var index = _document!.ColumnIndex(column);
        _issues.Add(definition.Create(column, value, new SourceLocation(_document.FileName, row.Line, index + 1, column), args));
    }

    private string? Required(CsvRow row, string column)
    {
        var value = Text(row, column);
        if (value.Length == 0) Report(RulePackIssues.EmptyValue, row, column, value, column);
        return value.Length == 0 ? null : value;
    }

    /// <summary>A decimal cell: null and an issue when empty-but-required, unreadable or out of range.</summary>
    private decimal? Number(CsvRow row, string column, bool required, bool positive)
    {
        var value = Text(row, column);
        if (value.Length == 0)
        {
            if (required) Report(RulePackIssues.EmptyValue, row, column, value, column);
            return null;
        }

        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            Report(RulePackIssues.NotADecimal, row, column, value, column, value);
            return null;
        }

        if (positive ? number <= 0 : number < 0)
        {
            Report(PaymentIssues.NotPositive, row, column, value, column, value);
            return null;
        }

        return number;
    }

    private T? Choice<T>(CsvRow row, string column, T fallback, params (string Text, T Value)[] choices)
        where T : struct
    {
        var value = Text(row, column);
        if (value.Length == 0) return fallback;
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Text, value, StringComparison.OrdinalIgnoreCase)) return choice.Value;
        }

        Report(RulePackIssues.NotAllowed, row, column, value, column, value, string.Join(" | ", choices.Select(c => c.Text)));
        return null;
    }

    private ImmutableArray<DrgWeight> ReadWeights()
    {
        var list = ImmutableArray.CreateBuilder<DrgWeight>();
        if (!Open("weights.csv", true, "drg", "weight", "average_cost", "average_los")) return list.ToImmutable();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var drg = Required(row, "drg");
            var weight = Number(row, "weight", true, true);
            var cost = Number(row, "average_cost", true, true);
            var los = Number(row, "average_los", true, true);
            var tier = Choice(row, "risk_tier", MortalityRiskTier.Unknown,
                ("low", MortalityRiskTier.Low), ("medium_low", MortalityRiskTier.MediumLow), ("medium_high", MortalityRiskTier.MediumHigh), ("high", MortalityRiskTier.High));
            if (drg is null || weight is null || cost is null || los is null || tier is null) continue;
            drg = drg.ToUpperInvariant();
            if (!seen.Add(drg))
            {
                Report(PaymentIssues.DuplicateWeight, row, "drg", drg, drg);
                continue;
            }

            list.Add(new DrgWeight(drg, Text(row, "name"), weight.Value, cost.Value, los.Value, tier.Value, row.Line));
        }

        return list.ToImmutable();
    }

    private ImmutableArray<BaseRate> ReadRates()
    {
        var list = ImmutableArray.CreateBuilder<BaseRate>();
        if (!Open("base_rates.csv", true, "fund", "grade", "rate")) return list.ToImmutable();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var fund = Choice(row, "fund", InsuredFund.Unspecified, ("employee", InsuredFund.Employee), ("resident", InsuredFund.Resident), ("*", InsuredFund.Unspecified));
            var grade = Text(row, "grade");
            if (grade.Length == 0) grade = "*";
            var rate = Number(row, "rate", true, true);
            if (fund is null || rate is null) continue;
            var key = fund.Value + "/" + grade;
            if (!seen.Add(key))
            {
                Report(PaymentIssues.DuplicateKey, row, "grade", grade, "base_rates.csv", key);
                continue;
            }

            list.Add(new BaseRate(fund.Value, grade, rate.Value, row.Line));
        }

        if (list.Count == 0 && _document is not null) _issues.Add(PaymentIssues.NoRates.Create(location: new SourceLocation("base_rates.csv")));
        return list.ToImmutable();
    }

    private (ImmutableDictionary<string, decimal>, ImmutableArray<PaymentAddOn>) ReadCoefficients()
    {
        var grades = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        var addOns = ImmutableArray.CreateBuilder<PaymentAddOn>();
        if (!Open("coefficients.csv", false, "kind", "key", "coefficient")) return (grades.ToImmutable(), addOns.ToImmutable());
        var seenAddOns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows)
        {
            var kind = Choice(row, "kind", -1, ("grade", 0), ("addon", 1));
            var key = Required(row, "key");
            var coefficient = Number(row, "coefficient", true, true);
            if (kind is null or -1 || key is null || coefficient is null)
            {
                if (kind == -1) Report(RulePackIssues.EmptyValue, row, "kind", string.Empty, "kind");
                continue;
            }

            var duplicate = kind == 0 ? grades.ContainsKey(key) : !seenAddOns.Add(key);
            if (duplicate)
            {
                Report(PaymentIssues.DuplicateKey, row, "key", key, "coefficients.csv", key);
                continue;
            }

            if (kind == 0)
            {
                grades[key] = coefficient.Value;
            }
            else if (addOns.Count == 32)
            {
                Report(PaymentIssues.TooManyAddOns, row, "key", key);
            }
            else
            {
                addOns.Add(new PaymentAddOn(key, coefficient.Value, addOns.Count));
            }
        }

        return (grades.ToImmutable(), addOns.ToImmutable());
    }

    private ImmutableArray<OutlierRule> ReadOutliers()
    {
        var list = ImmutableArray.CreateBuilder<OutlierRule>();
        if (!Open("outliers.csv", false, "grade")) return list.ToImmutable();
        var bases = new[] { ("standard", OutlierBase.Standard), ("average_cost", OutlierBase.AverageCost) };
        var payments = new[] { ("fee_for_item", OutlierPayment.FeeForItem), ("standard", OutlierPayment.Standard), ("pro_rata", OutlierPayment.ProRata), ("special_review", OutlierPayment.SpecialReview) };
        foreach (var row in Rows)
        {
            var grade = Text(row, "grade");
            if (grade.Length == 0) grade = "*";
            var min = Number(row, "weight_min", false, false);
            var max = Number(row, "weight_max", false, true);
            var high = Number(row, "high_multiple", false, true);
            var highBase = Choice(row, "high_base", OutlierBase.Standard, bases);
            var highInclusive = Choice(row, "high_operator", false, (">", false), (">=", true));
            var highPayment = Choice(row, "high_payment", OutlierPayment.FeeForItem, payments);
            var low = Number(row, "low_multiple", false, true);
            var lowBase = Choice(row, "low_base", OutlierBase.Standard, bases);
            var lowInclusive = Choice(row, "low_operator", false, ("<", false), ("<=", true));
            var lowPayment = Choice(row, "low_payment", OutlierPayment.FeeForItem, payments);
            if (highBase is null || highInclusive is null || highPayment is null || lowBase is null || lowInclusive is null || lowPayment is null) continue;
            if (min is { } a && max is { } b && a >= b)
            {
                Report(PaymentIssues.BadBand, row, "weight_max", Text(row, "weight_max"), a, b);
                continue;
            }

            if (high is { } h && low is { } l && highBase == lowBase && l >= h)
            {
                Report(PaymentIssues.LowNotBelowHigh, row, "low_multiple", Text(row, "low_multiple"), l, h);
                continue;
            }

            list.Add(new OutlierRule(grade, min, max, high, highBase.Value, highInclusive.Value, highPayment.Value, low, lowBase.Value, lowInclusive.Value, lowPayment.Value, row.Line));
        }

        return list.ToImmutable();
    }

    private PaymentPolicy ReadPolicy()
    {
        var policy = new PaymentPolicy();
        if (!Open("parameters.csv", false, "name", "value")) return policy;
        foreach (var row in Rows)
        {
            var name = Text(row, "name").ToLowerInvariant();
            var value = Text(row, "value");
            string? error = null;
            switch (name)
            {
                case "ungroupable_payment":
                    if (value.Equals("fee_for_item", StringComparison.OrdinalIgnoreCase)) policy = policy with { Ungroupable = UngroupablePayment.FeeForItem };
                    else if (value.Equals("special_review", StringComparison.OrdinalIgnoreCase)) policy = policy with { Ungroupable = UngroupablePayment.SpecialReview };
                    else error = "expected fee_for_item | special_review";
                    break;
                case "fee_for_item_los_above": policy = policy with { FeeForItemLosAbove = Whole(value, ref error) }; break;
                case "grouping_excluded_los_above": policy = policy with { GroupingExcludedLosAbove = Whole(value, ref error) }; break;
                case "grouping_excluded_cost_below": policy = policy with { GroupingExcludedCostBelow = Amount(value, ref error) }; break;
                case "special_review_cap":
                    var cap = Amount(value, ref error);
                    if (cap > 1m) error = "expected a share between 0 and 1";
                    else policy = policy with { SpecialReviewCap = cap };
                    break;
                case "weight_decimals":
                    if (Whole(value, ref error) is { } d && d <= 10) policy = policy with { WeightDecimals = d };
                    else error ??= "expected 0 … 10";
                    break;
                default:
                    Report(PaymentIssues.UnknownParameter, row, "name", name, name);
                    continue;
            }

            if (error is not null) Report(PaymentIssues.BadParameter, row, "value", value, name, value, error);
        }

        return policy;
    }

    private static int? Whole(string value, ref string? error)
    {
        if (value.Length == 0) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        error = "expected a whole number ≥ 0 or empty";
        return null;
    }

    private static decimal? Amount(string value, ref string? error)
    {
        if (value.Length == 0) return null;
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
        error = "expected a number ≥ 0 or empty";
        return null;
    }
}
