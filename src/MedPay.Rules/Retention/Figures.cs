using System.Globalization;

namespace MedPay.Rules.Retention;

/// <summary>How explanations write figures: money with thousands separators and two decimals, ratios as percentages.</summary>
internal static class Figures
{
    public static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.####", CultureInfo.InvariantCulture) + "%";

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
