using System.Globalization;
using System.Text;

namespace MedPay.Rules.Reporting;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn without any library (docs/report.md §"Charts" says why): one row per bar, the label on the
/// left, the bar's length proportional to |value| ÷ the largest |value|, negative values left of a zero line, the figure at the bar's end.
/// Colours come from the page's CSS classes (<c>bar-pos</c>, <c>bar-neg</c>), so the SVG carries no style of its own.
/// </summary>
internal static class SvgBarChart
{
    /// <summary>The chart's width in SVG user units (px at 100% zoom).</summary>
    public const int Width = 460;

    /// <summary>The height of one row.</summary>
    public const int RowHeight = 22;

    /// <summary>The width of the label column.</summary>
    public const int LabelWidth = 150;

    /// <summary>The room kept right of the bars (and left of negative bars) for the figure.</summary>
    public const int FigureRoom = 90;

    /// <summary>The width left for the bars.</summary>
    public const int BarArea = Width - LabelWidth - FigureRoom;

    /// <summary>Writes the chart.</summary>
    /// <param name="text">Where to write.</param>
    /// <param name="title">The chart's accessible title (also its tooltip).</param>
    /// <param name="bars">The bars, top to bottom.</param>
    public static void Write(StringBuilder text, string title, IReadOnlyList<ChartBar> bars)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        decimal maxPositive = 0m, maxNegative = 0m;
        foreach (var bar in bars)
        {
            if (bar.Value > maxPositive) maxPositive = bar.Value;
            if (-bar.Value > maxNegative) maxNegative = -bar.Value;
        }

        var span = maxPositive + maxNegative;
        var negativeRoom = maxNegative > 0 ? FigureRoom : 0;
        var area = BarArea - negativeRoom;
        var zero = LabelWidth + negativeRoom + (span == 0 ? 0 : area * maxNegative / span);
        text.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").Append(Width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" aria-label=\"").Append(HtmlText.Encode(title)).Append("\">");
        text.Append("<title>").Append(HtmlText.Encode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = span == 0 ? 0m : area * Math.Abs(bar.Value) / span;
            var x = bar.Value < 0 ? zero - length : zero;
            text.Append("<g class=\"bar\"><text class=\"bar-label\" x=\"").Append(N(LabelWidth - 6)).Append("\" y=\"").Append(N(y + 15)).Append("\" text-anchor=\"end\">")
                .Append(HtmlText.Encode(Shorten(bar.Label))).Append("</text>");
            text.Append("<rect class=\"").Append(bar.Value < 0 ? "bar-neg" : "bar-pos").Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y + 3))
                .Append("\" width=\"").Append(N(length)).Append("\" height=\"").Append(RowHeight - 6).Append("\"/>");
            var figureX = bar.Value < 0 ? x - 4 : x + length + 4;
            text.Append("<text class=\"bar-figure\" x=\"").Append(N(figureX)).Append("\" y=\"").Append(N(y + 15)).Append("\" text-anchor=\"").Append(bar.Value < 0 ? "end" : "start")
                .Append("\">").Append(HtmlText.Encode(bar.Text)).Append("</text></g>");
        }

        if (maxNegative > 0)
        {
            text.Append("<line class=\"zero\" x1=\"").Append(N(zero)).Append("\" x2=\"").Append(N(zero)).Append("\" y1=\"2\" y2=\"").Append(height - 2).Append("\"/>");
        }

        text.Append("</svg>");
    }

    /// <summary>A label of at most 14 characters (an ellipsis marks the cut; the table beside the chart has the whole label).</summary>
    internal static string Shorten(string label) => label.Length <= 14 ? label : label.Substring(0, 13) + "…";

    private static string N(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
