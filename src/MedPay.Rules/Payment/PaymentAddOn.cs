namespace MedPay.Rules.Payment;

/// <summary>A named add-on coefficient of <c>coefficients.csv</c> (kind <c>addon</c>): TCM, day surgery, new technology… A case switches add-ons on with a bit mask (<see cref="Bit"/>).</summary>
public sealed class PaymentAddOn
{
    internal PaymentAddOn(string key, decimal coefficient, int bit)
    {
        Key = key;
        Coefficient = coefficient;
        Bit = 1u << bit;
    }

    /// <summary>The add-on key, e.g. <c>day_surgery</c>.</summary>
    public string Key { get; }

    /// <summary>The coefficient the payment standard is multiplied by.</summary>
    public decimal Coefficient { get; }

    /// <summary>The bit of <see cref="PaymentCase.AddOns"/> that switches it on (<c>1u &lt;&lt; index</c>).</summary>
    public uint Bit { get; }

    /// <inheritdoc />
    public override string ToString() => Key + " × " + Coefficient.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
