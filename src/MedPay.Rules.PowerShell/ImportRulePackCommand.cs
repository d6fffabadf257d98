using System.Management.Automation;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.PowerShell;

/// <summary>What kind of model <c>Import-MedPayRulePack</c> builds from a pack.</summary>
public enum RulePackKind
{
    /// <summary>Decided by the manifest's <c>format</c>; a pack without a known format is read as a DRG scheme.</summary>
    Auto,

    /// <summary>A CHS-DRG grouping scheme (<see cref="DrgScheme"/>, format <c>drg-scheme-tables/1</c>).</summary>
    Drg,

    /// <summary>A DIP catalogue (<see cref="DipCatalogue"/>, format <c>dip-catalogue/1</c>).</summary>
    Dip,

    /// <summary>DRG payment parameters (<see cref="PaymentParameters"/>, format <c>drg-payment/1</c>).</summary>
    Payment,

    /// <summary>A settlement-list rule catalogue (<see cref="SettlementRuleCatalogue"/>, format <c>settlement-rules/1</c>, or a regional
    /// <c>settlement-region/1</c> pack applied over the embedded national baseline).</summary>
    Settlement,

    /// <summary>A balance-retention policy (<see cref="RetentionPolicy"/>, format <c>retention-policy/1</c>).</summary>
    Retention,
}

/// <summary>
/// <c>Import-MedPayRulePack</c>: loads a rule pack (规则包) from a folder, a zip file or an embedded pack id and writes the model built from
/// it: a <see cref="DrgScheme"/>, <see cref="DipCatalogue"/>, <see cref="PaymentParameters"/>, <see cref="SettlementRuleCatalogue"/> or
/// <see cref="RetentionPolicy"/>, to pass to the other cmdlets. A pack that cannot be used is a non-terminating error listing every issue.
/// </summary>
[Cmdlet(VerbsData.Import, "MedPayRulePack")]
[OutputType(typeof(DrgScheme), typeof(DipCatalogue), typeof(PaymentParameters), typeof(SettlementRuleCatalogue), typeof(RetentionPolicy))]
public sealed class ImportRulePackCommand : PSCmdlet
{
    private static readonly Dictionary<string, RulePackKind> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [DrgScheme.FormatName] = RulePackKind.Drg,
        [DipCatalogue.Format] = RulePackKind.Dip,
        [PaymentParameters.FormatName] = RulePackKind.Payment,
        [SettlementRuleCatalogue.NationalFormat] = RulePackKind.Settlement,
        [SettlementRuleCatalogue.RegionFormat] = RulePackKind.Settlement,
        [RetentionPolicy.Format] = RulePackKind.Retention,
    };

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

        var kind = Kind != RulePackKind.Auto ? Kind : Formats.TryGetValue(pack.Manifest.Format, out var known) ? known : RulePackKind.Drg;
        try
        {
            var (model, warnings) = Build(kind, pack);
            foreach (var issue in warnings) WriteWarning(Issues.Line(issue));
            WriteObject(model);
        }
        catch (RulePackException e)
        {
            WriteError(Issues.Error("RulePackInvalid", ErrorCategory.InvalidData, Path, "规则包 " + pack.Id + " 有错误，未加载",
                "rule pack " + pack.Id + " has errors and was not loaded", e.Issues.Where(i => i.Severity == IssueSeverity.Error)));
        }
    }

    private static (object Model, IEnumerable<Issue> Warnings) Build(RulePackKind kind, RulePack pack)
    {
        switch (kind)
        {
            case RulePackKind.Dip:
                var catalogue = DipCatalogue.Load(pack);
                return (catalogue, catalogue.Issues);
            case RulePackKind.Payment:
                var parameters = PaymentParameters.Load(pack);
                return (parameters, parameters.Issues);
            case RulePackKind.Settlement:
                var rules = string.Equals(pack.Manifest.Format, SettlementRuleCatalogue.RegionFormat, StringComparison.OrdinalIgnoreCase)
                    ? SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), pack)
                    : SettlementRuleCatalogue.Load(pack);
                return (rules, rules.Issues);
            case RulePackKind.Retention:
                var policy = RetentionPolicy.Load(pack);
                return (policy, policy.Issues);
            default:
                var scheme = DrgScheme.Load(pack);
                return (scheme, scheme.Issues);
        }
    }
}
