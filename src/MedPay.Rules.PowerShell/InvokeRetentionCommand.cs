using System.Collections.Immutable;
using System.Management.Automation;
using MedPay.Rules.Retention;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Invoke-MedPayRetention</c>: the year-end balance retention and overspend sharing (结余留用、合理超支分担) of each hospital under a
/// policy. Each input object is one hospital's year: <c>id</c> (or <c>hospital_id</c>), <c>name</c>, <c>payment</c> (the DRG/DIP payment or
/// quota), <c>fee_for_item</c> (the cost by item), optionally <c>disallowed</c>, <c>quality_grade</c>, <c>quality_score</c>; every other
/// numeric property is an indicator the policy may test (e.g. <c>inpatient_outpatient_ratio</c>). Writes the hospital's
/// <see cref="RetentionOutcome"/> (surplus, retained, overspend and who bears it, with the steps); the policy's issues are warnings.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "MedPayRetention")]
[OutputType(typeof(RetentionOutcome))]
public sealed class InvokeRetentionCommand : PSCmdlet
{
    private static readonly string[] LineColumns = { "id", "hospital_id", "name", "payment", "fee_for_item", "disallowed", "quality_grade", "quality_score" };

    /// <summary>One hospital's year-end figures.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>The policy from <c>Import-MedPayRulePack</c>; the embedded seed policy when not given.</summary>
    [Parameter]
    public RetentionPolicy? Policy { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var row = new RowValues(InputObject);
        var id = row.Text("id", "hospital_id") ?? string.Empty;
        var issues = new List<Issue>();
        foreach (var column in new[] { "payment", "fee_for_item" })
        {
            if (!row.Has(column)) issues.Add(RetentionIssues.InputMissingColumn.Create(field: column, args: column));
        }

        var payment = row.Decimal("payment", RetentionIssues.InputNotANumber, issues);
        var feeForItem = row.Decimal("fee_for_item", RetentionIssues.InputNotANumber, issues);
        var disallowed = row.Decimal("disallowed", RetentionIssues.InputNotANumber, issues) ?? 0m;
        var score = row.Decimal("quality_score", RetentionIssues.InputNotANumber, issues);
        if (payment is null || feeForItem is null || issues.Count > 0)
        {
            WriteError(Issues.Error("RetentionRowInvalid", ErrorCategory.InvalidData, InputObject, "医院 " + id + " 的年终数据无法使用",
                "the year-end figures of hospital " + id + " cannot be used", issues));
            return;
        }

        var totals = new YearEndTotals(new YearEndLine(id, row.Text("name") ?? id, payment.Value, feeForItem.Value, disallowed))
        {
            Indicators = row.Numbers(LineColumns).ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            QualityGrade = row.Text("quality_grade"),
            QualityScore = score,
        };
        var report = HospitalYearEnd.Compute(Policy ?? DefaultEngines.RetentionPolicy, totals);
        foreach (var issue in report.Issues) WriteWarning(id + ": " + Issues.Line(issue));
        if (report.Hospital is { } outcome) WriteObject(outcome);
        else WriteError(Issues.Error("RetentionNotComputed", ErrorCategory.InvalidResult, InputObject, "医院 " + id + " 未得出结果", "no result for hospital " + id, report.Issues));
    }
}
