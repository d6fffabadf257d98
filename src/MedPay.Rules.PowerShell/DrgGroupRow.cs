using MedPay.Rules.Drg;

namespace MedPay.Rules.PowerShell;

/// <summary>
/// What <c>Invoke-MedPayDrgGroup</c> writes for each case: flat properties (the columns of <c>medpay group</c>'s output plus the DRG name,
/// the issue codes and the scheme) so that <c>Export-Csv</c> and <c>Format-Table</c> show it as it is; the full result in <see cref="Result"/>.
/// </summary>
public sealed class DrgGroupRow
{
    internal DrgGroupRow(string id, DrgResult? result, IReadOnlyCollection<Issue> inputIssues, string scheme)
    {
        Id = id;
        Result = result;
        var grouped = result is { IsGrouped: true };
        Mdc = grouped ? result!.Value.MdcCode : string.Empty;
        Adrg = grouped ? result!.Value.AdrgCode : string.Empty;
        Drg = result?.DrgCode ?? DrgResult.UngroupableCode;
        Status = result?.Status ?? DrgGroupingStatus.InvalidInput;
        DrgName = grouped ? result!.Value.Drg?.Name ?? string.Empty : string.Empty;
        Issues = PowerShell.Issues.Codes(inputIssues.Concat(result?.Issues ?? Enumerable.Empty<Issue>()));
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

    /// <summary>The scheme that grouped the case (id@version#hash).</summary>
    public string Scheme { get; }

    /// <summary>The library's result (trace, issues with messages), <see langword="null"/> when the row could not be read.</summary>
    public DrgResult? Result { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Status} {Mdc}/{Adrg}/{Drg}";
}
