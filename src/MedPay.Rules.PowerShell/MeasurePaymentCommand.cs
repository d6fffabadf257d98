using System.Management.Automation;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Measure-MedPayPayment</c>: the DRG payment of each case (按病组付费支付测算). Rows are read by the library's payment case reader, as
/// <c>medpay pay</c> reads its file: <c>id, drg, status, total_cost</c> (required with <c>drg</c>), <c>personal_payment, fund, grade, los_days,
/// hospital, dept, died, addons</c>. A row with the case columns of <c>Invoke-MedPayDrgGroup</c> (<c>diagnoses</c>, …) and no <c>drg</c> is
/// grouped first with <c>-Scheme</c>. The rows of <c>Invoke-MedPayDrgGroup</c> are paid under the DRG they were grouped to, with the cost
/// columns of the row they were grouped from. <see cref="PaymentCase"/> objects are paid as they are. With <c>-YearEnd</c> the cmdlet writes,
/// after the last case, each hospital's <see cref="HospitalYearResult"/> (what <c>medpay pay --year-out</c> writes) instead of the rows; those
/// go on to <c>Invoke-MedPayRetention</c>.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "MedPayPayment")]
[OutputType(typeof(PaymentRow), typeof(HospitalYearResult))]
public sealed class MeasurePaymentCommand : PSCmdlet
{
    private readonly List<PaymentCase> _cases = new();
    private readonly List<CasePayment> _payments = new();
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

    /// <summary>Writes each hospital's year-end result (DRG payment against fee-for-item, by department and DRG) after the last case, instead of the case rows.</summary>
    [Parameter]
    public SwitchParameter YearEnd { get; set; }

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
            Paid(typed, new List<Issue>(), pack);
            return;
        }

        var source = InputObject;
        var fields = CaseRows.Fields(InputObject).AsEnumerable();
        if (InputObject.BaseObject is DrgGroupRow grouped)
        {
            // A row of Invoke-MedPayDrgGroup: its group, and the other columns (costs, hospital, …) of the row it was grouped from.
            source = grouped.Source ?? new PSObject();
            fields = CaseRows.Fields(source).Without("id", "drg", "status", "mdc", "adrg").Concat(new[]
            {
                new KeyValuePair<string, string>("id", grouped.Id),
                new KeyValuePair<string, string>("drg", grouped.Drg),
                new KeyValuePair<string, string>("status", StatusText(grouped.Status)),
            });
        }

        var row = new RowValues(source);
        var issues = new List<Issue>();
        if (InputObject.BaseObject is not DrgGroupRow && row.Has("diagnoses") && row.Text("drg") is null)
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

        Paid(paymentCase, issues, pack);
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (!YearEnd) return;
        foreach (var year in HospitalYearResult.Compute(_cases, _payments, _engine!.Parameters.Policy))
        {
            foreach (var issue in year.Issues) WriteWarning(year.Hospital + ": " + Issues.Line(issue));
            WriteObject(year);
        }
    }

    private void Paid(PaymentCase paymentCase, List<Issue> issues, string pack)
    {
        var engine = _engine!;
        var result = engine.Pay(in paymentCase);
        if (result.Problem is not null)
        {
            // The explanation carries the problem with its values filled in (CasePayment.Problem is only its definition).
            foreach (var problem in engine.Explain(in paymentCase).Issues)
            {
                WriteWarning(paymentCase.Id + ": " + Issues.Line(problem));
                issues.Add(problem);
            }
        }

        if (YearEnd)
        {
            _cases.Add(paymentCase);
            _payments.Add(result);
            return;
        }

        WriteObject(new PaymentRow(paymentCase.Id ?? string.Empty, paymentCase.DrgCode, result, issues, pack, engine.Parameters.FindWeight(paymentCase.DrgCode)?.Name ?? string.Empty));
    }

    private void Invalid(string id, string drg, List<Issue> issues, string pack)
    {
        foreach (var issue in issues) WriteWarning(id + ": " + Issues.Line(issue));
        if (!YearEnd) WriteObject(new PaymentRow(id, drg, null, issues, pack));
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
