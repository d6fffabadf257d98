using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>What a batch report keeps of one list: the id it is reported under and its findings — not the list itself, so that a
/// streamed batch (<see cref="SettlementValidator.ValidateStream(IEnumerable{SettlementReadItem}, bool, ICollection{Issue}, int)"/>) holds
/// a few hundred bytes per list whatever the lists' size.</summary>
public sealed class SettlementListResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="id">The id the list is reported under: its <c>SETL_ID</c>, else <c>MDTRT_ID</c>, else <c>MEDCASNO</c>, else <c>(no id)</c>.</param>
    /// <param name="findings">The findings of the list rules, in catalogue order then row order.</param>
    public SettlementListResult(string id, ImmutableArray<SettlementFinding> findings)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Findings = findings.IsDefault ? ImmutableArray<SettlementFinding>.Empty : findings;
        IsRejected = Findings.Any(f => f.Severity == IssueSeverity.Error);
    }

    /// <summary>The id the list is reported under.</summary>
    public string Id { get; }

    /// <summary>The findings of the list rules (the cross-list audits are in <see cref="SettlementBatchReport.Audits"/>).</summary>
    public ImmutableArray<SettlementFinding> Findings { get; }

    /// <summary>Whether a list rule would reject the list (a finding of severity Error).</summary>
    public bool IsRejected { get; }

    /// <summary>Whether no list rule found anything.</summary>
    public bool IsClean => Findings.IsEmpty;

    /// <summary>The result of a list's report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The result.</returns>
    public static SettlementListResult From(SettlementReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        return new SettlementListResult(IdOf(report.List), report.Findings);
    }

    /// <summary>The id a list is reported under.</summary>
    internal static string IdOf(SettlementList list) =>
        list[SetlinfoFields.SetlId] ?? list[SetlinfoFields.MdtrtId] ?? list[SetlinfoFields.Medcasno] ?? "(no id)";

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Findings.Length + " finding(s)" + (IsRejected ? ", rejected" : string.Empty);
}
