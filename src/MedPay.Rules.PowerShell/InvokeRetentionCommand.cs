using System.Globalization;
using System.Management.Automation;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Invoke-MedPayRetention</c>: the year-end balance retention and overspend sharing (结余留用、合理超支分担) of each hospital under a
/// policy. Each input object is one hospital's year, read by the library's year-end reader as <c>medpay retention</c> reads the hospital row
/// of its CSV: <c>id, name, payment</c> (the DRG/DIP payment or quota), <c>fee_for_item</c> (the cost by item), optionally <c>disallowed,
/// quality_grade, quality_score, indicators</c> (<c>name=value;…</c>). Any other numeric property is taken as one more indicator (e.g.
/// <c>inpatient_outpatient_ratio</c>). Writes the hospital's <see cref="RetentionOutcome"/>; the policy's issues are warnings, and a row that
/// cannot be read is a non-terminating error. The year-end results of <c>Measure-MedPayPayment -YearEnd</c> (<see cref="HospitalYearResult"/>) are
/// read as <c>payment</c> = the DRG payment total and <c>fee_for_item</c> = the fee-for-item total of the hospital.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "MedPayRetention")]
[OutputType(typeof(RetentionOutcome))]
public sealed class InvokeRetentionCommand : PSCmdlet
{
    private static readonly string[] LineColumns = { "level", "id", "name", "payment", "fee_for_item", "disallowed", "quality_grade", "quality_score", "indicators" };

    /// <summary>One hospital's year-end figures.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>The policy from <c>Import-MedPayRulePack</c>; the embedded seed policy when not given.</summary>
    [Parameter]
    public RetentionPolicy? Policy { get; set; }

    /// <summary>The quality grade (质量等级, e.g. <c>excellent</c>) of hospitals whose input gives none, as <c>medpay retention --grade</c>.</summary>
    [Parameter]
    public string? QualityGrade { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var input = InputObject.BaseObject is HospitalYearResult year
            ? new PSObject(new Dictionary<string, string>
            {
                ["id"] = year.Hospital,
                ["name"] = year.Hospital,
                ["payment"] = year.DrgPaymentTotal.ToString(CultureInfo.InvariantCulture),
                ["fee_for_item"] = year.FeeForItemTotal.ToString(CultureInfo.InvariantCulture),
            })
            : InputObject;
        var row = new RowValues(input);
        var id = row.Text("id") ?? string.Empty;
        var extra = row.Numbers(LineColumns).Select(p => p.Key + "=" + p.Value.ToString(CultureInfo.InvariantCulture));
        var indicators = string.Join(";", new[] { row.Text("indicators") ?? string.Empty }.Concat(extra).Where(t => t.Length > 0));
        var grade = row.Text("quality_grade") ?? QualityGrade ?? string.Empty;
        var fields = CaseRows.Fields(input).Without("level", "indicators", "quality_grade").Concat(new[]
        {
            new KeyValuePair<string, string>("level", "hospital"),
            new KeyValuePair<string, string>("indicators", indicators),
            new KeyValuePair<string, string>("quality_grade", grade),
        });
        var totals = RetentionInput.ReadYearEnd(CaseRows.ToCsv(fields), "pipeline.csv", out var inputIssues);
        if (totals is null)
        {
            WriteError(Issues.Error("RetentionRowInvalid", ErrorCategory.InvalidData, InputObject, "医院 " + id + " 的年终数据无法使用",
                "the year-end figures of hospital " + id + " cannot be used", inputIssues));
            return;
        }

        var report = HospitalYearEnd.Compute(Policy ?? DefaultEngines.RetentionPolicy, totals);
        foreach (var issue in inputIssues.Concat(report.Issues)) WriteWarning(id + ": " + Issues.Line(issue));
        if (report.Hospital is { } outcome) WriteObject(outcome);
        else WriteError(Issues.Error("RetentionNotComputed", ErrorCategory.InvalidResult, InputObject, "医院 " + id + " 未得出结果", "no result for hospital " + id, report.Issues));
    }
}
