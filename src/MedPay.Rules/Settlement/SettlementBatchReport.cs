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
        : this(catalogue, reports.IsDefault ? ImmutableArray<SettlementReport>.Empty : reports, Results(reports), audits, unreadableLists)
    {
    }

    /// <summary>Creates a batch report from what was kept of each list (a streamed batch keeps no lists, so no <see cref="Reports"/>).</summary>
    /// <param name="catalogue">The catalogue used (orders the summary).</param>
    /// <param name="lists">One result per list, in input order.</param>
    /// <param name="audits">Cross-list findings, each carrying the index of the list it concerns.</param>
    /// <param name="unreadableLists">Lists of the input that could not be read.</param>
    public SettlementBatchReport(SettlementRuleCatalogue catalogue, ImmutableArray<SettlementListResult> lists, ImmutableArray<SettlementFinding> audits, int unreadableLists)
        : this(catalogue, ImmutableArray<SettlementReport>.Empty, lists.IsDefault ? ImmutableArray<SettlementListResult>.Empty : lists, audits, unreadableLists)
    {
    }

    /// <summary>A batch report from both the reports and their results (one per report).</summary>
    internal SettlementBatchReport(SettlementRuleCatalogue catalogue, ImmutableArray<SettlementReport> reports, ImmutableArray<SettlementListResult> lists,
        ImmutableArray<SettlementFinding> audits, int unreadableLists)
    {
        if (catalogue is null) throw new ArgumentNullException(nameof(catalogue));
        if (unreadableLists < 0) throw new ArgumentOutOfRangeException(nameof(unreadableLists));
        UnreadableLists = unreadableLists;
        Packs = catalogue.PackIdentities.IsDefault ? ImmutableArray<RulePackIdentity>.Empty : catalogue.PackIdentities;
        Reports = reports;
        Lists = lists;
        Audits = audits.IsDefault ? ImmutableArray<SettlementFinding>.Empty : audits;
        var counts = new Dictionary<string, (int Findings, HashSet<int> Lists)>(StringComparer.Ordinal);
        var rejected = 0;
        var rejectedByAudit = new HashSet<int>();
        foreach (var finding in Audits)
        {
            if (finding.Severity == IssueSeverity.Error) rejectedByAudit.Add(finding.ListIndex);
        }

        for (var i = 0; i < lists.Length; i++)
        {
            foreach (var finding in lists[i].Findings) Count(counts, finding.RuleId, i);
            if (lists[i].IsRejected || rejectedByAudit.Contains(i)) rejected++;
        }

        foreach (var finding in Audits) Count(counts, finding.RuleId, finding.ListIndex);
        Summary = catalogue.Rules.Where(r => counts.ContainsKey(r.Id)).Select(r => new SettlementRuleCount(r, counts[r.Id].Findings, counts[r.Id].Lists.Count)).ToImmutableArray();
        RejectedLists = unreadableLists + rejected;
        HasRejections = unreadableLists > 0 || rejected > 0 || rejectedByAudit.Count > 0;
    }

    /// <summary>The rule packs the lists were checked with (id, version and content hash): the national pack first, then the regional packs in order.</summary>
    public ImmutableArray<RulePackIdentity> Packs { get; }

    /// <summary>
    /// One report per list, in input order, each with its list — when the batch was validated with the lists in hand
    /// (<see cref="SettlementValidator.ValidateAll(IReadOnlyList{SettlementList}, bool)"/>). Empty for a streamed batch, which keeps
    /// no lists: <see cref="Lists"/> is there for every batch.
    /// </summary>
    public ImmutableArray<SettlementReport> Reports { get; }

    /// <summary>What was kept of each list (its id and findings), in input order: one per list validated, for every batch.</summary>
    public ImmutableArray<SettlementListResult> Lists { get; }

    /// <summary>Cross-list audit findings.</summary>
    public ImmutableArray<SettlementFinding> Audits { get; }

    /// <summary>Counts per rule that fired, in catalogue order.</summary>
    public ImmutableArray<SettlementRuleCount> Summary { get; }

    /// <summary>Lists of the input that could not be read at all: not validated, and counted in <see cref="RejectedLists"/>.</summary>
    public int UnreadableLists { get; }

    /// <summary>Number of lists with at least one rejection-level finding (list rules or audits), plus the <see cref="UnreadableLists"/>.</summary>
    public int RejectedLists { get; }

    /// <summary>Whether any finding is rejection-level, or a list could not be read.</summary>
    public bool HasRejections { get; }

    /// <summary>Every finding, list by list (each placed at its list index), then the audits.</summary>
    /// <returns>The findings.</returns>
    public IEnumerable<SettlementFinding> AllFindings()
    {
        for (var i = 0; i < Lists.Length; i++)
        {
            foreach (var finding in Lists[i].Findings) yield return finding.ListIndex == i ? finding : finding.AtList(i);
        }

        foreach (var finding in Audits) yield return finding;
    }

    private static ImmutableArray<SettlementListResult> Results(ImmutableArray<SettlementReport> reports)
    {
        if (reports.IsDefault) return ImmutableArray<SettlementListResult>.Empty;
        var results = new SettlementListResult[reports.Length];
        for (var i = 0; i < results.Length; i++) results[i] = SettlementListResult.From(reports[i]);
        return ImmutableArray.Create(results);
    }

    private static void Count(Dictionary<string, (int Findings, HashSet<int> Lists)> counts, string id, int list)
    {
        if (!counts.TryGetValue(id, out var entry)) entry = (0, new HashSet<int>());
        entry.Lists.Add(list);
        counts[id] = (entry.Findings + 1, entry.Lists);
    }
}
