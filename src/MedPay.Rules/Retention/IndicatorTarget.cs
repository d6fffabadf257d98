using System.Globalization;

namespace MedPay.Rules.Retention;

/// <summary>
/// A target on an indicator (考核指标), e.g. grouping rate ≥ 0.92 or HbA1c control rate &gt; 0.85. Targets with the same
/// <see cref="AppliesTo"/> form a condition: all must be met (e.g. the extra capitation reward, the clinical-pathway reward).
/// </summary>
/// <param name="AppliesTo">What the target gates, e.g. <c>retention</c>, <c>capitation_extra</c>, <c>pathway_reward</c>, or <c>indicator</c> for a plain target.</param>
/// <param name="Indicator">The indicator's name, e.g. <c>grouping_rate</c>.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Threshold">The threshold, in the indicator's own unit (ratios as decimals: 0.92 for 92%).</param>
/// <param name="Note">The source and meaning, as the policy writes it.</param>
public sealed record IndicatorTarget(string AppliesTo, string Indicator, ComparisonOperator Operator, decimal Threshold, string Note)
{
    /// <summary>Whether a value meets the target.</summary>
    /// <param name="value">The indicator's value.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool IsMet(decimal value) => Operator switch
    {
        ComparisonOperator.Greater => value > Threshold,
        ComparisonOperator.GreaterOrEqual => value >= Threshold,
        ComparisonOperator.Less => value < Threshold,
        ComparisonOperator.LessOrEqual => value <= Threshold,
        _ => value == Threshold,
    };

    /// <summary>The operator as written in a policy: <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c> or <c>=</c>.</summary>
    public string OperatorText => Symbol(Operator);

    /// <summary>The operator's symbol.</summary>
    /// <param name="op">The operator.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        _ => "=",
    };

    /// <summary>Reads an operator symbol.</summary>
    /// <param name="text">The symbol.</param>
    /// <returns>The operator, or <see langword="null"/> when the text is not one.</returns>
    public static ComparisonOperator? ParseOperator(string text) => (text ?? string.Empty).Trim() switch
    {
        ">" => ComparisonOperator.Greater,
        ">=" or "≥" => ComparisonOperator.GreaterOrEqual,
        "<" => ComparisonOperator.Less,
        "<=" or "≤" => ComparisonOperator.LessOrEqual,
        "=" or "==" => ComparisonOperator.Equal,
        _ => null,
    };

    /// <summary><c>indicator op threshold</c>.</summary>
    public override string ToString() => Indicator + " " + OperatorText + " " + Threshold.ToString(CultureInfo.InvariantCulture);
}
