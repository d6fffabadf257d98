using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>The result of validating one settlement list.</summary>
public sealed class SettlementReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="list">The list validated.</param>
    /// <param name="findings">The findings, in catalogue order.</param>
    public SettlementReport(SettlementList list, ImmutableArray<SettlementFinding> findings)
    {
        List = list;
        Findings = findings.IsDefault ? ImmutableArray<SettlementFinding>.Empty : findings;
    }

    /// <summary>The list validated.</summary>
    public SettlementList List { get; }

    /// <summary>The findings, in catalogue order then row order.</summary>
    public ImmutableArray<SettlementFinding> Findings { get; }

    /// <summary>Whether the list would be rejected (a finding of severity Error).</summary>
    public bool IsRejected => Findings.Any(f => f.Severity == IssueSeverity.Error);

    /// <summary>Whether no rule found anything.</summary>
    public bool IsClean => Findings.IsEmpty;

    /// <summary>Findings that can change the DRG/DIP result.</summary>
    public IEnumerable<SettlementFinding> GroupingRelevant => Findings.Where(f => f.GroupingRelevant);

    /// <summary>The findings as library issues.</summary>
    /// <returns>The issues.</returns>
    public ImmutableArray<Issue> ToIssues() => Findings.Select(f => f.ToIssue()).ToImmutableArray();

    /// <inheritdoc />
    public override string ToString() => List + ": " + Findings.Length + " finding(s)" + (IsRejected ? ", rejected" : string.Empty);
}
