using System.Management.Automation;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Measure-MedPayPayment</c>: the DRG payment of each case (按病组付费支付测算). Rows are read by the library's payment case reader, as
/// <c>medpay pay</c> reads its file: <c>id, drg, status, total_cost</c> (required with <c>drg</c>), <c>personal_payment, fund, grade, los_days,
/// hospital, dept, died, addons</c>. A row with the case columns of <c>Invoke-MedPayDrgGroup</c> (<c>diagnoses</c>, …) and no <c>drg</c> is
/// grouped first with <c>-Scheme</c>. <see cref="PaymentCase"/> objects are paid as they are.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "MedPayPayment")]
[OutputType(typeof(PaymentRow))]
public sealed class MeasurePaymentCommand : PSCmdlet
{
    private DrgGrouper? _grouper;
    private DrgPaymentEngine? _engine;

    /// <summary>The case: a row object or a <see cref="PaymentCase"/>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>The payment parameters from <c>Import-MedPayRulePack</c>; the embedded example (illustrative rates) when not given.</summary>
    [Parameter]
    public PaymentParameters? Parameters { get; set; }

    /// <summary>The scheme that groups rows with case columns; the embedded default scheme when not given. A path works too: an NHSA workbook (<c>.xlsx</c> or a folder holding one), a folder or zip pack, or an embedded pack id.</summary>
    [Parameter]
    [DrgSchemeArgument]
    public DrgScheme? Scheme { get; set; }

    /// <summary>The hospital grade of rows without a <c>grade</c> column (default 3, as <c>medpay pay</c>).</summary>
    [Parameter]
    public string Grade { get; set; } = "3";

    /// <summary>The fund of rows without a <c>fund</c> column (default employee, as <c>medpay pay</c>).</summary>
    [Parameter]
    public InsuredFund Fund { get; set; } = InsuredFund.Employee;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        _grouper = (Scheme ?? DefaultEngines.DrgScheme).CreateGrouper();
        _engine = new DrgPaymentEngine(Parameters ?? DefaultEngines.PaymentParameters);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var engine = _engine!;
        var pack = engine.Parameters.Identity.ToString();
        if (InputObject.BaseObject is PaymentCase typed)
        {
            WriteObject(new PaymentRow(typed.Id ?? string.Empty, typed.DrgCode, engine.Pay(in typed), Array.Empty<Issue>(), pack));
            return;
        }

        var row = new RowValues(InputObject);
        var fields = CaseRows.Fields(InputObject).AsEnumerable();
        var issues = new List<Issue>();
        if (row.Has("diagnoses") && row.Text("drg") is null)
        {
            var records = DrgCaseCsv.Parse(CaseRows.ToCsv(fields), "pipeline", out var caseIssues);
            issues.AddRange(caseIssues);
            if (records.Count > 0) issues.AddRange(records[0].Issues);
            if (records.Count == 0 || records[0].Case is not { } drgCase)
            {
                Invalid(row.Text("id") ?? string.Empty, DrgResult.UngroupableCode, issues, pack);
                return;
            }

            var grouping = _grouper!.Group(drgCase);
            fields = fields.Without("drg", "status").Concat(new[]
            {
                new KeyValuePair<string, string>("drg", grouping.DrgCode),
                new KeyValuePair<string, string>("status", StatusText(grouping.Status)),
            });
        }

        var parsed = PaymentCaseCsv.Parse(CaseRows.ToCsv(fields), "pipeline", engine.Parameters, Fund, Grade, out var fileIssues);
        issues.AddRange(fileIssues);
        if (parsed.Count > 0) issues.AddRange(parsed[0].Issues);
        if (parsed.Count == 0 || parsed[0].Case is not { } paymentCase)
        {
            Invalid(row.Text("id") ?? string.Empty, row.Text("drg") ?? DrgResult.UngroupableCode, issues, pack);
            return;
        }

        var result = engine.Pay(in paymentCase);
        if (result.Problem is { } problem) WriteWarning(paymentCase.Id + ": " + Issues.Line(problem.Create()));
        WriteObject(new PaymentRow(paymentCase.Id ?? string.Empty, paymentCase.DrgCode, result, issues, pack));
    }

    private void Invalid(string id, string drg, List<Issue> issues, string pack)
    {
        foreach (var issue in issues) WriteWarning(id + ": " + Issues.Line(issue));
        WriteObject(new PaymentRow(id, drg, null, issues, pack));
    }

    /// <summary>The status words of <c>medpay group</c>'s output, which the payment case reader takes.</summary>
    private static string StatusText(DrgGroupingStatus status) => status switch
    {
        DrgGroupingStatus.Grouped => "grouped",
        DrgGroupingStatus.Ambiguous => "ambiguous",
        DrgGroupingStatus.Ungroupable => "ungroupable",
        _ => "invalid-input",
    };
}
