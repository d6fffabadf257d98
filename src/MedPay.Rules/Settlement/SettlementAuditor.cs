using System.Collections.Immutable;
using System.Globalization;

namespace MedPay.Rules.Settlement;

/// <summary>Cross-list audits over a batch: split hospitalisation (AU-01), transfer consistency (AU-02) and
/// duplicate submissions (AU-03). Stays are ordered per person by admission, so the work is one sort.</summary>
public sealed class SettlementAuditor
{
    private readonly SettlementRuleCatalogue _catalogue;
    private readonly SettlementRule? _split;
    private readonly SettlementRule? _transfer;
    private readonly SettlementRule? _duplicate;

    /// <summary>Creates an auditor.</summary>
    /// <param name="catalogue">The catalogue (rules AU-01 – AU-03 and their parameters).</param>
    public SettlementAuditor(SettlementRuleCatalogue catalogue)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        _split = Enabled("AU-01");
        _transfer = Enabled("AU-02");
        _duplicate = Enabled("AU-03");
    }

    /// <summary>Audits lists.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The findings, ordered by list index then rule.</returns>
    public ImmutableArray<SettlementFinding> Audit(IReadOnlyList<SettlementList> lists)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        var entries = new SettlementAuditEntry[lists.Count];
        for (var i = 0; i < entries.Length; i++) entries[i] = SettlementAuditEntry.FromList(lists[i]);
        return Audit(entries);
    }

    /// <summary>Audits pre-extracted entries (for very large batches).</summary>
    /// <param name="entries">The entries; a finding's list index is the entry's index.</param>
    /// <returns>The findings, ordered by list index then rule.</returns>
    public ImmutableArray<SettlementFinding> Audit(IReadOnlyList<SettlementAuditEntry> entries)
    {
        if (entries is null) throw new ArgumentNullException(nameof(entries));
        var findings = new List<SettlementFinding>();
        if (_duplicate is not null) Duplicates(entries, findings);
        var order = Enumerable.Range(0, entries.Count).Where(i => entries[i].Person is not null && entries[i].Admission is not null).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = string.CompareOrdinal(entries[a].Person, entries[b].Person);
            if (c != 0) return c;
            c = entries[a].Admission!.Value.CompareTo(entries[b].Admission!.Value);
            return c != 0 ? c : a.CompareTo(b);
        });
        var parameters = _catalogue.Parameters;
        for (var k = 1; k < order.Length; k++)
        {
            var previous = entries[order[k - 1]];
            var current = entries[order[k]];
            if (!string.Equals(previous.Person, current.Person, StringComparison.Ordinal) || previous.Discharge is not { } left) continue;
            var gap = (current.Admission!.Value.Date - left.Date).TotalDays;
            if (gap < 0) continue;
            var sameInstitution = string.Equals(previous.Institution, current.Institution, StringComparison.Ordinal);
            if (_split is not null && sameInstitution && gap <= parameters.SplitStayWindowDays && !previous.PlannedReadmission && Related(previous.MainDiagnosis, current.MainDiagnosis))
            {
                findings.Add(new SettlementFinding(_split, "setlinfo.adm_time", Text(current.Admission.Value),
                    "list " + order[k - 1] + " → list " + order[k] + ", " + gap.ToString(CultureInfo.InvariantCulture) + " day(s), " + previous.MainDiagnosis + " / " + current.MainDiagnosis, order[k]));
            }

            if (_transfer is not null && !sameInstitution && gap <= parameters.TransferWindowDays) Transfer(previous, current, order[k - 1], order[k], findings);
        }

        return findings.OrderBy(f => f.ListIndex).ThenBy(f => RuleOrder(f.Rule)).ToImmutableArray();
    }

    private static bool Related(string? a, string? b) =>
        a is not null && b is not null && a.Length >= 3 && b.Length >= 3 && string.Compare(a, 0, b, 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Text(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private void Transfer(SettlementAuditEntry previous, SettlementAuditEntry current, int previousIndex, int currentIndex, List<SettlementFinding> findings)
    {
        var transferredOut = previous.DischargeWay is "2" or "3";
        if (transferredOut && previous.Receiver is not null && current.Institution is not null && !string.Equals(previous.Receiver, current.Institution, StringComparison.Ordinal))
            findings.Add(new SettlementFinding(_transfer!, "setlinfo.acp_optins_code", previous.Receiver, "list " + previousIndex + " names " + previous.Receiver + ", list " + currentIndex + " is at " + current.Institution, previousIndex));
        else if (transferredOut && current.AdmissionWay is not null && current.AdmissionWay != "3")
            findings.Add(new SettlementFinding(_transfer!, "setlinfo.adm_way", current.AdmissionWay, "list " + previousIndex + " transferred out, list " + currentIndex + " ADM_WAY " + current.AdmissionWay, currentIndex));
        else if (!transferredOut && current.AdmissionWay == "3")
            findings.Add(new SettlementFinding(_transfer!, "setlinfo.dscg_way", previous.DischargeWay, "list " + currentIndex + " arrived by transfer, list " + previousIndex + " DSCG_WAY " + (previous.DischargeWay ?? "empty"), previousIndex));
    }

    private void Duplicates(IReadOnlyList<SettlementAuditEntry> entries, List<SettlementFinding> findings)
    {
        var settlements = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        var encounters = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.SettlementId is { } setl)
            {
                if (settlements.TryGetValue(setl, out var first))
                {
                    findings.Add(new SettlementFinding(_duplicate!, "setlinfo.setl_id", setl, "SETL_ID " + setl + " = list " + first, i));
                    continue;
                }

                settlements[setl] = i;
            }

            if (entry.EncounterId is { } visit && entry.SettlementId is null)
            {
                if (encounters.TryGetValue(visit, out var first))
                {
                    findings.Add(new SettlementFinding(_duplicate!, "setlinfo.mdtrt_id", visit, "MDTRT_ID " + visit + " = list " + first, i));
                    continue;
                }

                encounters[visit] = i;
            }
        }
    }

    private int RuleOrder(SettlementRule rule) => rule == _split ? 0 : rule == _transfer ? 1 : 2;

    private SettlementRule? Enabled(string id) => _catalogue.IsEnabled(id) ? _catalogue.Find(id) : null;
}
