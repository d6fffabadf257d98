using System.Collections.Immutable;
using System.Management.Automation;
using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Reporting;
using MedPay.Rules.Retention;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Export-MedPayReport</c>: the hospital's DRG year as one self-contained HTML page, as <c>medpay report</c> writes it (docs/report.md).
/// Reads a case file (grouped with <c>-Scheme</c>) or a results file with the library's <see cref="ReportCases"/>, pays the cases when the file
/// has <c>total_cost</c>, settles each hospital's year end when <c>-RetentionPolicy</c> is given, and writes the page with
/// <see cref="ReportBuilder"/>. Writes the file's <see cref="FileInfo"/>.
/// </summary>
[Cmdlet(VerbsData.Export, "MedPayReport")]
[OutputType(typeof(FileInfo))]
public sealed class ExportReportCommand : PSCmdlet
{
    /// <summary>The case or results CSV file.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public string Path { get; set; } = null!;

    /// <summary>The HTML file to write.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public string OutFile { get; set; } = null!;

    /// <summary>The scheme that groups a case file and names the MDCs and DRGs; the embedded default scheme when not given.</summary>
    [Parameter]
    [DrgSchemeArgument]
    public DrgScheme? Scheme { get; set; }

    /// <summary>The payment parameters (weights, rates, outlier rules); the embedded example when not given.</summary>
    [Parameter]
    public PaymentParameters? Parameters { get; set; }

    /// <summary>The retention policy that settles each hospital's year end; no retention section when not given.</summary>
    [Parameter]
    public RetentionPolicy? RetentionPolicy { get; set; }

    /// <summary>The quality grade the retention policy uses (e.g. <c>excellent</c>).</summary>
    [Parameter]
    public string? QualityGrade { get; set; }

    /// <summary>The page's title.</summary>
    [Parameter]
    public string Title { get; set; } = ReportBuilder.DefaultTitle;

    /// <summary>The fund of rows without a <c>fund</c> column (default employee).</summary>
    [Parameter]
    public InsuredFund Fund { get; set; } = InsuredFund.Employee;

    /// <summary>The hospital grade of rows without a <c>grade</c> column (default 3).</summary>
    [Parameter]
    public string Grade { get; set; } = "3";

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var input = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var output = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var scheme = Scheme ?? DefaultEngines.DrgScheme;
        var parameters = Parameters ?? DefaultEngines.PaymentParameters;
        string text;
        try
        {
            text = File.ReadAllText(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteError(new ErrorRecord(e, "MedPayReportInput", ErrorCategory.ReadError, input));
            return;
        }

        var read = ReportCases.Read(text, System.IO.Path.GetFileName(input), scheme, parameters, Fund, Grade);
        if (read.FileIssues.Any(i => i.Severity == IssueSeverity.Error))
        {
            WriteError(Issues.Error("MedPayReportInput", ErrorCategory.InvalidData, input, "病例文件无法使用", "the case file cannot be used", read.FileIssues));
            return;
        }

        foreach (var issue in read.FileIssues) WriteWarning(Issues.Line(issue));
        CasePayment[]? payments = null;
        if (read.HasCosts)
        {
            payments = new CasePayment[read.Cases.Length];
            new DrgPaymentEngine(parameters).PayBatch(read.Cases.AsSpan(), payments);
        }

        var retention = ImmutableArray<YearEndReport>.Empty;
        if (RetentionPolicy is { } policy)
        {
            if (payments is null)
            {
                WriteError(Issues.Error("MedPayReportRetention", ErrorCategory.InvalidData, input, "结余留用需要费用列 total_cost", "retention needs costs: the file has no total_cost column",
                    Array.Empty<Issue>()));
                return;
            }

            retention = HospitalYearResult.Compute(read.Cases, payments, parameters.Policy)
                .Select(h => HospitalYearEnd.Compute(policy, YearEndTotals.FromPayment(h, QualityGrade))).ToImmutableArray();
            foreach (var issue in retention.SelectMany(r => r.Issues)) WriteWarning(Issues.Line(issue));
        }

        var builder = new ReportBuilder(scheme, parameters, read.Cases)
        {
            InvalidCases = read.InvalidCases, CostsKnown = read.HasCosts, Payments = payments, Retention = retention, Title = Title,
        };
        try
        {
            using var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            builder.WriteHtml(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteError(new ErrorRecord(e, "MedPayReportOutput", ErrorCategory.WriteError, output));
            return;
        }

        WriteObject(new FileInfo(output));
    }
}
