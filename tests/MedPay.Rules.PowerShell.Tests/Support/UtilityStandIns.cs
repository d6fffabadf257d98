using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Text;

namespace MedPay.Rules.PowerShell.Tests.Support;

/// <summary>
/// <c>Import-Csv</c>, <c>Export-Csv</c> and <c>Add-Type</c> live in Microsoft.PowerShell.Commands.Utility, which ships with pwsh and the
/// Microsoft.PowerShell.SDK package but not with System.Management.Automation, the only PowerShell package the package source here holds.
/// When the real cmdlets can be loaded they are used; otherwise these stand-ins, which do what the documented cmdlets do for the
/// parameters the scripts use (PowerShell 7 defaults: every field quoted, no type line, UTF-8 without BOM), keep the scripts unchanged.
/// They are written independently of the library (their own CSV reader), so the round trip is not checked by the code under test.
/// </summary>
internal static class UtilityStandIns
{
    private static readonly (string Name, string RealType, Type StandIn)[] Commands =
    {
        ("Import-Csv", "Microsoft.PowerShell.Commands.ImportCsvCommand", typeof(ImportCsvStandIn)),
        ("Export-Csv", "Microsoft.PowerShell.Commands.ExportCsvCommand", typeof(ExportCsvStandIn)),
        ("Add-Type", "Microsoft.PowerShell.Commands.AddTypeCommand", typeof(AddTypeStandIn)),
    };

    /// <summary>Whether the real Microsoft.PowerShell.Utility cmdlets are available in this process.</summary>
    public static bool RealCmdletsAvailable => Type.GetType(Commands[0].RealType + ", Microsoft.PowerShell.Commands.Utility") is not null;

    /// <summary>Adds the three cmdlets to a session state: the real ones when they load, else the stand-ins.</summary>
    public static void AddTo(InitialSessionState state)
    {
        foreach (var (name, real, standIn) in Commands)
        {
            var type = Type.GetType(real + ", Microsoft.PowerShell.Commands.Utility") ?? standIn;
            state.Commands.Add(new SessionStateCmdletEntry(name, type, null));
        }
    }

    /// <summary>RFC 4180 records of a text: quoted fields with doubled quotes, CR/LF line ends.</summary>
    public static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    if (any || field.Length > 0) { record.Add(field.ToString()); records.Add(record); }
                    record = new List<string>(); field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }

        if (any || field.Length > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}

/// <summary>Stand-in for <c>Import-Csv -Path</c>: one <c>[pscustomobject]</c> per record, a string note property per header column.</summary>
[Cmdlet(VerbsData.Import, "Csv")]
public sealed class ImportCsvStandIn : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("LiteralPath")]
    public string Path { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var records = UtilityStandIns.ReadCsv(File.ReadAllText(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path), Encoding.UTF8).TrimStart('\uFEFF'));
        if (records.Count == 0) return;
        var header = records[0];
        foreach (var record in records.Skip(1))
        {
            var row = new PSObject();
            for (var i = 0; i < header.Count; i++) row.Properties.Add(new PSNoteProperty(header[i], i < record.Count ? record[i] : null));
            WriteObject(row);
        }
    }
}

/// <summary>Stand-in for <c>Export-Csv -Path</c>: header from the first object's properties, every field quoted, invariant culture.</summary>
[Cmdlet(VerbsData.Export, "Csv")]
public sealed class ExportCsvStandIn : PSCmdlet
{
    private readonly StringBuilder _text = new();
    private List<string>? _columns;

    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject InputObject { get; set; } = null!;

    [Parameter(Mandatory = true, Position = 0)]
    [Alias("LiteralPath")]
    public string Path { get; set; } = string.Empty;

    [Parameter]
    public SwitchParameter NoTypeInformation { get; set; }

    [Parameter]
    public string? Encoding { get; set; }

    protected override void ProcessRecord()
    {
        var properties = InputObject.Properties.Match("*", PSMemberTypes.Properties);
        if (_columns is null)
        {
            _columns = properties.Select(p => p.Name).ToList();
            _text.Append(string.Join(",", _columns.Select(Quote))).Append(Environment.NewLine);
        }

        var values = _columns.Select(name => InputObject.Properties[name]?.Value is { } v ? Convert.ToString(v is PSObject p ? p.BaseObject : v, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty);
        _text.Append(string.Join(",", values.Select(Quote))).Append(Environment.NewLine);
    }

    protected override void EndProcessing() =>
        File.WriteAllText(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path), _text.ToString(), new UTF8Encoding(false));

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
}

/// <summary>Stand-in for <c>Add-Type -Path</c> / <c>-AssemblyName</c>: loads the assemblies so their types can be used by name.</summary>
[Cmdlet(VerbsCommon.Add, "Type")]
public sealed class AddTypeStandIn : PSCmdlet
{
    [Parameter(Mandatory = true, ParameterSetName = "FromPath")]
    [Alias("LiteralPath")]
    public string[] Path { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = "FromAssemblyName")]
    [Alias("AN")]
    public string[] AssemblyName { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var assemblies = ParameterSetName == "FromPath"
            ? Path.Select(p => Assembly.LoadFrom(SessionState.Path.GetUnresolvedProviderPathFromPSPath(p)))
            : AssemblyName.Select(n => Assembly.Load(new AssemblyName(n)));
        foreach (var assembly in assemblies.ToList())
        {
            if (PassThru) WriteObject(assembly.GetExportedTypes(), enumerateCollection: true);
        }
    }
}
