using System.Globalization;
using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Reporting;

/// <summary>
/// Writes the report page from its figures. Every figure sits in an element marked <c>data-figure="key"</c> (single figures) or in a
/// <c>td data-col="column"</c> of a <c>tr data-row="table:key"</c>, so that a reader (or a test) can take the numbers back out of the page.
/// Sections are <c>section data-section="…"</c>: overview, case-mix, departments, attention and (when given) retention.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style =
        ":root{--pos:#2f7d4f;--neg:#b83a2e;--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee3;--bg:#f4f6f8;--accent:#16425b}"
        + "*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 \"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Zen Hei\",system-ui,sans-serif}"
        + "header{background:var(--accent);color:#fff;padding:18px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85;font-size:12px}"
        + "nav{padding:8px 32px;background:#fff;border-bottom:1px solid var(--line);font-size:13px}nav a{margin-right:16px;color:var(--accent);text-decoration:none}"
        + "main{max-width:1240px;margin:0 auto;padding:4px 24px 32px}"
        + "section{background:#fff;border:1px solid var(--line);border-radius:8px;margin:18px 0;padding:14px 22px}"
        + "h2{font-size:18px;margin:4px 0 12px;color:var(--accent)}h3{font-size:15px;margin:18px 0 8px}.en{color:var(--muted);font-weight:400;font-size:.85em}"
        + ".kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(165px,1fr));gap:10px;margin-bottom:12px}"
        + ".kpi{border:1px solid var(--line);border-radius:6px;padding:8px 12px}.kpi-label{font-size:12px;color:var(--muted)}"
        + ".kpi-value{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums}"
        + ".pair{display:flex;flex-wrap:wrap;gap:20px;align-items:flex-start;margin:8px 0}.pair>figure{margin:0}"
        + "table{border-collapse:collapse;font-size:12.5px}caption{text-align:left;font-weight:600;padding:2px 0 6px}"
        + "th,td{border-bottom:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}th{background:#eef1f4;font-weight:600}"
        + ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.surplus{color:var(--pos)}.overspend{color:var(--neg)}"
        + ".note{color:var(--muted);font-size:12px;margin:4px 0}.issue{color:var(--neg)}"
        + "svg.chart{font-size:11px;font-family:inherit}svg.chart .bar-pos{fill:#3b7ea1}svg.chart .bar-neg{fill:var(--neg)}svg.chart .bar-label{fill:var(--ink)}"
        + "svg.chart .bar-figure{fill:var(--muted)}svg.chart .zero{stroke:var(--muted);stroke-width:1}"
        + "details{margin:6px 0}summary{cursor:pointer;color:var(--accent)}footer{color:var(--muted);font-size:12px;padding:0 32px 24px}"
        + "@media print{body{background:#fff}section{break-inside:avoid;border:none}nav{display:none}}";

    public static void Write(ReportFigures figures, StringBuilder html)
    {
        var input = figures.Input;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta name=\"generator\" content=\"MedPay.Rules ReportBuilder\"><title>").Append(E(input.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<header><h1>").Append(E(input.Title)).Append("</h1><p>分组方案 / scheme ").Append(E(input.Scheme.Identity.ToString()))
            .Append(" · 权重 / weights ").Append(E(input.Parameters.Identity.ToString()));
        foreach (var policy in input.Retention.Select(r => r.Policy).Where(p => p is not null).Distinct()) html.Append(" · 留用政策 / retention policy ").Append(E(policy!.ToString()));
        html.Append("</p></header><nav><a href=\"#overview\">总览 Overview</a><a href=\"#case-mix\">病例组合 Case mix</a><a href=\"#departments\">科室 Departments</a>")
            .Append("<a href=\"#attention\">需关注病例 Cases to review</a>");
        if (input.Retention.Count > 0) html.Append("<a href=\"#retention\">结余留用 Retention</a>");
        html.Append("</nav><main>");
        Overview(figures, html);
        CaseMix(figures, html);
        Departments(figures, html);
        Attention(figures, html);
        if (input.Retention.Count > 0) RetentionSection(figures, html);
        html.Append("</main><footer>指标口径与来源见 docs/report.md / Definitions and sources of every figure: docs/report.md. ")
            .Append("CMI = 总权重 ÷ 有权重病例数; 费用消耗指数 = Σ实际费用 ÷ Σ病组平均费用; 时间消耗指数 = Σ住院日 ÷ Σ病组平均住院日 (domain-primer §5).</footer></body></html>\n");
    }

    // ---- sections ----

    private static void Overview(ReportFigures f, StringBuilder html)
    {
        var o = f.Overall;
        var costs = f.Input.CostsKnown;
        SectionStart(html, "overview", "总览", "Overview");
        html.Append("<div class=\"kpis\">");
        Kpi(html, "cases", "病例数", "Cases", HtmlText.Count(o.Cases));
        Kpi(html, "grouped-cases", "入组病例", "Grouped cases", HtmlText.Count(o.GroupedCases));
        Kpi(html, "grouped-share", "入组占比", "Grouped share", HtmlText.Percent(o.Cases == 0 ? null : (decimal)o.GroupedCases / o.Cases));
        Kpi(html, "grouping-rate", "入组率", "Grouping rate", HtmlText.Percent(o.GroupingRate));
        Kpi(html, "drg-count", "DRG组数", "DRGs", HtmlText.Count(o.DrgCount));
        Kpi(html, "total-weight", "总权重", "Total weight", HtmlText.Ratio(o.TotalWeight));
        Kpi(html, "cmi", "病例组合指数", "CMI", HtmlText.Ratio(o.Cmi));
        Kpi(html, "cost-index", "费用消耗指数", "Cost index", costs ? HtmlText.Ratio(o.CostIndex) : "—");
        Kpi(html, "time-index", "时间消耗指数", "Time index", HtmlText.Ratio(o.TimeIndex));
        Kpi(html, "low-risk-mortality", "低风险组死亡率", "Low-risk mortality", HtmlText.Percent(o.LowRiskMortality));
        if (f.Year is { } year)
        {
            Kpi(html, "payment-total", "DRG 支付", "DRG payment", HtmlText.Yuan(year.DrgPaymentTotal));
            Kpi(html, "cost-total", "按项目费用", "Fee-for-item cost", HtmlText.Yuan(year.FeeForItemTotal));
            Kpi(html, "surplus", "结余", "Surplus", HtmlText.Yuan(Math.Max(0m, year.Balance)), "surplus");
            Kpi(html, "overspend", "超支", "Overspend", HtmlText.Yuan(Math.Max(0m, -year.Balance)), "overspend");
            Kpi(html, "special-review", "特例单议", "Special review",
                HtmlText.Count(year.SpecialReviewCases) + (year.SpecialReviewCap is { } cap ? " / " + HtmlText.Count(cap) : string.Empty));
        }

        html.Append("</div>");
        Note(html, "入组占比 = 入组病例 ÷ 全部病例；入组率 = 入组病例 ÷ (全部病例 − 住院日或费用超出参数包限值的病例)。",
            "Grouped share = grouped ÷ all cases; grouping rate = grouped ÷ (all cases − cases whose stay or cost is outside the pack's limits).");
        if (!costs)
        {
            Note(html, "输入没有费用列（total_cost）：费用、支付和费用消耗指数不显示；费用按 0 计，低于入组率的费用下限，入组率因此无定义。",
                "The input has no total_cost column: cost, payment and the cost index are not shown; costs count as 0, below the grouping rate's cost floor, so the grouping rate is undefined.");
        }
        if (f.Year is { } y)
        {
            var bars = new[]
            {
                new ChartBar("DRG 支付 payment", y.DrgPaymentTotal, HtmlText.Yuan(y.DrgPaymentTotal)),
                new ChartBar("按项目 by item", y.FeeForItemTotal, HtmlText.Yuan(y.FeeForItemTotal)),
            };
            Pair(html, "DRG 支付与按项目费用 / DRG payment against fee-for-item cost", bars, table =>
            {
                TableStart(table, "支付与费用 / Payment vs. cost", ("item", "项目", "Item", false), ("yuan", "金额（元）", "Yuan", true));
                Row(table, "overview-money:payment", ("item", "DRG 支付 / DRG payment", false), ("yuan", HtmlText.Yuan(y.DrgPaymentTotal), true));
                Row(table, "overview-money:cost", ("item", "按项目费用 / Fee-for-item cost", false), ("yuan", HtmlText.Yuan(y.FeeForItemTotal), true));
                Row(table, "overview-money:surplus", ("item", "结余 / Surplus", false), ("yuan", HtmlText.Yuan(Math.Max(0m, y.Balance)), true));
                Row(table, "overview-money:overspend", ("item", "超支 / Overspend", false), ("yuan", HtmlText.Yuan(Math.Max(0m, -y.Balance)), true));
                table.Append("</tbody></table>");
            });
            foreach (var issue in f.YearByHospital.SelectMany(h => h.Issues)) IssueLine(html, issue);
        }
        else
        {
            Note(html, "未提供支付结果：支付与费用对比不显示。", "No payments given: payment against cost is not shown.");
        }

        if (f.SeveralHospitals)
        {
            var years = f.YearByHospital.ToDictionary(h => h.Hospital, StringComparer.Ordinal);
            TableStart(html, "按医院 / By hospital", ("hospital", "医院", "Hospital", false), ("cases", "病例", "Cases", true), ("grouping-rate", "入组率", "Grouping rate", true),
                ("cmi", "CMI", "CMI", true), ("cost-index", "费用消耗指数", "Cost index", true), ("time-index", "时间消耗指数", "Time index", true),
                ("payment", "DRG 支付", "Payment", true), ("cost", "按项目费用", "Cost", true), ("surplus", "结余", "Surplus", true), ("overspend", "超支", "Overspend", true));
            foreach (var h in f.Hospitals)
            {
                years.TryGetValue(h.Key, out var hy);
                Row(html, "hospital:" + h.Key, ("hospital", h.Key, false), ("cases", HtmlText.Count(h.Cases), true), ("grouping-rate", HtmlText.Percent(h.GroupingRate), true),
                    ("cmi", HtmlText.Ratio(h.Cmi), true), ("cost-index", costs ? HtmlText.Ratio(h.CostIndex) : "—", true), ("time-index", HtmlText.Ratio(h.TimeIndex), true),
                    ("payment", hy is null ? "—" : HtmlText.Yuan(hy.DrgPaymentTotal), true), ("cost", hy is null ? "—" : HtmlText.Yuan(hy.FeeForItemTotal), true),
                    ("surplus", hy is null ? "—" : HtmlText.Yuan(Math.Max(0m, hy.Balance)), true), ("overspend", hy is null ? "—" : HtmlText.Yuan(Math.Max(0m, -hy.Balance)), true));
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    private static void CaseMix(ReportFigures f, StringBuilder html)
    {
        var costs = f.Input.CostsKnown;
        var all = f.Overall.Cases;
        SectionStart(html, "case-mix", "病例组合", "Case mix");
        html.Append("<h3>按 MDC <span class=\"en\">By major diagnostic category (MDC)</span></h3>");
        Pair(html, "各 MDC 病例数 / Cases by MDC", f.Mdcs.Select(m => new ChartBar(MdcLabel(m), m.Cases, HtmlText.Count(m.Cases))).ToList(), table =>
        {
            TableStart(table, "MDC 分布 / Case mix by MDC", ("mdc", "MDC", "MDC", false), ("name", "名称", "Name", false), ("cases", "病例", "Cases", true), ("share", "占比", "Share", true),
                ("drgs", "DRG组数", "DRGs", true), ("total-weight", "总权重", "Total weight", true), ("cmi", "CMI", "CMI", true));
            foreach (var m in f.Mdcs)
            {
                Row(table, "mdc:" + m.Code, ("mdc", m.Code, false), ("name", MdcName(m), false), ("cases", HtmlText.Count(m.Cases), true),
                    ("share", HtmlText.Percent(all == 0 ? null : (decimal)m.Cases / all), true), ("drgs", HtmlText.Count(m.DrgCount), true),
                    ("total-weight", HtmlText.Ratio(m.TotalWeight), true), ("cmi", HtmlText.Ratio(m.Cmi), true));
            }

            table.Append("</tbody></table>");
        });
        html.Append("<h3>病例数最多的 DRG <span class=\"en\">Top DRGs by volume</span></h3>");
        Pair(html, "病例数最多的 DRG / Top DRGs by volume", f.TopByVolume.Select(r => new ChartBar(r.Key + " " + DrgName(f, r.Key), r.Cases, HtmlText.Count(r.Cases))).ToList(), table =>
        {
            TableStart(table, "病例数前 " + f.Input.TopCount + " / Top " + f.Input.TopCount + " by cases", ("drg", "DRG", "DRG", false), ("name", "名称", "Name", false),
                ("cases", "病例", "Cases", true), ("share", "占比", "Share", true), ("weight", "权重", "Weight", true), ("cost-index", "费用消耗指数", "Cost index", true),
                ("time-index", "时间消耗指数", "Time index", true));
            foreach (var r in f.TopByVolume)
            {
                Row(table, "drg-volume:" + r.Key, ("drg", r.Key, false), ("name", DrgName(f, r.Key), false), ("cases", HtmlText.Count(r.Cases), true),
                    ("share", HtmlText.Percent(all == 0 ? null : (decimal)r.Cases / all), true), ("weight", HtmlText.Ratio(r.Cmi), true),
                    ("cost-index", costs ? HtmlText.Ratio(r.CostIndex) : "—", true), ("time-index", HtmlText.Ratio(r.TimeIndex), true));
            }

            table.Append("</tbody></table>");
        });
        html.Append("<h3>超支最多的 DRG <span class=\"en\">Top DRGs by loss</span></h3>");
        if (f.Year is null)
        {
            Note(html, "未提供支付结果。", "No payments given.");
        }
        else if (f.TopByLoss.IsEmpty)
        {
            Note(html, "没有支付低于费用的 DRG。", "No DRG was paid less than it cost.");
        }
        else
        {
            Pair(html, "超支最多的 DRG / Top DRGs by overspend", f.TopByLoss.Select(l => new ChartBar(l.Key + " " + DrgName(f, l.Key), -l.Balance, HtmlText.Yuan(-l.Balance))).ToList(), table =>
            {
                TableStart(table, "超支前 " + f.Input.TopCount + " / Top " + f.Input.TopCount + " by overspend", ("drg", "DRG", "DRG", false), ("name", "名称", "Name", false),
                    ("cases", "病例", "Cases", true), ("payment", "DRG 支付", "Payment", true), ("cost", "按项目费用", "Cost", true), ("overspend", "超支", "Overspend", true));
                foreach (var l in f.TopByLoss)
                {
                    Row(table, "drg-loss:" + l.Key, ("drg", l.Key, false), ("name", DrgName(f, l.Key), false), ("cases", HtmlText.Count(l.Cases), true),
                        ("payment", HtmlText.Yuan(l.DrgPaymentTotal), true), ("cost", HtmlText.Yuan(l.FeeForItemTotal), true), ("overspend", HtmlText.Yuan(-l.Balance), true));
                }

                table.Append("</tbody></table>");
            });
        }

        html.Append("</section>");
    }

    private static void Departments(ReportFigures f, StringBuilder html)
    {
        var costs = f.Input.CostsKnown;
        SectionStart(html, "departments", "科室", "Departments");
        string Name(string key) => f.SeveralHospitals ? key : key.Substring(key.IndexOf('/') + 1);
        var bars = f.Year is null
            ? f.DepartmentLines.Select(d => new ChartBar(Name(d.Indicators.Key), d.Indicators.Cmi ?? 0m, HtmlText.Ratio(d.Indicators.Cmi))).ToList()
            : f.DepartmentLines.Select(d => new ChartBar(Name(d.Indicators.Key), d.Year?.Balance ?? 0m, Balance(d.Year?.Balance ?? 0m))).ToList();
        var title = f.Year is null ? "各科室 CMI / CMI by department" : "各科室结余（右）与超支（左） / Surplus (right) and overspend (left) by department";
        Pair(html, title, bars, table =>
        {
            TableStart(table, "科室指标 / Department indicators", ("dept", "科室", "Department", false), ("cases", "病例", "Cases", true), ("cmi", "CMI", "CMI", true),
                ("cost-index", "费用消耗指数", "Cost index", true), ("time-index", "时间消耗指数", "Time index", true), ("payment", "DRG 支付", "Payment", true),
                ("cost", "按项目费用", "Cost", true), ("surplus", "结余", "Surplus", true), ("overspend", "超支", "Overspend", true));
            foreach (var (r, y) in f.DepartmentLines)
            {
                Row(table, "dept:" + r.Key, ("dept", Name(r.Key), false), ("cases", HtmlText.Count(r.Cases), true), ("cmi", HtmlText.Ratio(r.Cmi), true),
                    ("cost-index", costs ? HtmlText.Ratio(r.CostIndex) : "—", true), ("time-index", HtmlText.Ratio(r.TimeIndex), true),
                    ("payment", y is null ? "—" : HtmlText.Yuan(y.DrgPaymentTotal), true), ("cost", y is null ? "—" : HtmlText.Yuan(y.FeeForItemTotal), true),
                    ("surplus", y is null ? "—" : HtmlText.Yuan(Math.Max(0m, y.Balance)), true), ("overspend", y is null ? "—" : HtmlText.Yuan(Math.Max(0m, -y.Balance)), true));
            }

            table.Append("</tbody></table>");
        });
        Note(html, "病例为全部病例（含无效）；支付与费用为已支付病例（不含无效输入）。", "Cases are all cases (invalid ones included); payment and cost are those of the paid cases (invalid input left out).");
        html.Append("</section>");
    }

    private static void Attention(ReportFigures f, StringBuilder html)
    {
        var input = f.Input;
        var cases = input.Cases;
        SectionStart(html, "attention", "需关注病例", "Cases that need a look");
        var settlementFindings = input.Settlement?.AllFindings().ToList();
        html.Append("<div class=\"kpis\">");
        Kpi(html, "not-grouped-count", "未入组", "Not grouped", HtmlText.Count(f.NotGrouped.Length));
        Kpi(html, "invalid-count", "无效输入", "Invalid input", HtmlText.Count(f.Invalid.Length));
        if (input.Payments is not null)
        {
            Kpi(html, "high-outlier-count", "高倍率病例", "High outliers", HtmlText.Count(f.HighOutlierCount));
            Kpi(html, "low-outlier-count", "低倍率病例", "Low outliers", HtmlText.Count(f.LowOutlierCount));
        }

        if (settlementFindings is not null) Kpi(html, "settlement-finding-count", "结算清单问题", "Settlement-list findings", HtmlText.Count(settlementFindings.Count));
        html.Append("</div>");

        html.Append("<h3>未入组病例 <span class=\"en\">Not grouped (ungroupable 0000, ambiguous QY)</span></h3>");
        Limited(html, f.NotGrouped.Length, input.ListLimit);
        if (f.NotGrouped.Length > 0)
        {
            TableStart(html, null, ("id", "病例", "Case", false), ("status", "状态", "Status", false), ("drg", "DRG", "DRG", false), ("dept", "科室", "Department", false),
                ("los", "住院日", "Stay (days)", true), ("cost", "费用", "Cost", true));
            foreach (var i in f.NotGrouped.Take(input.ListLimit))
            {
                var c = cases[i];
                Row(html, "not-grouped:" + c.Id, ("id", c.Id ?? string.Empty, false), ("status", StatusText(c.GroupingStatus), false), ("drg", c.HasDrg ? c.DrgCode : DrgResult.UngroupableCode, false),
                    ("dept", c.Department ?? string.Empty, false), ("los", HtmlText.Count(c.LengthOfStay), true), ("cost", input.CostsKnown ? HtmlText.Yuan(c.TotalCost) : "—", true));
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h3>无效输入 <span class=\"en\">Invalid input, with reasons</span></h3>");
        Limited(html, f.Invalid.Length, input.ListLimit);
        if (f.Invalid.Length > 0)
        {
            var byCode = f.Invalid.SelectMany(c => c.Issues.IsDefaultOrEmpty ? new[] { "(none)" } : c.Issues.Select(i => i.Code).Distinct()).GroupBy(c => c, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            TableStart(html, "按原因 / By reason", ("code", "代码", "Code", false), ("cases", "病例", "Cases", true));
            foreach (var g in byCode) Row(html, "invalid-code:" + g.Key, ("code", g.Key, false), ("cases", HtmlText.Count(g.Count()), true));
            html.Append("</tbody></table>");
            TableStart(html, null, ("id", "病例", "Case", false), ("line", "行", "Line", true), ("reasons", "原因", "Reasons", false));
            foreach (var c in f.Invalid.Take(input.ListLimit))
            {
                var reasons = c.Issues.IsDefaultOrEmpty ? "输入标为无效，未给原因 / marked invalid in the input, no reason given"
                    : string.Join("\n", c.Issues.Select(i => i.Code + (i.Field is null ? string.Empty : " [" + i.Field + (i.Value is null ? string.Empty : "=" + i.Value) + "]") + ": " + i.Message.Zh + " / " + i.Message.En));
                Row(html, "invalid:" + c.Id, ("id", c.Id, false), ("line", c.Line > 0 ? HtmlText.Count(c.Line) : string.Empty, true), ("reasons", reasons, false));
            }

            html.Append("</tbody></table>");
        }

        if (input.Payments is { } payments)
        {
            foreach (var (kind, zh, en, list, count) in new[]
            {
                ("high", "高倍率病例", "High-cost outliers (cost above the high multiple of the standard)", f.HighOutliers, f.HighOutlierCount),
                ("low", "低倍率病例", "Low-cost outliers (cost below the low multiple of the standard)", f.LowOutliers, f.LowOutlierCount),
            })
            {
                html.Append("<h3>").Append(zh).Append(" <span class=\"en\">").Append(en).Append("</span></h3>");
                Limited(html, count, input.ListLimit);
                if (list.IsEmpty) continue;
                TableStart(html, null, ("id", "病例", "Case", false), ("drg", "DRG", "DRG", false), ("dept", "科室", "Department", false), ("cost", "费用", "Cost", true),
                    ("standard", "支付标准", "Standard", true), ("ratio", "费用÷标准", "Cost ÷ standard", true), ("payment", "支付", "Payment", true));
                foreach (var i in list)
                {
                    var c = cases[i];
                    var p = payments[i];
                    Row(html, kind + "-outlier:" + c.Id, ("id", c.Id ?? string.Empty, false), ("drg", c.DrgCode, false), ("dept", c.Department ?? string.Empty, false),
                        ("cost", HtmlText.Yuan(c.TotalCost), true), ("standard", HtmlText.Yuan(p.Standard), true), ("ratio", HtmlText.Ratio(c.TotalCost / p.Standard), true),
                        ("payment", HtmlText.Yuan(p.Payment), true));
                }

                html.Append("</tbody></table>");
            }
        }

        if (input.Settlement is { } settlement)
        {
            html.Append("<h3>结算清单问题 <span class=\"en\">Settlement-list findings</span></h3>");
            Limited(html, settlementFindings!.Count, input.ListLimit);
            if (settlement.Summary.Length > 0)
            {
                TableStart(html, "按规则 / By rule", ("rule", "规则", "Rule", false), ("severity", "级别", "Severity", false), ("lists", "清单数", "Lists", true),
                    ("findings", "问题数", "Findings", true), ("message", "说明", "Message", false));
                foreach (var count in settlement.Summary)
                {
                    Row(html, "settlement-rule:" + count.Rule.Id, ("rule", count.Rule.Id + " " + count.Rule.Code, false), ("severity", count.Rule.Severity.ToString(), false),
                        ("lists", HtmlText.Count(count.Lists), true), ("findings", HtmlText.Count(count.Findings), true), ("message", count.Rule.Message.Zh + " / " + count.Rule.Message.En, false));
                }

                html.Append("</tbody></table>");
            }

            var setlId = SettlementLayout.Find(SettlementNode.Setlinfo, "setl_id");
            if (settlementFindings.Count > 0)
            {
                TableStart(html, null, ("list", "清单", "List", false), ("rule", "规则", "Rule", false), ("path", "字段", "Field", false), ("value", "值", "Value", false),
                    ("message", "说明", "Message", false));
                var n = 0;
                foreach (var finding in settlementFindings.Take(input.ListLimit))
                {
                    var list = finding.ListIndex >= 0 && finding.ListIndex < settlement.Reports.Length ? settlement.Reports[finding.ListIndex].List : null;
                    var name = (list is not null && setlId is not null ? list[setlId] : null) ?? "#" + finding.ListIndex.ToString(CultureInfo.InvariantCulture);
                    Row(html, "settlement:" + (n++).ToString(CultureInfo.InvariantCulture), ("list", name, false), ("rule", finding.RuleId + " " + finding.Code, false),
                        ("path", finding.Path, false), ("value", finding.Value ?? string.Empty, false), ("message", finding.Message.Zh + " / " + finding.Message.En, false));
                }

                html.Append("</tbody></table>");
            }
        }

        html.Append("</section>");
    }

    private static void RetentionSection(ReportFigures f, StringBuilder html)
    {
        SectionStart(html, "retention", "年终结余留用与超支分担", "Year-end retention and overspend sharing");
        var n = 0;
        foreach (var report in f.Input.Retention)
        {
            var prefix = "retention." + (n++).ToString(CultureInfo.InvariantCulture) + ".";
            var h = report.Hospital;
            html.Append("<h3>").Append(E(h?.Name ?? "—")).Append(" <span class=\"en\">").Append(E(report.Policy?.ToString() ?? string.Empty)).Append("</span></h3>");
            foreach (var issue in report.Issues) IssueLine(html, issue);
            if (h is null)
            {
                Note(html, "输入有错误，没有结果。", "The input has errors: no outcome.");
                continue;
            }

            html.Append("<div class=\"kpis\">");
            Kpi(html, prefix + "grade", "质量等级", "Quality grade", h.Grade ?? "—");
            Kpi(html, prefix + "margin", h.Margin >= 0 ? "结余" : "超支", h.Margin >= 0 ? "Surplus" : "Overspend", HtmlText.Yuan(Math.Abs(h.Margin)), h.Margin >= 0 ? "surplus" : "overspend");
            Kpi(html, prefix + "retained", "留用", "Retained", HtmlText.Yuan(h.Retained));
            Kpi(html, prefix + "hospital-borne", "医院承担", "Hospital bears", HtmlText.Yuan(h.HospitalBorne));
            Kpi(html, prefix + "fund-outlay", "基金支出", "Fund outlay", HtmlText.Yuan(h.FundOutlay));
            html.Append("</div>");
            var amounts = new (string Key, string Label, decimal Amount)[]
            {
                ("payment", "DRG/DIP 支付 / Payment", h.Payment), ("adjusted-payment", "调整后支付 / Adjusted payment", h.AdjustedPayment),
                ("fee-for-item", "按项目费用 / Fee-for-item", h.FeeForItem), ("surplus", "结余 / Surplus", h.Surplus), ("retained", "留用 / Retained", h.Retained),
                ("surplus-to-fund", "结余归基金 / Surplus to fund", h.SurplusToFund), ("staff-pool", "人员奖励 / Staff pool", h.StaffPool),
                ("development-fund", "发展基金 / Development fund", h.DevelopmentFund), ("overspend", "超支 / Overspend", h.Overspend),
                ("disallowed", "不合理超支 / Disallowed", h.Disallowed), ("fund-borne", "基金分担 / Fund bears", h.FundBorne),
                ("hospital-borne", "医院承担 / Hospital bears", h.HospitalBorne), ("fund-outlay", "基金支出 / Fund outlay", h.FundOutlay),
            };
            var split = amounts.Where(a => a.Key is "surplus" or "retained" or "surplus-to-fund" or "overspend" or "fund-borne" or "hospital-borne").ToList();
            Pair(html, "结余与超支的分配 / How the surplus and the overspend are split", split.Select(a => new ChartBar(a.Label.Split('/')[0].Trim(), a.Amount, HtmlText.Yuan(a.Amount))).ToList(), table =>
            {
                TableStart(table, "金额 / Amounts", ("item", "项目", "Item", false), ("yuan", "金额（元）", "Yuan", true));
                foreach (var a in amounts) Row(table, prefix + "amount:" + a.Key, ("item", a.Label, false), ("yuan", HtmlText.Yuan(a.Amount), true));
                table.Append("</tbody></table>");
            });
            if (h.Checks.Length > 0)
            {
                TableStart(html, "留用条件 / Retention targets", ("indicator", "指标", "Indicator", false), ("target", "要求", "Target", false), ("value", "实际", "Value", true), ("met", "达标", "Met", false));
                foreach (var c in h.Checks)
                {
                    Row(html, prefix + "check:" + c.Target.Indicator, ("indicator", c.Target.Indicator, false), ("target", c.Target.OperatorText + " " + Number(c.Target.Threshold), false),
                        ("value", c.Value is { } v ? Number(v) : "—", true), ("met", c.Met ? "是 / yes" : "否 / no", false));
                }

                html.Append("</tbody></table>");
            }

            Steps(html, prefix + "step", "计算步骤 / Every step of the computation", h);
            if (report.Departments.Length > 0)
            {
                Outcomes(html, prefix + "dept", "科室 / Departments", report.Departments, withDepartmentShares: true);
                foreach (var d in report.Departments)
                {
                    html.Append("<details><summary>").Append(E(d.Name)).Append(" 的计算步骤 / steps</summary>");
                    Steps(html, prefix + "dept-step:" + d.Id, null, d);
                    html.Append("</details>");
                }
            }

            if (report.Groups.Length > 0) Outcomes(html, prefix + "group", "病组 / Groups (each settled as if alone)", report.Groups, withDepartmentShares: false);
        }

        html.Append("</section>");
    }

    // ---- pieces ----

    private static void Steps(StringBuilder html, string rowPrefix, string? caption, RetentionOutcome outcome)
    {
        TableStart(html, caption, ("n", "#", "#", true), ("code", "步骤", "Step", false), ("amount", "金额（元）", "Yuan", true), ("zh", "说明", "Explanation", false), ("en", "Explanation", "English", false));
        var i = 0;
        foreach (var step in outcome.Steps)
        {
            i++;
            Row(html, rowPrefix + ":" + i.ToString(CultureInfo.InvariantCulture), ("n", HtmlText.Count(i), true), ("code", step.Code, false), ("amount", HtmlText.Yuan(step.Amount), true),
                ("zh", step.Text.Zh, false), ("en", step.Text.En, false));
        }

        html.Append("</tbody></table>");
    }

    private static void Outcomes(StringBuilder html, string rowPrefix, string caption, IEnumerable<RetentionOutcome> outcomes, bool withDepartmentShares)
    {
        var columns = new List<(string, string, string, bool)>
        {
            ("id", "编号", "Id", false), ("name", "名称", "Name", false), ("payment", "支付", "Payment", true), ("fee-for-item", "按项目", "Fee-for-item", true),
            ("surplus", "结余", "Surplus", true), ("retained", "留用", "Retained", true), ("overspend", "超支", "Overspend", true), ("fund-borne", "基金分担", "Fund bears", true),
            ("hospital-borne", "医院承担", "Hospital bears", true),
        };
        if (withDepartmentShares) columns.AddRange(new[] { ("performance-pay", "科室绩效", "Dept. performance pay", true), ("department-borne", "科室承担", "Dept. bears", true) });
        TableStart(html, caption, columns.ToArray());
        foreach (var o in outcomes)
        {
            var cells = new List<(string, string, bool)>
            {
                ("id", o.Id, false), ("name", o.Name, false), ("payment", HtmlText.Yuan(o.AdjustedPayment), true), ("fee-for-item", HtmlText.Yuan(o.FeeForItem), true),
                ("surplus", HtmlText.Yuan(o.Surplus), true), ("retained", HtmlText.Yuan(o.Retained), true), ("overspend", HtmlText.Yuan(o.Overspend), true),
                ("fund-borne", HtmlText.Yuan(o.FundBorne), true), ("hospital-borne", HtmlText.Yuan(o.HospitalBorne), true),
            };
            if (withDepartmentShares)
            {
                cells.Add(("performance-pay", o.DepartmentPerformancePay is { } pay ? HtmlText.Yuan(pay) : "—", true));
                cells.Add(("department-borne", o.DepartmentBorne is { } borne ? HtmlText.Yuan(borne) : "—", true));
            }

            Row(html, rowPrefix + ":" + o.Id, cells.ToArray());
        }

        html.Append("</tbody></table>");
    }

    private static void SectionStart(StringBuilder html, string id, string zh, string en) =>
        html.Append("<section id=\"").Append(id).Append("\" data-section=\"").Append(id).Append("\"><h2>").Append(zh).Append(" <span class=\"en\">").Append(en).Append("</span></h2>");

    private static void Kpi(StringBuilder html, string key, string zh, string en, string value, string? cssClass = null)
    {
        html.Append("<div class=\"kpi\"><div class=\"kpi-label\">").Append(zh).Append(" <span class=\"en\">").Append(en).Append("</span></div><div class=\"kpi-value")
            .Append(cssClass is null ? string.Empty : " " + cssClass).Append("\" data-figure=\"").Append(E(key)).Append("\">").Append(E(value)).Append("</div></div>");
    }

    private static void Pair(StringBuilder html, string chartTitle, IReadOnlyList<ChartBar> bars, Action<StringBuilder> table)
    {
        html.Append("<div class=\"pair\"><figure>");
        SvgBarChart.Write(html, chartTitle, bars);
        html.Append("<figcaption class=\"note\">").Append(E(chartTitle)).Append("</figcaption></figure><div>");
        table(html);
        html.Append("</div></div>");
    }

    private static void TableStart(StringBuilder html, string? caption, params (string Key, string Zh, string En, bool Numeric)[] columns)
    {
        html.Append("<table>");
        if (caption is not null) html.Append("<caption>").Append(E(caption)).Append("</caption>");
        html.Append("<thead><tr>");
        foreach (var c in columns)
        {
            html.Append("<th").Append(c.Numeric ? " class=\"num\"" : string.Empty).Append(" data-col=\"").Append(c.Key).Append("\">").Append(E(c.Zh));
            if (c.En != c.Zh) html.Append("<br><span class=\"en\">").Append(E(c.En)).Append("</span>");
            html.Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
    }

    private static void Row(StringBuilder html, string key, params (string Column, string Text, bool Numeric)[] cells)
    {
        html.Append("<tr data-row=\"").Append(E(key)).Append("\">");
        foreach (var c in cells)
        {
            html.Append("<td data-col=\"").Append(c.Column).Append('"').Append(c.Numeric ? " class=\"num\"" : string.Empty).Append('>')
                .Append(E(c.Text).Replace("\n", "<br>")).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static void Note(StringBuilder html, string zh, string en) =>
        html.Append("<p class=\"note\">").Append(E(zh)).Append(" <span class=\"en\">").Append(E(en)).Append("</span></p>");

    private static void IssueLine(StringBuilder html, Issue issue) =>
        html.Append("<p class=\"note issue\">").Append(E(issue.Code)).Append(": ").Append(E(issue.Message.Zh)).Append(" / ").Append(E(issue.Message.En)).Append("</p>");

    private static void Limited(StringBuilder html, int count, int limit)
    {
        if (count == 0) Note(html, "无。", "None.");
        else if (count > limit) Note(html, "共 " + HtmlText.Count(count) + " 例，下表列出前 " + HtmlText.Count(limit) + " 例。", HtmlText.Count(count) + " in all; the first " + HtmlText.Count(limit) + " are listed.");
    }

    private static string Balance(decimal balance) => balance >= 0 ? "结余 " + HtmlText.Yuan(balance) : "超支 " + HtmlText.Yuan(-balance);

    private static string StatusText(DrgGroupingStatus status) => status switch
    {
        DrgGroupingStatus.Grouped => "已入组 grouped",
        DrgGroupingStatus.Ambiguous => "歧义组 ambiguous (QY)",
        DrgGroupingStatus.Ungroupable => "未入组 ungroupable",
        _ => "无效 invalid input",
    };

    private static string MdcLabel(MdcLine m) => m.Code switch
    {
        MdcLine.NotGroupedCode => "未入组 0000",
        MdcLine.UnknownCode => "方案外 ?",
        _ => m.Code + " " + (m.Name ?? string.Empty),
    };

    private static string MdcName(MdcLine m) => m.Code switch
    {
        MdcLine.NotGroupedCode => "未入组或无权重 / not grouped, no priced DRG",
        MdcLine.UnknownCode => "方案中没有的 DRG / DRGs not in the scheme",
        _ => m.Name ?? string.Empty,
    };

    private static string DrgName(ReportFigures f, string code) => f.Input.Scheme.FindDrg(code)?.Name ?? f.Input.Parameters.FindWeight(code)?.Name ?? string.Empty;

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string E(string? text) => HtmlText.Encode(text);
}
