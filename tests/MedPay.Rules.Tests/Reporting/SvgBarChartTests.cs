using System.Text;
using System.Xml.Linq;
using MedPay.Rules.Reporting;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>The report's own SVG bar chart: well-formed SVG, one bar per value, lengths proportional to |value|, negative bars left of the zero line.</summary>
public class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(params ChartBar[] bars)
    {
        var text = new StringBuilder();
        SvgBarChart.Write(text, "title <&>", bars);
        return XElement.Parse(text.ToString());
    }

    private static decimal Attr(XElement e, string name) => decimal.Parse(e.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Bars_are_proportional_to_their_values()
    {
        var svg = Render(new ChartBar("a", 100m, "100"), new ChartBar("b", 50m, "50"), new ChartBar("c", 25m, "25"));
        var rects = svg.Descendants(Svg + "rect").ToList();
        Assert.Equal(3, rects.Count);
        // No negative value: the bar area is the whole width left after labels and figures, 460 − 150 − 90 = 220; 100 → 220, 50 → 110, 25 → 55.
        Assert.Equal(new[] { 220m, 110m, 55m }, rects.Select(r => Attr(r, "width")));
        Assert.All(rects, r => Assert.Equal(150m, Attr(r, "x")));
        Assert.Empty(svg.Descendants(Svg + "line"));
    }

    [Fact]
    public void Negative_bars_extend_left_of_the_zero_line()
    {
        var svg = Render(new ChartBar("surplus", 300m, "300"), new ChartBar("overspend", -100m, "-100"));
        var rects = svg.Descendants(Svg + "rect").ToList();
        // Area 220 − 90 (room for the negative figures) = 130 over a span of 400: zero at 150 + 90 + 130 × 100/400 = 272.5;
        // 300 → 130 × 300/400 = 97.5 right of zero, −100 → 32.5 left of it (x = 272.5 − 32.5 = 240).
        var zero = Attr(svg.Descendants(Svg + "line").Single(), "x1");
        Assert.Equal(272.5m, zero);
        Assert.Equal((272.5m, 97.5m), (Attr(rects[0], "x"), Attr(rects[0], "width")));
        Assert.Equal((240m, 32.5m), (Attr(rects[1], "x"), Attr(rects[1], "width")));
        Assert.Equal(new[] { "bar-pos", "bar-neg" }, rects.Select(r => r.Attribute("class")!.Value));
    }

    [Fact]
    public void Labels_and_title_are_escaped_and_long_labels_shortened()
    {
        var svg = Render(new ChartBar("<b>&\"", 1m, "1"), new ChartBar("一二三四五六七八九十一二三四五六", 0m, "0"));
        Assert.Equal("title <&>", svg.Element(Svg + "title")!.Value);
        var labels = svg.Descendants(Svg + "text").Where(t => t.Attribute("class")!.Value == "bar-label").Select(t => t.Value).ToList();
        Assert.Equal(new[] { "<b>&\"", "一二三四五六七八九十一二三…" }, labels);
    }

    [Fact]
    public void No_bars_or_all_zero_draws_an_empty_well_formed_chart()
    {
        Assert.Empty(Render().Descendants(Svg + "rect"));
        Assert.All(Render(new ChartBar("z", 0m, "0")).Descendants(Svg + "rect"), r => Assert.Equal(0m, Attr(r, "width")));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Every_bar_stays_inside_the_chart_and_the_longest_fills_its_side(int[] values)
    {
        var bars = (values ?? Array.Empty<int>()).Take(30).Select((v, i) => new ChartBar("b" + i, v, v.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var rects = Render(bars).Descendants(Svg + "rect").ToList();
        var inside = rects.All(r => Attr(r, "x") >= SvgBarChart.LabelWidth - 0.1m && Attr(r, "x") + Attr(r, "width") <= SvgBarChart.Width - SvgBarChart.FigureRoom + 0.1m);
        var ordered = bars.Zip(rects, (b, r) => (Math.Abs(b.Value), Attr(r, "width"))).OrderBy(p => p.Item1).ToList();
        var monotone = ordered.Zip(ordered.Skip(1), (a, b) => a.Item2 <= b.Item2 + 0.1m).All(x => x);
        return rects.Count == bars.Length && inside && monotone;
    }
}
