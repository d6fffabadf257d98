namespace MedPay.Rules;

/// <summary>Money rules shared by every calculator: amounts are <see cref="decimal"/> yuan, rounded to the fen only where the rules round.</summary>
public static class Money
{
    /// <summary>Rounds an amount in yuan to the fen (0.01 yuan), half away from zero (四舍五入).</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount rounded to two decimal places.</returns>
    public static decimal RoundToFen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);
}
