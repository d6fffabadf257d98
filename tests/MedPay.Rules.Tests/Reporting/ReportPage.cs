using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>
/// The figures of a rendered report as the page shows them: single figures by <c>data-figure</c> key, table rows by <c>data-row</c> key with
/// their cells by <c>data-col</c>, and the sections present. Built from a browser's DOM (<see cref="ReportBrowser"/>) or, for tests that do
/// not need a browser, read from the HTML text with patterns that fit the writer's regular markup.
/// </summary>
internal sealed record ReportPage(IReadOnlyDictionary<string, string> Figures, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rows, IReadOnlyList<string> Sections)
{
    public static ReportPage FromHtml(string html)
    {
        var figures = Regex.Matches(html, "data-figure=\"([^\"]*)\">([^<]*)<").ToDictionary(m => Decode(m.Groups[1].Value), m => Decode(m.Groups[2].Value), StringComparer.Ordinal);
        var rows = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match row in Regex.Matches(html, "<tr data-row=\"([^\"]*)\">(.*?)</tr>"))
        {
            rows[Decode(row.Groups[1].Value)] = Regex.Matches(row.Groups[2].Value, "<td data-col=\"([^\"]*)\"[^>]*>(.*?)</td>")
                .ToDictionary(c => c.Groups[1].Value, c => Decode(c.Groups[2].Value.Replace("<br>", "\n")), StringComparer.Ordinal);
        }

        var sections = Regex.Matches(html, "<section id=\"[^\"]*\" data-section=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        return new ReportPage(figures, rows, sections);
    }

    /// <summary>A displayed number back as a decimal: thousands separators and a trailing % removed.</summary>
    public static decimal Number(string text) =>
        decimal.Parse(text.Replace(",", string.Empty).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture);

    public decimal Figure(string key) => Number(Figures[key]);

    public decimal Cell(string row, string column) => Number(Rows[row][column]);

    private static string Decode(string text) => WebUtility.HtmlDecode(text);
}
