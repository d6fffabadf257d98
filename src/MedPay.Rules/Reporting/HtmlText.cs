using System.Globalization;

namespace MedPay.Rules.Reporting;

/// <summary>How the report writes text and figures: HTML-encoded text; money to the fen with thousands separators; ratios to 4 decimals; shares as percentages to 2 decimals. Rounding half away from zero.</summary>
internal static class HtmlText
{
    /// <summary>Text safe inside an element or a quoted attribute.</summary>
    public static string Encode(string? text) => System.Net.WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Yuan to the fen: <c>#,##0.00</c>.</summary>
    public static string Yuan(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A ratio (CMI, index, weight) to 4 decimals, <c>—</c> when undefined.</summary>
    public static string Ratio(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture) : "—";

    /// <summary>A share as a percentage to 2 decimals, <c>—</c> when undefined.</summary>
    public static string Percent(decimal? share) => share is { } s ? Math.Round(s * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);
}
