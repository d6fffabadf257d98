using System.Management.Automation;
using MedPay.Rules.Drg;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Invoke-MedPayDrgGroup</c>: groups inpatient cases into CHS-DRG groups (按病组付费分组). Input is any object whose properties are
/// the case file's columns (<c>id, sex, age_years, age_days, birth_weight_g, los_days, discharge, diagnoses, procedures</c>, optionally
/// <c>icu_hours, dept</c>): the rows of <c>Import-Csv</c>, <c>[pscustomobject]</c>s or hashtables; or <see cref="DrgCase"/> objects.
/// Writes one <see cref="DrgGroupRow"/> per input object. A row that cannot be read is written with status
/// <see cref="DrgGroupingStatus.InvalidInput"/> and a warning; a row missing required columns is also a non-terminating error.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "MedPayDrgGroup")]
[OutputType(typeof(DrgGroupRow))]
public sealed class InvokeDrgGroupCommand : PSCmdlet
{
    private DrgGrouper? _grouper;

    /// <summary>The case: a row object or a <see cref="DrgCase"/>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>The scheme from <c>Import-MedPayRulePack</c>; the embedded default scheme when not given. A path works too: an NHSA workbook (<c>.xlsx</c> or a folder holding one), a folder or zip pack, or an embedded pack id.</summary>
    [Parameter]
    [DrgSchemeArgument]
    public DrgScheme? Scheme { get; set; }

    /// <summary>Record the grouping trace in each result's <c>Result.Trace</c>.</summary>
    [Parameter]
    public SwitchParameter IncludeTrace { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        _grouper = (Scheme ?? DefaultEngines.DrgScheme).CreateGrouper(new DrgGroupingOptions { IncludeTrace = IncludeTrace.IsPresent });
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var grouper = _grouper!;
        var scheme = grouper.Scheme.Identity.ToString();
        if (InputObject.BaseObject is DrgCase typed)
        {
            WriteObject(new DrgGroupRow(typed.Id ?? string.Empty, typed, grouper.Group(typed), Array.Empty<Issue>(), scheme));
            return;
        }

        var records = DrgCaseCsv.Parse(CaseRows.ToCsv(InputObject), "pipeline", out var fileIssues);
        if (records.Count == 0)
        {
            WriteError(Issues.Error("CaseColumnsMissing", ErrorCategory.InvalidData, InputObject, "输入对象缺少病例列", "the input object lacks case columns", fileIssues));
            WriteObject(new DrgGroupRow(IdOf(InputObject), null, null, fileIssues, scheme, InputObject));
            return;
        }

        var record = records[0];
        foreach (var issue in record.Issues) WriteWarning(record.Id + ": " + Issues.Line(issue));
        WriteObject(new DrgGroupRow(record.Id, record.Case, record.Case is null ? null : grouper.Group(record.Case), record.Issues, scheme, InputObject));
    }

    private static string IdOf(PSObject row) => row.Properties["id"]?.Value?.ToString() ?? string.Empty;
}
