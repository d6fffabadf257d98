using System.Management.Automation;
using MedPay.Rules.Dip;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Invoke-MedPayDipGroup</c>: groups, scores and (with point values) prices cases by DIP (按病种分值付费). Input is any object whose
/// properties are the DIP case file's columns (<c>id, hospital_id, hospital_grade, fund, age_years, age_days, los_days, discharge,
/// diagnoses, procedures, total_cost, personal_payment</c>; only <c>diagnoses</c> is required), or <see cref="DipCase"/> objects.
/// Writes one <see cref="DipGroupRow"/> per input object; a value that is not a number is a warning and is treated as not given.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "MedPayDipGroup")]
[OutputType(typeof(DipGroupRow))]
public sealed class InvokeDipGroupCommand : PSCmdlet
{
    private DipEngine? _engine;
    private DipPointPrices? _prices;

    /// <summary>The case: a row object or a <see cref="DipCase"/>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>The catalogue from <c>Import-MedPayRulePack</c>; the embedded example catalogue when not given.</summary>
    [Parameter]
    public DipCatalogue? Catalogue { get; set; }

    /// <summary>Yuan per point for every fund (点值).</summary>
    [Parameter]
    public decimal? PointValue { get; set; }

    /// <summary>Yuan per point for employee insurance (职工医保), overriding <see cref="PointValue"/>.</summary>
    [Parameter]
    public decimal? EmployeePointValue { get; set; }

    /// <summary>Yuan per point for resident insurance (居民医保), overriding <see cref="PointValue"/>.</summary>
    [Parameter]
    public decimal? ResidentPointValue { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        _engine = new DipEngine(Catalogue ?? DefaultEngines.DipCatalogue);
        // The same defaulting as medpay dip: a fund without its own value takes -PointValue, else the other given value.
        _prices = PointValue is null && EmployeePointValue is null && ResidentPointValue is null
            ? null
            : new DipPointPrices(PointValue ?? EmployeePointValue ?? ResidentPointValue ?? 0m, EmployeePointValue, ResidentPointValue);
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var engine = _engine!;
        if (InputObject.BaseObject is DipCase typed)
        {
            WriteObject(new DipGroupRow(typed, engine.Evaluate(typed, _prices), Array.Empty<Issue>()));
            return;
        }

        var cases = DipCaseFile.Read(CaseRows.ToCsv(InputObject), "pipeline", out var issues);
        if (cases.Length == 0)
        {
            WriteError(Issues.Error("CaseColumnsMissing", ErrorCategory.InvalidData, InputObject, "输入对象缺少病例列", "the input object lacks case columns", issues));
            return;
        }

        foreach (var issue in issues) WriteWarning(cases[0].Id + ": " + Issues.Line(issue));
        WriteObject(new DipGroupRow(cases[0], engine.Evaluate(cases[0], _prices), issues));
    }
}
