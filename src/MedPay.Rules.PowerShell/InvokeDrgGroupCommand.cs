using System.Management.Automation;
using MedPay.Rules.Drg;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// <c>Invoke-MedPayDrgGroup</c>: groups inpatient cases into CHS-DRG groups (按病组付费分组). Input is any object whose properties are
/// the case file's columns (<c>id, sex, age_years, age_days, birth_weight_g, los_days, discharge, diagnoses, procedures</c>, optionally
/// <c>icu_hours, dept</c>): the rows of <c>Import-Csv</c>, <c>[pscustomobject]</c>s or hashtables; or <see cref="DrgCase"/> objects.
/// With <c>-Path</c>, a case file is read and grouped by the library's streaming pipeline (<see cref="DrgStreaming"/>): rows are read,
/// grouped on every core (<c>-ThrottleLimit</c>) and written in file order, in bounded memory whatever the file's size.
/// Writes one <see cref="DrgGroupRow"/> per input object or row. A row that cannot be read is written with status
/// <see cref="DrgGroupingStatus.InvalidInput"/> and a warning; a row missing required columns is also a non-terminating error.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "MedPayDrgGroup", DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(DrgGroupRow))]
public sealed class InvokeDrgGroupCommand : PSCmdlet
{
    private const string ObjectSet = "Object";
    private const string PathSet = "Path";
    private DrgGrouper? _grouper;

    /// <summary>The case: a row object or a <see cref="DrgCase"/>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
    public PSObject InputObject { get; set; } = null!;

    /// <summary>A case file (CSV, the layout of <c>medpay group</c>), read and grouped as a stream: the rows come out in file order.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    public string Path { get; set; } = null!;

    /// <summary>The encoding of <see cref="Path"/>: auto (the default: byte-order mark, else UTF-8 when valid, else GB18030), utf-8, utf-16, utf-16be or gb18030.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public string? Encoding { get; set; }

    /// <summary>The number of grouping threads for <see cref="Path"/> (default: one per core); 1 groups on the pipeline's thread.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public int ThrottleLimit { get; set; } = -1;

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
        if (MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) && ThrottleLimit < 1)
        {
            ThrowTerminatingError(Issues.Error("ThrottleLimitInvalid", ErrorCategory.InvalidArgument, ThrottleLimit,
                $"-ThrottleLimit 须为 1 或更大的整数（现为 {ThrottleLimit}）", $"-ThrottleLimit must be 1 or more (it is {ThrottleLimit})", Array.Empty<Issue>()));
        }

        if (!TextInput.TryParseEncoding(Encoding, out _))
        {
            ThrowTerminatingError(Issues.Error("EncodingInvalid", ErrorCategory.InvalidArgument, Encoding,
                $"-Encoding 的取值 {Encoding} 无效（可用：{TextInput.EncodingChoices}）", $"'{Encoding}' is not a value of -Encoding (use {TextInput.EncodingChoices})", Array.Empty<Issue>()));
        }

        _grouper = (Scheme ?? DefaultEngines.DrgScheme).CreateGrouper(new DrgGroupingOptions { IncludeTrace = IncludeTrace.IsPresent });
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var grouper = _grouper!;
        var scheme = grouper.Scheme.Identity.ToString();
        if (ParameterSetName == PathSet)
        {
            GroupFile(grouper, scheme);
            return;
        }

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

    /// <summary>
    /// Streams one case file: <see cref="TextInput.Open"/> (encoding detected unless named), <see cref="DrgCaseCsvReader"/> (every row one
    /// record, its columns kept for <c>Measure-MedPayPayment</c>), <see cref="DrgStreaming.GroupStream{TOutput}"/> (grouping threads, file
    /// order), each row written as it comes back.
    /// </summary>
    private void GroupFile(DrgGrouper grouper, string scheme)
    {
        var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        var name = System.IO.Path.GetFileName(full);
        TextInput.TryParseEncoding(Encoding, out var encoding);
        Stream stream;
        try
        {
            stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteError(Issues.Error("CaseFileUnreadable", ErrorCategory.ReadError, Path, $"无法读取病例文件 {full}", $"cannot read the case file {full}: {e.Message}", Array.Empty<Issue>()));
            return;
        }

        using var text = TextInput.Open(stream, encoding, name);
        try
        {
            var csv = DrgCaseCsvReader.Open(text, name, keepFields: true);
            if (!csv.HasRequiredColumns)
            {
                WriteError(Issues.Error("CaseColumnsMissing", ErrorCategory.InvalidData, Path, $"病例文件 {full} 缺少必需的列", $"the case file {full} lacks required columns", csv.FileIssues));
                return;
            }

            foreach (var issue in csv.FileIssues) WriteWarning(name + ": " + Issues.Line(issue));
            var header = csv.Header;
            var options = new DrgStreamOptions { MaxDegreeOfParallelism = ThrottleLimit };
            foreach (var row in grouper.GroupStream(csv.ReadAll(), (record, result) => new DrgGroupRow(record.Id, record.Case, result, record.Issues, scheme, Source(header, record)), options))
            {
                if (row.InputIssues.Count > 0)
                {
                    foreach (var issue in row.InputIssues) WriteWarning(row.Id + ": " + Issues.Line(issue));
                }

                WriteObject(row);
            }
        }
        catch (InputEncodingException e)
        {
            WriteError(Issues.Error("CaseFileEncoding", ErrorCategory.InvalidData, Path,
                $"{e.File} 第 {e.Line} 行：字节 0x{e.Byte:X2}（偏移 {e.Offset}）不是有效的 {e.Encoding} 编码；请用 -Encoding 指定文件的编码（{TextInput.EncodingChoices}）",
                $"{e.File} line {e.Line}: byte 0x{e.Byte:X2} (offset {e.Offset}) is not valid {e.Encoding}; name the file's encoding with -Encoding ({TextInput.EncodingChoices})", Array.Empty<Issue>()));
        }
        catch (IOException e)
        {
            WriteError(Issues.Error("CaseFileUnreadable", ErrorCategory.ReadError, Path, $"无法读取病例文件 {full}", $"cannot read the case file {full}: {e.Message}", Array.Empty<Issue>()));
        }
    }

    /// <summary>A row's columns as the object the row came from (what <c>Import-Csv</c> would have given), for <c>Measure-MedPayPayment</c>'s cost columns.</summary>
    private static PSObject Source(System.Collections.Immutable.ImmutableArray<string> header, DrgCaseRecord record)
    {
        var row = new PSObject();
        var fields = record.Fields;
        for (var i = 0; i < header.Length; i++)
        {
            if (row.Properties[header[i]] is null) row.Properties.Add(new PSNoteProperty(header[i], i < fields.Length ? fields[i] : string.Empty)); // a repeated column: the first
        }
        return row;
    }

    private static string IdOf(PSObject row) => row.Properties["id"]?.Value?.ToString() ?? string.Empty;
}
