namespace MedPay.Rules.Retention;

/// <summary>One step of the explanation of a year-end number: a stable code, the amount and the computation in words and figures.</summary>
/// <param name="Code">The step's code, e.g. <c>RETAINED</c>.</param>
/// <param name="Amount">The amount the step produces, in yuan (or the ratio, for coefficient steps).</param>
/// <param name="Text">The computation in Chinese and English, with its figures.</param>
public sealed record RetentionStep(string Code, decimal Amount, LocalizedText Text)
{
    /// <summary><c>CODE amount: zh / en</c>.</summary>
    public override string ToString() => Code + " " + Amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture) + ": " + Text;
}
