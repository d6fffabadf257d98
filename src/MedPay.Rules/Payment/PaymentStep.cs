using System.Globalization;

namespace MedPay.Rules.Payment;

/// <summary>One step of a payment explanation: a stable code, the statement in Chinese and English, and the amount or ratio it yields.</summary>
public sealed class PaymentStep
{
    internal PaymentStep(string code, LocalizedText text, decimal? value)
    {
        Code = code;
        Text = text;
        Value = value;
    }

    /// <summary>The step code, e.g. <c>STANDARD</c>.</summary>
    public string Code { get; }

    /// <summary>What was done, in Chinese and English, with the numbers.</summary>
    public LocalizedText Text { get; }

    /// <summary>The value the step yields, when it yields one.</summary>
    public decimal? Value { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Code + (Value is { } v ? " = " + v.ToString(CultureInfo.InvariantCulture) : string.Empty) + Environment.NewLine + "  " + Text.Zh + Environment.NewLine + "  " + Text.En;
}
