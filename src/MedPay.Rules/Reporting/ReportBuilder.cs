using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.Reporting;

/// <summary>
/// The hospital's DRG year as one self-contained HTML page (docs/report.md): overview, case mix by MDC and the top DRGs, departments, the
/// cases that need a look and, when given, the year-end retention result with every step. Chinese with English labels; inline CSS and SVG,
/// no script, nothing fetched from the network. Every figure comes from the library's indicator and year-end code
/// (<see cref="IndicatorReport"/>, <see cref="HospitalYearResult"/>) or from the results passed in; every chart has its numbers in a table
/// beside it. Set the optional inputs with an object initializer; the builder is immutable and can render many times.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>The title of a page when none is set.</summary>
    public const string DefaultTitle = "DRG 年度报告 / DRG year report";

    /// <summary>Creates a builder over grouped cases.</summary>
    /// <param name="scheme">The scheme the cases were grouped with (MDC and DRG names).</param>
    /// <param name="parameters">The payment parameter pack whose weights, average costs and stays the indicators use.</param>
    /// <param name="cases">The grouped cases.</param>
    public ReportBuilder(DrgScheme scheme, PaymentParameters parameters, IReadOnlyList<PaymentCase> cases)
    {
        Scheme = scheme ?? throw new ArgumentNullException(nameof(scheme));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
    }

    /// <summary>The scheme the cases were grouped with.</summary>
    public DrgScheme Scheme { get; }

    /// <summary>The payment parameter pack of the weights.</summary>
    public PaymentParameters Parameters { get; }

    /// <summary>The grouped cases.</summary>
    public IReadOnlyList<PaymentCase> Cases { get; }

    /// <summary>
    /// The payment of each case, in the order of <see cref="Cases"/> (e.g. from <see cref="DrgPaymentEngine.PayBatch"/>); null for a report without
    /// payment. Rendering throws <see cref="ArgumentException"/> when the count differs from the cases'.
    /// </summary>
    public IReadOnlyList<CasePayment>? Payments { get; init; }

    /// <summary>The cases that could not be used, with their reasons (e.g. <see cref="ReportCases.InvalidCases"/>).</summary>
    public IReadOnlyList<InvalidCase> InvalidCases { get; init; } = Array.Empty<InvalidCase>();

    /// <summary>Settlement-list findings to list among the cases that need a look, or null.</summary>
    public SettlementBatchReport? Settlement { get; init; }

    /// <summary>Year-end retention results, one per hospital, each shown with every step; empty for none.</summary>
    public IReadOnlyList<YearEndReport> Retention { get; init; } = Array.Empty<YearEndReport>();

    /// <summary>Whether the cases carry real costs (false when the input had no cost column: the cost index is then not shown).</summary>
    public bool CostsKnown { get; init; } = true;

    /// <summary>The page's title.</summary>
    public string Title { get; init; } = DefaultTitle;

    /// <summary>How many DRGs the top tables show (default 10).</summary>
    public int TopCount { get; init; } = 10;

    /// <summary>How many cases each list of cases that need a look shows (default 50; the count above each list is the full count).</summary>
    public int ListLimit { get; init; } = 50;

    /// <summary>The builder of the cases read from a case or results file.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="parameters">The payment parameters.</param>
    /// <param name="cases">The cases read.</param>
    /// <returns>A builder with <see cref="InvalidCases"/> and <see cref="CostsKnown"/> set from the file.</returns>
    public static ReportBuilder From(DrgScheme scheme, PaymentParameters parameters, ReportCases cases)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        return new ReportBuilder(scheme, parameters, cases.Cases) { InvalidCases = cases.InvalidCases, CostsKnown = cases.HasCosts };
    }

    /// <summary>Renders the page.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var text = new StringBuilder(64 * 1024);
        HtmlReportWriter.Write(ReportFigures.Compute(this), text);
        return text.ToString();
    }

    /// <summary>Renders the page to a writer.</summary>
    /// <param name="writer">Where to write (UTF-8 is what the page declares).</param>
    public void WriteHtml(TextWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.Write(ToHtml());
    }
}
