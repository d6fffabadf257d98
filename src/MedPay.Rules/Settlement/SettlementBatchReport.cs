using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Settlement;

/// <summary>The result of validating a batch of lists: per-list reports, cross-list audit findings and summary counts per rule.</summary>
public sealed class SettlementBatchReport
{
    /// <summary>Creates a batch report.</summary>
    /// <param name="catalogue">The catalogue used (orders the summary).</param>
    /// <param name="reports">One report per list, in input order.</param>
    /// <param name="audits">Cross-list findings, each carrying the index of the list it concerns.</param>
    public SettlementBatchReport(SettlementRuleCatalogue catalogue, ImmutableArray<SettlementReport> reports, ImmutableArray<SettlementFinding> audits)
        : this(catalogue, reports, audits, 0)
    {
    }

    /// <summary>Creates a batch report that also counts the lists of the input that could not be read.</summary>
    /// <param name="catalogue">The catalogue used (orders the summary).</param>
    /// <param name="reports">One report per list, in input order.</param>
    /// <param name="audits">Cross-list findings, each carrying the index of the list it concerns.</param>
    /// <param name="unreadableLists">Lists of the input that could not be read (<see cref="SettlementReadResult.Unreadable"/>).</param>
    public SettlementBatchReport(SettlementRuleCatalogue catalogue, ImmutableArray<SettlementReport> reports, ImmutableArray<SettlementFinding> audits, int unreadableLists)
    {
        if (catalogue is null) throw new ArgumentNullException(nameof(catalogue));
        if (unreadableLists < 0) throw new ArgumentOutOfRangeException(nameof(unreadableLists));
        if (reports.IsDefault) reports = ImmutableArray<SettlementReport>.Empty;
        UnreadableLists = unreadableLists;
        Packs = catalogue.PackIdentities.IsDefault ? ImmutableArray<RulePackIdentity>.Empty : catalogue.PackIdentities;
        Reports = reports;
        Audits = audits.IsDefault ? ImmutableArray<SettlementFinding>.Empty : audits;
        var counts = new Dictionary<string, (int Findings, HashSet<int> Lists)>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Length; i++)
        {
            foreach (var finding in reports[i].Findings) Count(counts, finding.RuleId, i);
        }

        foreach (var finding in Audits) Count(counts, finding.RuleId, finding.ListIndex);
        Summary = catalogue.Rules.Where(r => counts.ContainsKey(r.Id)).Select(r => new SettlementRuleCount(r, counts[r.Id].Findings, counts[r.Id].Lists.Count)).ToImmutableArray();
    }

    /// <summary>The rule packs the lists were checked with (id, version and content hash): the national pack first, then the regional packs in order.</summary>
    public ImmutableArray<RulePackIdentity> Packs { get; }

    /// <summary>One report per list, in input order.</summary>
    public ImmutableArray<SettlementReport> Reports { get; }

    /// <summary>Cross-list audit findings.</summary>
    public ImmutableArray<SettlementFinding> Audits { get; }

    /// <summary>Counts per rule that fired, in catalogue order.</summary>
    public ImmutableArray<SettlementRuleCount> Summary { get; }

    /// <summary>Lists of the input that could not be read at all: not validated, and counted in <see cref="RejectedLists"/>.</summary>
    public int UnreadableLists { get; }

    /// <summary>Number of lists with at least one rejection-level finding (list rules or audits), plus the <see cref="UnreadableLists"/>.</summary>
    public int RejectedLists => UnreadableLists + Enumerable.Range(0, Reports.Length).Count(i => Reports[i].IsRejected || Audits.Any(a => a.ListIndex == i && a.Severity == IssueSeverity.Error));

    /// <summary>Whether any finding is rejection-level, or a list could not be read.</summary>
    public bool HasRejections => UnreadableLists > 0 || Reports.Any(r => r.IsRejected) || Audits.Any(a => a.Severity == IssueSeverity.Error);

    /// <summary>Every finding, list by list (each placed at its list index), then the audits.</summary>
    /// <returns>The findings.</returns>
    public IEnumerable<SettlementFinding> AllFindings()
    {
        for (var i = 0; i < Reports.Length; i++)
        {
            foreach (var finding in Reports[i].Findings) yield return finding.ListIndex == i ? finding : finding.AtList(i);
        }

        foreach (var finding in Audits) yield return finding;
    }

    private static void Count(Dictionary<string, (int Findings, HashSet<int> Lists)> counts, string id, int list)
    {
        if (!counts.TryGetValue(id, out var entry)) entry = (0, new HashSet<int>());
        entry.Lists.Add(list);
        counts[id] = (entry.Findings + 1, entry.Lists);
    }
}
