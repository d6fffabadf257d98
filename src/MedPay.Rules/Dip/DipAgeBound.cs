using System.Globalization;

namespace MedPay.Rules.Dip;

/// <summary>An age bound of an auxiliary entry, in days (<c>28d</c>) or in whole years (<c>66y</c>); inclusive.</summary>
public readonly struct DipAgeBound
{
    /// <summary>Creates a bound.</summary>
    /// <param name="value">The number.</param>
    /// <param name="inYears"><see langword="true"/> for years, <see langword="false"/> for days.</param>
    public DipAgeBound(int value, bool inYears)
    {
        Value = value;
        InYears = inYears;
    }

    /// <summary>The number of days or years.</summary>
    public int Value { get; }

    /// <summary>Whether <see cref="Value"/> counts whole years (otherwise days).</summary>
    public bool InYears { get; }

    /// <summary>Parses <c>28d</c> or <c>66y</c> (a bare number means years).</summary>
    /// <param name="text">The text.</param>
    /// <param name="bound">The bound.</param>
    /// <returns>Whether the text is a bound.</returns>
    public static bool TryParse(string text, out DipAgeBound bound)
    {
        bound = default;
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0) return false;
        var last = char.ToLowerInvariant(t[t.Length - 1]);
        var years = last != 'd';
        var digits = last is 'd' or 'y' ? t.Substring(0, t.Length - 1) : t;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        bound = new DipAgeBound(value, years);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + (InYears ? "y" : "d");
}
