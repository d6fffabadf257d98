using System.Collections.Immutable;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Reporting;
using MedPay.Rules.Retention;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Tests.Reporting;

/// <summary>
/// Issue 16's browser check: the report for the shipped example cases and for a built year with payments, settlement findings and retention
/// is opened in headless Chromium; no script errors, no request but the page itself, every section present, and every number the page
/// shows (parsed out of the DOM) equal to the figure computed through the library's own API for the same input
/// (<see cref="IndicatorReport"/>, <see cref="HospitalYearResult"/>, <see cref="HospitalYearEnd"/>). Screenshots are kept in
/// <c>report-artifacts/</c> of the test output folder.
/// </summary>
public class ReportBrowserTests
{
    private static readonly DrgScheme Scheme = DrgScheme.LoadDefault();
    private static readonly PaymentParameters Parameters = PaymentParameters.LoadDefault();

    private static string Ratio(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private static decimal Fen(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal PercentOf(decimal share) => Math.Round(share * 100m, 2, MidpointRounding.AwayFromZero);

    private static string Percent(decimal? share) => share is { } s ? PercentOf(s).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    private static async Task<ReportBrowser.Visit> Render(ReportBuilder builder, string name)
    {
        var path = ReportBrowser.Artifact(name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, builder.ToHtml());
        var visit = await ReportBrowser.OpenAsync(path, ReportBrowser.Artifact(name + ".png"));
        Assert.Empty(visit.Errors);
        Assert.Equal(0, visit.Scripts);
        Assert.Equal(new[] { new Uri(path).AbsoluteUri }, visit.Requests); // self-contained: nothing but the page is fetched
        Assert.True(File.Exists(ReportBrowser.Artifact(name + ".png")));
        return visit;
    }

    /// <summary>The indicator figures of the overview and the DRG and department tables against <see cref="IndicatorReport"/>.</summary>
    private static void IndicatorsMatch(ReportPage page, IReadOnlyList<PaymentCase> cases, bool costs)
    {
        var hospital = IndicatorReport.Compute(cases, Parameters, IndicatorLevel.Hospital).Rows.Single();
        Assert.Equal(hospital.Cases, page.Figure("cases"));
        Assert.Equal(hospital.GroupedCases, page.Figure("grouped-cases"));
        Assert.Equal(Percent(hospital.GroupingRate), page.Figures["grouping-rate"]);
        Assert.Equal(Percent((decimal)hospital.GroupedCases / hospital.Cases), page.Figures["grouped-share"]);
        Assert.Equal(hospital.DrgCount, page.Figure("drg-count"));
        Assert.Equal(Ratio(hospital.TotalWeight), page.Figures["total-weight"]);
        Assert.Equal(Ratio(hospital.Cmi), page.Figures["cmi"]);
        Assert.Equal(costs ? Ratio(hospital.CostIndex) : "—", page.Figures["cost-index"]);
        Assert.Equal(Ratio(hospital.TimeIndex), page.Figures["time-index"]);

        var drgs = IndicatorReport.Compute(cases, Parameters, IndicatorLevel.Drg).Rows;
        var top = drgs.Where(r => r.Key != DrgResult.UngroupableCode).OrderByDescending(r => r.Cases).ThenBy(r => r.Key, StringComparer.Ordinal).Take(10).ToList();
        Assert.Equal(top.Select(r => "drg-volume:" + r.Key), page.Rows.Keys.Where(k => k.StartsWith("drg-volume:", StringComparison.Ordinal)));
        foreach (var r in top)
        {
            var row = "drg-volume:" + r.Key;
            Assert.Equal(r.Cases, page.Cell(row, "cases"));
            Assert.Equal(Ratio(r.Cmi), page.Rows[row]["weight"]);
            Assert.Equal(Ratio(r.TimeIndex), page.Rows[row]["time-index"]);
            Assert.Equal(costs ? Ratio(r.CostIndex) : "—", page.Rows[row]["cost-index"]);
        }

        // MDC lines: the DRG rows summed by the MDC of each DRG's ADRG in the scheme.
        foreach (var mdc in drgs.GroupBy(r => r.Key == DrgResult.UngroupableCode ? "0000" : Scheme.FindAdrg(Scheme.FindDrg(r.Key)!.Adrg)!.Mdc))
        {
            var row = "mdc:" + mdc.Key;
            Assert.Equal(mdc.Sum(r => r.Cases), page.Cell(row, "cases"));
            Assert.Equal(Ratio(mdc.Sum(r => r.TotalWeight)), page.Rows[row]["total-weight"]);
            Assert.Equal(PercentOf((decimal)mdc.Sum(r => r.Cases) / cases.Count), page.Cell(row, "share"));
        }

        var departments = IndicatorReport.Compute(cases, Parameters, IndicatorLevel.Department).Rows;
        Assert.Equal(departments.Length, page.Rows.Keys.Count(k => k.StartsWith("dept:", StringComparison.Ordinal)));
        foreach (var d in departments)
        {
            var row = "dept:" + d.Key;
            Assert.Equal(d.Cases, page.Cell(row, "cases"));
            Assert.Equal(Ratio(d.Cmi), page.Rows[row]["cmi"]);
            Assert.Equal(costs ? Ratio(d.CostIndex) : "—", page.Rows[row]["cost-index"]);
            Assert.Equal(Ratio(d.TimeIndex), page.Rows[row]["time-index"]);
        }
    }

    [Fact]
    public async Task The_example_cases_report_opens_in_chromium_with_the_library_figures()
    {
        var path = Path.Combine(Support.SharedFixtures.RepositoryRoot, "examples", "cases.csv");
        var read = ReportCases.Read(File.ReadAllText(path), "cases.csv", Scheme, Parameters);
        Assert.Empty(read.FileIssues);
        Assert.True(read.GroupedHere);
        Assert.False(read.HasCosts);
        var visit = await Render(ReportBuilder.From(Scheme, Parameters, read), "example-cases");
        Assert.Equal(new[] { "overview", "case-mix", "departments", "attention" }, visit.Page.Sections);
        Assert.Equal("DRG 年度报告 / DRG year report", visit.Title);

        // The same cases grouped through the library's API, as medpay group does.
        var grouper = Scheme.CreateGrouper();
        var records = DrgCaseCsv.Parse(File.ReadAllText(path), "cases.csv", out _);
        var cases = records.Select(r => r.Case is { } c ? grouper.Group(c) : default(DrgResult?))
            .Select((g, i) => new PaymentCase
            {
                Id = records[i].Id, DrgCode = g?.DrgCode ?? DrgResult.UngroupableCode, GroupingStatus = g?.Status ?? DrgGroupingStatus.InvalidInput,
                LengthOfStay = records[i].Case?.LengthOfStayDays ?? 0, Grade = "3", Hospital = string.Empty, Department = string.Empty,
            }).ToList();
        IndicatorsMatch(visit.Page, cases, costs: false);
        var notGrouped = cases.Count(c => c.GroupingStatus is DrgGroupingStatus.Ungroupable or DrgGroupingStatus.Ambiguous);
        Assert.Equal(notGrouped, visit.Page.Figure("not-grouped-count"));
        Assert.Equal(cases.Count(c => c.GroupingStatus == DrgGroupingStatus.InvalidInput), visit.Page.Figure("invalid-count"));
        Assert.False(visit.Page.Figures.ContainsKey("payment-total")); // no costs: no payment figures
    }

    [Fact]
    public async Task A_year_with_payments_findings_and_retention_opens_in_chromium_with_the_library_figures()
    {
        var cases = SyntheticYear.Cases(4000, 20261202, Scheme, Parameters);
        var payments = SyntheticYear.Pay(cases, Parameters);
        var year = HospitalYearResult.Compute(cases, payments, Parameters.Policy).Single();
        var retention = HospitalYearEnd.Compute(RetentionPolicy.Seed, YearEndTotals.FromPayment(year, "qualified"));
        Assert.NotNull(retention.Hospital);
        var settlement = new SettlementValidator(SettlementRuleCatalogue.LoadDefault()).ValidateAll(new[] { SettlementList.Empty, SettlementList.Empty });
        var invalid = new[] { new InvalidCase("X1", 7, ImmutableArray.Create(new Issue("PAY_INPUT_BAD_VALUE", IssueSeverity.Error, new LocalizedText("总费用不是数字", "total_cost is not a number"), "total_cost", "abc"))) };
        var builder = new ReportBuilder(Scheme, Parameters, cases)
        {
            Payments = payments, Retention = new[] { retention }, Settlement = settlement, InvalidCases = invalid, Title = "示例医院 2026 年 DRG 年度报告 / Example hospital, DRG year 2026",
        };
        var visit = await Render(builder, "year-with-payments");
        var page = visit.Page;
        Assert.Equal(new[] { "overview", "case-mix", "departments", "attention", "retention" }, page.Sections);
        IndicatorsMatch(page, cases, costs: true);

        // Payment against cost: HospitalYearResult of the same cases and payments; a balance is shown as a surplus or an overspend, never negative.
        Assert.Equal(Fen(year.DrgPaymentTotal), page.Figure("payment-total"));
        Assert.Equal(Fen(year.FeeForItemTotal), page.Figure("cost-total"));
        Assert.Equal(Fen(Math.Max(0m, year.Balance)), page.Figure("surplus"));
        Assert.Equal(Fen(Math.Max(0m, -year.Balance)), page.Figure("overspend"));
        var losses = year.ByDrg.Where(l => l.Balance < 0).OrderBy(l => l.Balance).Take(10).ToList();
        Assert.NotEmpty(losses);
        Assert.Equal(losses.Select(l => "drg-loss:" + l.Key), page.Rows.Keys.Where(k => k.StartsWith("drg-loss:", StringComparison.Ordinal)));
        foreach (var l in losses)
        {
            Assert.Equal((Fen(l.DrgPaymentTotal), Fen(l.FeeForItemTotal), Fen(-l.Balance)),
                (page.Cell("drg-loss:" + l.Key, "payment"), page.Cell("drg-loss:" + l.Key, "cost"), page.Cell("drg-loss:" + l.Key, "overspend")));
        }

        foreach (var d in year.ByDepartment)
        {
            var row = "dept:" + year.Hospital + "/" + d.Key;
            Assert.Equal((Fen(d.DrgPaymentTotal), Fen(d.FeeForItemTotal)), (page.Cell(row, "payment"), page.Cell(row, "cost")));
            Assert.Equal((Fen(Math.Max(0m, d.Balance)), Fen(Math.Max(0m, -d.Balance))), (page.Cell(row, "surplus"), page.Cell(row, "overspend")));
        }

        // Cases that need a look: counts from the payments and the inputs.
        Assert.Equal(payments.Count(p => p.Status == PaymentStatus.Paid && p.OutlierClass == CostOutlierClass.High), page.Figure("high-outlier-count"));
        Assert.Equal(payments.Count(p => p.Status == PaymentStatus.Paid && p.OutlierClass == CostOutlierClass.Low), page.Figure("low-outlier-count"));
        Assert.True(page.Figure("high-outlier-count") > 0 && page.Figure("low-outlier-count") > 0);
        Assert.Equal(cases.Count(c => c.GroupingStatus == DrgGroupingStatus.InvalidInput) + 1, page.Figure("invalid-count"));
        Assert.Contains("PAY_INPUT_BAD_VALUE [total_cost=abc]: 总费用不是数字 / total_cost is not a number", page.Rows["invalid:X1"]["reasons"]);
        Assert.Equal(settlement.AllFindings().Count(), page.Figure("settlement-finding-count"));
        foreach (var count in settlement.Summary) Assert.Equal(count.Findings, page.Cell("settlement-rule:" + count.Rule.Id, "findings"));

        // Retention: the hospital's outcome and every step of its explanation, in order.
        var h = retention.Hospital!;
        Assert.Equal(Fen(h.Retained), page.Figure("retention.0.retained"));
        Assert.Equal(Fen(h.HospitalBorne), page.Figure("retention.0.hospital-borne"));
        Assert.Equal(Fen(h.FundOutlay), page.Cell("retention.0.amount:fund-outlay", "yuan"));
        Assert.Equal(h.Steps.Length, page.Rows.Keys.Count(k => k.StartsWith("retention.0.step:", StringComparison.Ordinal)));
        for (var i = 0; i < h.Steps.Length; i++)
        {
            var row = page.Rows["retention.0.step:" + (i + 1)];
            Assert.Equal((h.Steps[i].Code, Fen(h.Steps[i].Amount), h.Steps[i].Text.Zh, h.Steps[i].Text.En), (row["code"], ReportPage.Number(row["amount"]), row["zh"], row["en"]));
        }

        foreach (var d in retention.Departments) Assert.Equal(Fen(d.Retained), page.Cell("retention.0.dept:" + d.Id, "retained"));
    }
}
