using MedPay.Rules.Settlement;

namespace MedPay.Rules.PowerShell;

/// <summary>What <c>Test-MedPaySettlementList</c> writes for each settlement list (结算清单): the verdict, counts, rule ids and findings.</summary>
public sealed class SettlementCheckRow
{
    internal SettlementCheckRow(string source, int index, string setlId, SettlementReport report)
    {
        Source = source;
        Index = index;
        SetlId = setlId;
        IsClean = report.IsClean;
        IsRejected = report.IsRejected;
        Errors = report.Findings.Count(f => f.Severity == IssueSeverity.Error);
        Warnings = report.Findings.Count(f => f.Severity == IssueSeverity.Warning);
        Rules = string.Join("; ", report.Findings.Select(f => f.RuleId).Distinct());
        Findings = report.Findings.ToArray();
        Report = report;
    }

    /// <summary>The file (or <c>input</c>) the list came from.</summary>
    public string Source { get; }

    /// <summary>The list's 0-based position in its source.</summary>
    public int Index { get; }

    /// <summary>The list's settlement id (<c>setlinfo.setl_id</c>), empty when missing.</summary>
    public string SetlId { get; }

    /// <summary>Whether no rule found anything.</summary>
    public bool IsClean { get; }

    /// <summary>Whether a rejecting rule fired: the list would be refused on upload.</summary>
    public bool IsRejected { get; }

    /// <summary>The number of findings of severity error.</summary>
    public int Errors { get; }

    /// <summary>The number of findings of severity warning.</summary>
    public int Warnings { get; }

    /// <summary>The ids of the rules that fired, <c>; </c>-separated.</summary>
    public string Rules { get; }

    /// <summary>Every finding: rule, path, value, message and fix in Chinese and English.</summary>
    public SettlementFinding[] Findings { get; }

    /// <summary>The library's report.</summary>
    public SettlementReport Report { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source}[{Index}] {SetlId} {(IsRejected ? "rejected" : IsClean ? "clean" : "warnings")} {Rules}";
}
