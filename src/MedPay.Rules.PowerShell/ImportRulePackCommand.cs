using System.Management.Automation;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.PowerShell;

/// <summary>What kind of engine <c>Import-MedPayRulePack</c> builds from a pack.</summary>
public enum RulePackKind
{
    /// <summary>Decided by the manifest's <c>format</c>: a DIP catalogue for <c>dip-catalogue/1</c>, otherwise a DRG scheme.</summary>
    Auto,

    /// <summary>A CHS-DRG grouping scheme (<see cref="Drg.DrgScheme"/>).</summary>
    Drg,

    /// <summary>A DIP catalogue (<see cref="DipCatalogue"/>).</summary>
    Dip,
}

/// <summary>
/// <c>Import-MedPayRulePack</c>: loads a rule pack (规则包) from a folder, a zip file or an embedded pack id and writes the engine model
/// built from it, a <see cref="DrgScheme"/> or a <see cref="DipCatalogue"/>, to pass to <c>-Scheme</c> or <c>-Catalogue</c>.
/// A pack that cannot be used is a non-terminating error listing every issue.
/// </summary>
[Cmdlet(VerbsData.Import, "MedPayRulePack")]
[OutputType(typeof(DrgScheme), typeof(DipCatalogue))]
public sealed class ImportRulePackCommand : PSCmdlet
{
    /// <summary>A folder, a <c>.zip</c> file (relative to the current location) or an embedded pack id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "Id")]
    public string Path { get; set; } = string.Empty;

    /// <summary>What to build; <see cref="RulePackKind.Auto"/> reads the manifest.</summary>
    [Parameter]
    public RulePackKind Kind { get; set; } = RulePackKind.Auto;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var location = Directory.Exists(full) || File.Exists(full) ? full : Path;
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

        var kind = Kind != RulePackKind.Auto ? Kind
            : string.Equals(pack.Manifest.Format, DipCatalogue.Format, StringComparison.OrdinalIgnoreCase) ? RulePackKind.Dip : RulePackKind.Drg;
        try
        {
            if (kind == RulePackKind.Dip)
            {
                var catalogue = DipCatalogue.Load(pack);
                foreach (var issue in catalogue.Issues) WriteWarning(Issues.Line(issue));
                WriteObject(catalogue);
            }
            else
            {
                var scheme = DrgScheme.Load(pack);
                foreach (var issue in scheme.Issues) WriteWarning(Issues.Line(issue));
                WriteObject(scheme);
            }
        }
        catch (RulePackException e)
        {
            WriteError(Issues.Error("RulePackInvalid", ErrorCategory.InvalidData, Path, "规则包 " + pack.Id + " 有错误，未加载",
                "rule pack " + pack.Id + " has errors and was not loaded", e.Issues.Where(i => i.Severity == IssueSeverity.Error)));
        }
    }
}
