using System.Text.RegularExpressions;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Reporting;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>The report page without a browser: self-contained markup, escaping, balances never negative, several hospitals, the 5 MB bound at 1,000,000 cases.</summary>
public class ReportBuilderTests
{
    private static readonly DrgScheme Scheme = DrgScheme.LoadDefault();
    private static readonly PaymentParameters Parameters = PaymentParameters.LoadDefault();

    private static string Year(int count, int seed, int hospitals = 1)
    {
        var cases = SyntheticYear.Cases(count, seed, Scheme, Parameters, hospitals);
        return new ReportBuilder(Scheme, Parameters, cases) { Payments = SyntheticYear.Pay(cases, Parameters) }.ToHtml();
    }

    [Fact]
    public void The_page_is_self_contained_and_has_no_script()
    {
        var html = Year(500, 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html); // no event-handler attributes
        // The only address is the SVG namespace name, which is never fetched.
        Assert.Equal(new[] { "http://www.w3.org/2000/svg" }, Regex.Matches(html, "https?://[^\"' <]+").Select(m => m.Value).Distinct());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html);
    }

    [Fact]
    public void Names_from_the_input_are_escaped()
    {
        var cases = new[]
        {
            new PaymentCase { Id = "<img src=x onerror=alert(1)>", DrgCode = "HC25", TotalCost = 15000m, Grade = "3", LengthOfStay = 4, Department = "<script>alert(1)</script>" },
        };
        var html = new ReportBuilder(Scheme, Parameters, cases) { Title = "A & B <i>" }.ToHtml();
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<title>A &amp; B &lt;i&gt;</title>", html);
    }

    [FsCheck.Xunit.Property(MaxTest = 12)]
    public bool Surplus_and_overspend_are_never_negative_and_give_the_balance(int seed)
    {
        var cases = SyntheticYear.Cases(300, seed, Scheme, Parameters, hospitals: 2);
        var payments = SyntheticYear.Pay(cases, Parameters);
        var page = ReportPage.FromHtml(new ReportBuilder(Scheme, Parameters, cases) { Payments = payments }.ToHtml());
        var lines = HospitalYearResult.Compute(cases, payments, Parameters.Policy).SelectMany(h => h.ByDepartment.Select(d => (Key: "dept:" + h.Hospital + "/" + d.Key, d.Balance)));
        var cells = page.Rows.Values.SelectMany(r => r.Where(c => c.Key is "surplus" or "overspend" && c.Value != "—")).Select(c => ReportPage.Number(c.Value));
        return cells.All(v => v >= 0) && page.Figure("surplus") >= 0 && page.Figure("overspend") >= 0
            && lines.All(l => page.Cell(l.Key, "surplus") - page.Cell(l.Key, "overspend") == Math.Round(l.Balance, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Several_hospitals_get_a_row_each_and_the_overview_sums_them()
    {
        var cases = SyntheticYear.Cases(2000, 7, Scheme, Parameters, hospitals: 3);
        var payments = SyntheticYear.Pay(cases, Parameters);
        var page = ReportPage.FromHtml(new ReportBuilder(Scheme, Parameters, cases) { Payments = payments }.ToHtml());
        var hospitals = IndicatorReport.Compute(cases, Parameters, IndicatorLevel.Hospital).Rows;
        var years = HospitalYearResult.Compute(cases, payments, Parameters.Policy);
        Assert.Equal(new[] { "H-A", "H-B", "H-C" }, hospitals.Select(h => h.Key));
        foreach (var h in hospitals) Assert.Equal(h.Cases, page.Cell("hospital:" + h.Key, "cases"));
        Assert.Equal(2000m, page.Figure("cases"));
        Assert.Equal(Math.Round(years.Sum(y => y.DrgPaymentTotal), 2), page.Figure("payment-total"));
        Assert.Equal(Math.Round(years.Sum(y => y.FeeForItemTotal), 2), page.Figure("cost-total"));
        // CMI of the whole = Σ weights ÷ Σ weighted cases over the hospitals.
        Assert.Equal(Math.Round(hospitals.Sum(h => h.TotalWeight) / hospitals.Sum(h => h.WeightedCases), 4, MidpointRounding.AwayFromZero), page.Figure("cmi"));
    }

    [Fact]
    public void Lists_are_capped_and_say_how_many_there_are()
    {
        var cases = SyntheticYear.Cases(20000, 3, Scheme, Parameters);
        var payments = SyntheticYear.Pay(cases, Parameters);
        var html = new ReportBuilder(Scheme, Parameters, cases) { Payments = payments, ListLimit = 5 }.ToHtml();
        var page = ReportPage.FromHtml(html);
        var high = payments.Count(p => p.Status == PaymentStatus.Paid && p.OutlierClass == CostOutlierClass.High);
        Assert.True(high > 5);
        Assert.Equal(5, page.Rows.Keys.Count(k => k.StartsWith("high-outlier:", StringComparison.Ordinal)));
        Assert.Contains("共 " + high.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture) + " 例，下表列出前 5 例。", html);
        // Highest cost ÷ standard first.
        var ratios = page.Rows.Where(r => r.Key.StartsWith("high-outlier:", StringComparison.Ordinal)).Select(r => ReportPage.Number(r.Value["ratio"])).ToList();
        Assert.Equal(ratios.OrderByDescending(r => r), ratios);
    }

    [Fact]
    public void The_page_for_a_million_cases_stays_under_5_MB()
    {
        var html = Year(1_000_000, 16);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 5 * 1024 * 1024, $"{bytes:N0} bytes");
        Assert.Equal(1_000_000m, ReportPage.FromHtml(html).Figure("cases"));
    }
}
