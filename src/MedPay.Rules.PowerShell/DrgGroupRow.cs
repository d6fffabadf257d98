using System.Management.Automation;
using MedPay.Rules.Drg;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// What <c>Invoke-MedPayDrgGroup</c> writes for each case: flat properties (the columns of <c>medpay group</c>'s output plus the DRG name,
/// the issue codes and the scheme) so that <c>Export-Csv</c> and <c>Format-Table</c> show it as it is; the full result in <see cref="Result"/>.
/// </summary>
public sealed class DrgGroupRow
{
    internal DrgGroupRow(string id, DrgCase? @case, DrgResult? result, IReadOnlyCollection<Issue> inputIssues, string scheme, PSObject? source = null)
    {
        Source = source;
        InputIssues = inputIssues;
        Id = id;
        Result = result;
        var grouped = result is { IsGrouped: true };
        Mdc = grouped ? result!.Value.MdcCode : string.Empty;
        Adrg = grouped ? result!.Value.AdrgCode : string.Empty;
        Drg = result?.DrgCode ?? DrgResult.UngroupableCode;
        Status = result?.Status ?? DrgGroupingStatus.InvalidInput;
        DrgName = grouped ? result!.Value.Drg?.Name ?? string.Empty : string.Empty;
        // The result's issues with the one the library adds to explain an ungroupable or ambiguous case (GROUP_NO_ADRG, GROUP_AMBIGUOUS:
        // the main diagnosis and procedures filled in), as medpay group --columns issues,reason shows them.
        var resultIssues = result is { } r && @case is not null ? DrgResultReasons.Issues(r, @case) : result?.Issues ?? System.Collections.Immutable.ImmutableArray<Issue>.Empty;
        var issues = inputIssues.Concat(resultIssues).ToList();
        Issues = PowerShell.Issues.Codes(issues);
        Messages = PowerShell.Issues.Messages(issues);
        Scheme = scheme;
    }

    /// <summary>The case's id column.</summary>
    public string Id { get; }

    /// <summary>The MDC code, empty unless grouped.</summary>
    public string Mdc { get; }

    /// <summary>The ADRG code, empty unless grouped.</summary>
    public string Adrg { get; }

    /// <summary>The DRG code; <c>0000</c> when not grouped.</summary>
    public string Drg { get; }

    /// <summary>The outcome; <see cref="DrgGroupingStatus.InvalidInput"/> when the row could not be read.</summary>
    public DrgGroupingStatus Status { get; }

    /// <summary>The DRG's name, empty unless grouped.</summary>
    public string DrgName { get; }

    /// <summary>The codes of the issues found in the row and in grouping, <c>; </c>-separated; empty when none.</summary>
    public string Issues { get; }

    /// <summary>The issues in words, one <c>CODE: 中文 / English</c> line each, <c>; </c>-separated (why a case is not grouped); empty when none.</summary>
    public string Messages { get; }

    /// <summary>The scheme that grouped the case (id@version#hash).</summary>
    public string Scheme { get; }

    /// <summary>The library's result (trace, issues with messages), <see langword="null"/> when the row could not be read.</summary>
    public DrgResult? Result { get; }

    /// <summary>The pipeline object the case was read from (its other columns, such as costs, go on to <c>Measure-MedPayPayment</c>).</summary>
    internal PSObject? Source { get; }

    /// <summary>The problems of reading the row (before grouping).</summary>
    internal IReadOnlyCollection<Issue> InputIssues { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Status} {Mdc}/{Adrg}/{Drg}";
}
