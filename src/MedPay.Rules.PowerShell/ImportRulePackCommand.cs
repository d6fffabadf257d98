using System.Management.Automation;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Import-MedPayRulePack</c>: loads a rule pack (规则包) from a folder, a zip file, an official NHSA configuration workbook (配置工作簿,
/// an <c>.xlsx</c> file or a folder holding one) or an embedded pack id and writes the model built from it: a <see cref="DrgScheme"/>,
/// <see cref="DipCatalogue"/>, <see cref="PaymentParameters"/>, <see cref="SettlementRuleCatalogue"/> or <see cref="RetentionPolicy"/>, to
/// pass to the other cmdlets. A scheme read from a workbook carries its import report as the note property <c>ImportReport</c> (a
/// <see cref="Drg.Workbooks.DrgWorkbookImportReport"/>; <c>-Verbose</c> prints it). A pack that cannot be used is a non-terminating error
/// listing every issue.
/// </summary>
[Cmdlet(VerbsData.Import, "MedPayRulePack")]
[OutputType(typeof(DrgScheme), typeof(DipCatalogue), typeof(PaymentParameters), typeof(SettlementRuleCatalogue), typeof(RetentionPolicy))]
public sealed class ImportRulePackCommand : PSCmdlet
{
    /// <summary>A folder, a <c>.zip</c> file, an <c>.xlsx</c> workbook (relative to the current location) or an embedded pack id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "Id")]
    public string Path { get; set; } = string.Empty;

    /// <summary>What to build; <see cref="RulePackKind.Auto"/> reads the manifest.</summary>
    [Parameter]
    public RulePackKind Kind { get; set; } = RulePackKind.Auto;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var location = PackPaths.Locate(SessionState.Path, Path);
        RulePack pack;
        try
        {
            pack = RulePack.Open(location);
        }
        catch (RulePackException e)
        {
            WriteError(Issues.Error("RulePackUnreadable", ErrorCategory.ObjectNotFound, Path, "无法读取规则包 " + Path, "cannot read the rule pack " + Path, e.Issues));
            return;
        }

        var content = RulePackContent.TryLoad(pack, Kind, XlsxWorkbookReader.Instance);
        if (content.ImportReport is { } report) WriteVerbose(report.ToText());
        if (content.Model is null)
        {
            WriteError(Issues.Error("RulePackInvalid", ErrorCategory.InvalidData, Path, "规则包 " + pack.Id + " 有错误，未加载",
                "rule pack " + pack.Id + " has errors and was not loaded", content.Issues.Where(i => i.Severity == IssueSeverity.Error)));
            return;
        }

        foreach (var issue in content.Issues) WriteWarning(Issues.Line(issue));
        var output = PSObject.AsPSObject(content.Model);
        if (content.ImportReport is not null) output.Properties.Add(new PSNoteProperty("ImportReport", content.ImportReport));
        WriteObject(output);
    }
}
