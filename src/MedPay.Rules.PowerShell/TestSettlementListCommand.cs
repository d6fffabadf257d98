using System.Management.Automation;
using MedPay.Rules.Settlement;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Test-MedPaySettlementList</c>: checks settlement lists (医疗保障基金结算清单) before upload against the rule catalogue. Input is JSON
/// in the national upload layout (one list, an array of lists or JSON lines), from files (<c>-Path</c>, or <c>Get-ChildItem</c> output)
/// or as text (<c>-Json</c>, or strings from the pipeline). Writes one <see cref="SettlementCheckRow"/> per list; JSON that cannot be
/// read is a non-terminating error with every issue.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "MedPaySettlementList", DefaultParameterSetName = "Json")]
[OutputType(typeof(SettlementCheckRow))]
public sealed class TestSettlementListCommand : PSCmdlet
{
    private SettlementValidator? _validator;

    /// <summary>JSON files of settlement lists.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Path", ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Settlement lists as JSON text.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Json", ValueFromPipeline = true)]
    public string Json { get; set; } = string.Empty;

    /// <summary>The rule catalogue from <c>Import-MedPayRulePack</c>; the embedded national baseline when not given.</summary>
    [Parameter]
    public SettlementRuleCatalogue? Catalogue { get; set; }

    /// <summary>A DRG scheme whose dictionaries check diagnosis and procedure codes; without it the dictionary rules stay silent (as <c>medpay validate</c>). A path works too: an NHSA workbook (<c>.xlsx</c> or a folder holding one), a folder or zip pack, or an embedded pack id.</summary>
    [Parameter]
    [DrgSchemeArgument]
    public Drg.DrgScheme? Scheme { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing() =>
        _validator = new SettlementValidator(Catalogue ?? DefaultEngines.SettlementCatalogue, Scheme is null ? null : SettlementCodeSets.FromScheme(Scheme));

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (ParameterSetName == "Json")
        {
            Check("input", Json);
            return;
        }

        foreach (var path in Path)
        {
            var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                WriteError(new ErrorRecord(e, "SettlementFileUnreadable", ErrorCategory.ReadError, path));
                continue;
            }

            Check(System.IO.Path.GetFileName(full), text);
        }
    }

    private void Check(string source, string json)
    {
        var read = SettlementJson.Read(json, source);
        if (read.HasErrors)
        {
            WriteError(Issues.Error("SettlementJsonInvalid", ErrorCategory.InvalidData, source, "结算清单 JSON 有错误：" + source,
                "the settlement-list JSON has errors: " + source, read.Issues));
        }
        else
        {
            foreach (var issue in read.Issues) WriteWarning(Issues.Line(issue));
        }

        var setlId = SettlementLayout.Find(SettlementNode.Setlinfo, "setl_id");
        for (var i = 0; i < read.Lists.Length; i++)
        {
            var list = read.Lists[i];
            WriteObject(new SettlementCheckRow(source, i, setlId is null ? string.Empty : list[setlId] ?? string.Empty, _validator!.Validate(list)));
        }
    }
}
