using System.Globalization;

namespace MedPay.Rules.Payment;

/// <summary>
/// One row of <c>outliers.csv</c>: for a hospital grade (or every grade) and a weight band, the high and low thresholds
/// (multiple × base, with the comparison) and how outlier cases are paid. The first row that matches a case applies.
/// National rule: tiered by hospital grade; Zhejiang: tiered by weight band (domain-primer §2.4).
/// </summary>
public sealed class OutlierRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="grade">The hospital grade, or <c>*</c> for every grade.</param>
    /// <param name="weightMin">The band's exclusive lower weight bound, or null.</param>
    /// <param name="weightMax">The band's inclusive upper weight bound, or null.</param>
    /// <param name="highMultiple">The high-cost multiple, or null when there is no high threshold.</param>
    /// <param name="highBase">What the high multiple applies to.</param>
    /// <param name="highInclusive">Whether a cost equal to the threshold is high (<c>&gt;=</c>) or not (<c>&gt;</c>).</param>
    /// <param name="highPayment">How high-cost cases are paid.</param>
    /// <param name="lowMultiple">The low-cost multiple, or null when there is no low threshold.</param>
    /// <param name="lowBase">What the low multiple applies to (and the reference of <see cref="OutlierPayment.ProRata"/>).</param>
    /// <param name="lowInclusive">Whether a cost equal to the threshold is low (<c>&lt;=</c>) or not (<c>&lt;</c>).</param>
    /// <param name="lowPayment">How low-cost cases are paid.</param>
    /// <param name="line">The line of <c>outliers.csv</c>.</param>
    public OutlierRule(string grade, decimal? weightMin, decimal? weightMax, decimal? highMultiple, OutlierBase highBase, bool highInclusive, OutlierPayment highPayment,
        decimal? lowMultiple, OutlierBase lowBase, bool lowInclusive, OutlierPayment lowPayment, int line = 0)
    {
        Grade = grade ?? "*";
        WeightMin = weightMin;
        WeightMax = weightMax;
        HighMultiple = highMultiple;
        HighBase = highBase;
        HighInclusive = highInclusive;
        HighPayment = highPayment;
        LowMultiple = lowMultiple;
        LowBase = lowBase;
        LowInclusive = lowInclusive;
        LowPayment = lowPayment;
        Line = line;
    }

    /// <summary>The hospital grade, or <c>*</c>.</summary>
    public string Grade { get; }

    /// <summary>The exclusive lower weight bound, or null.</summary>
    public decimal? WeightMin { get; }

    /// <summary>The inclusive upper weight bound, or null.</summary>
    public decimal? WeightMax { get; }

    /// <summary>The high-cost multiple, or null.</summary>
    public decimal? HighMultiple { get; }

    /// <summary>What the high multiple applies to.</summary>
    public OutlierBase HighBase { get; }

    /// <summary>Whether the high comparison is <c>&gt;=</c>.</summary>
    public bool HighInclusive { get; }

    /// <summary>How high-cost cases are paid.</summary>
    public OutlierPayment HighPayment { get; }

    /// <summary>The low-cost multiple, or null.</summary>
    public decimal? LowMultiple { get; }

    /// <summary>What the low multiple applies to.</summary>
    public OutlierBase LowBase { get; }

    /// <summary>Whether the low comparison is <c>&lt;=</c>.</summary>
    public bool LowInclusive { get; }

    /// <summary>How low-cost cases are paid.</summary>
    public OutlierPayment LowPayment { get; }

    /// <summary>The line of <c>outliers.csv</c>, 0 when not from a file.</summary>
    public int Line { get; }

    /// <summary>Whether the rule applies to a grade and a weight.</summary>
    /// <param name="grade">The hospital grade.</param>
    /// <param name="weight">The DRG weight.</param>
    public bool Applies(string grade, decimal weight) =>
        (Grade == "*" || string.Equals(Grade, grade, StringComparison.Ordinal))
        && (WeightMin is not { } min || weight > min)
        && (WeightMax is not { } max || weight <= max);

    /// <inheritdoc />
    public override string ToString() =>
        "grade " + Grade + ", weight " + (WeightMin?.ToString(CultureInfo.InvariantCulture) ?? "-∞") + " < RW ≤ " + (WeightMax?.ToString(CultureInfo.InvariantCulture) ?? "∞");
}
