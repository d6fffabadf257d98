using System.Management.Automation;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Measure-MedPayPayment</c>: the DRG payment of each case (按病组付费支付测算). A row with the case columns
/// (<c>diagnoses</c>, <c>procedures</c>, … as for <c>Invoke-MedPayDrgGroup</c>) is grouped first with <c>-Scheme</c>; a row without
/// <c>diagnoses</c> but with a <c>drg</c> column is paid under that DRG. Cost columns: <c>total_cost</c> (required),
/// <c>personal_payment</c>, <c>fund</c> (employee/职工/1, resident/居民/2), <c>hospital_grade</c> (or <c>grade</c>, or <c>-Grade</c>),
/// <c>los_days</c>, <c>discharge</c> (5 = died), <c>dept</c>, <c>hospital_id</c>. <see cref="PaymentCase"/> objects are paid as they are.
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

    /// <summary>The scheme that groups rows with case columns; the embedded default scheme when not given.</summary>
    [Parameter]
    public DrgScheme? Scheme { get; set; }

    /// <summary>The hospital grade for rows without a <c>hospital_grade</c> or <c>grade</c> column.</summary>
    [Parameter]
    public string? Grade { get; set; }

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
        var id = row.Text("id") ?? string.Empty;
        var issues = new List<Issue>();
        var grouping = Group(row, issues);
        if (!row.Has("total_cost")) issues.Add(DrgGroupingIssues.MissingCaseColumn.Create(field: "total_cost", args: "total_cost"));
        var cost = row.Decimal("total_cost", DrgGroupingIssues.FieldNotANumber, issues);
        var personal = row.Decimal("personal_payment", DrgGroupingIssues.FieldNotANumber, issues) ?? 0m;
        var los = row.Int("los_days", DrgGroupingIssues.FieldNotANumber, issues) ?? 0;
        var discharge = row.Int("discharge", DrgGroupingIssues.FieldNotANumber, issues) ?? 0;
        if (grouping is null || cost is null || issues.Any(i => i.Severity == IssueSeverity.Error))
        {
            foreach (var issue in issues) WriteWarning(id + ": " + Issues.Line(issue));
            WriteObject(new PaymentRow(id, grouping?.Drg ?? DrgResult.UngroupableCode, null, issues, pack));
            return;
        }

        var paymentCase = new PaymentCase
        {
            Id = id,
            DrgCode = grouping.Value.Drg,
            GroupingStatus = grouping.Value.Status,
            TotalCost = cost.Value,
            PersonalPayment = personal,
            // DipCaseFile.ParseFund reads the fund column's spellings (employee/职工/1, resident/居民/2), as medpay dip does.
            Fund = DipCaseFile.ParseFund(row.Text("fund")) switch
            {
                DipFund.Employee => InsuredFund.Employee,
                DipFund.Resident => InsuredFund.Resident,
                _ => InsuredFund.Unspecified,
            },
            Grade = row.Text("hospital_grade", "grade") ?? Grade ?? string.Empty,
            LengthOfStay = los,
            Died = discharge == 5,
            Department = row.Text("dept"),
            Hospital = row.Text("hospital_id"),
        };
        var result = engine.Pay(in paymentCase);
        if (result.Problem is { } problem) WriteWarning(id + ": " + Issues.Line(problem.Create()));
        WriteObject(new PaymentRow(id, paymentCase.DrgCode, result, issues, pack));
    }

    /// <summary>Groups a row with case columns, or takes its <c>drg</c> column; <see langword="null"/> (and issues) when neither works.</summary>
    private (string Drg, DrgGroupingStatus Status)? Group(RowValues row, List<Issue> issues)
    {
        if (row.Has("diagnoses"))
        {
            var records = DrgCaseCsv.Parse(CaseRows.ToCsv(InputObject), "pipeline", out var fileIssues);
            issues.AddRange(fileIssues);
            if (records.Count == 0) return null;
            issues.AddRange(records[0].Issues);
            if (records[0].Case is not { } c) return null;
            var result = _grouper!.Group(c);
            return (result.DrgCode, result.Status);
        }

        // A DRG given by the caller: paid as grouped under that code (0000: ungroupable), whatever scheme produced it.
        if (row.Text("drg") is { } drg) return (drg, drg == DrgResult.UngroupableCode ? DrgGroupingStatus.Ungroupable : DrgGroupingStatus.Grouped);

        issues.Add(DrgGroupingIssues.MissingCaseColumn.Create(field: "diagnoses", args: "diagnoses"));
        return null;
    }
}
