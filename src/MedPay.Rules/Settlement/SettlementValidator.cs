using System.Collections.Immutable;
using D = MedPay.Rules.Settlement.DiseinfoFields;

namespace MedPay.Rules.Settlement;

/// <summary>Validates settlement lists before upload against a rule catalogue. Immutable and thread-safe: build one
/// and share it. Findings come in catalogue order, then in the order of the rows they concern.</summary>
public sealed class SettlementValidator
{
    private readonly SettlementRuleCheck[] _checks;

    /// <summary>Creates a validator.</summary>
    /// <param name="catalogue">The rule catalogue (national, with any regional packs applied).</param>
    /// <param name="codes">Code knowledge; <see cref="SettlementCodeSets.None"/> when omitted (dictionary rules stay silent).</param>
    /// <param name="registry">The platform's settlements for FE-09; FE-09 stays silent when omitted.</param>
    public SettlementValidator(SettlementRuleCatalogue catalogue, ISettlementCodeSets? codes = null, ISettlementRegistry? registry = null)
    {
        Catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        Codes = codes ?? SettlementCodeSets.None;
        Registry = registry;
        Auditor = new SettlementAuditor(catalogue);
        var checks = new List<SettlementRuleCheck>();
        foreach (var rule in catalogue.Rules)
        {
            if (rule.Scope != SettlementRuleScope.List || catalogue.Disabled.Contains(rule.Id)) continue;
            var check = rule.Kind switch
            {
                SettlementRuleKind.RequiredField => RequiredField(SettlementLayout.FindQualified(rule.Target ?? string.Empty)),
                SettlementRuleKind.ForbiddenDiagnosis => ForbiddenDiagnosis(CodeRangeSet.Parse(rule.Target)),
                _ => SettlementChecks.Find(rule.Id),
            };
            if (check is null) continue;
            var fields = rule.Fields.Select(SettlementLayout.FindQualified).Where(f => f is not null).Select(f => f!).ToArray();
            checks.Add(new SettlementRuleCheck(rule, check, fields, catalogue.PairsFor(rule.Id)));
        }

        _checks = checks.ToArray();
    }

    /// <summary>The rule catalogue.</summary>
    public SettlementRuleCatalogue Catalogue { get; }

    /// <summary>The code knowledge.</summary>
    public ISettlementCodeSets Codes { get; }

    /// <summary>The settlement registry, if any.</summary>
    public ISettlementRegistry? Registry { get; }

    /// <summary>The cross-list auditor over the same catalogue.</summary>
    public SettlementAuditor Auditor { get; }

    /// <summary>A validator over the embedded national catalogue, with code knowledge from the embedded DRG scheme.</summary>
    /// <returns>The validator.</returns>
    public static SettlementValidator CreateDefault() =>
        new(SettlementRuleCatalogue.LoadDefault(), SettlementCodeSets.FromScheme(Drg.DrgScheme.LoadDefault()));

    /// <summary>Validates one list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The report: every finding with rule, field path, value, message and fix.</returns>
    public SettlementReport Validate(SettlementList list)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        var context = SettlementCheckContext.Rent(list, Catalogue, Codes, Registry);
        foreach (var check in _checks)
        {
            context.Current = check;
            check.Check(context);
        }

        return new SettlementReport(list, context.Return());
    }

    /// <summary>Validates a batch: every list on its own, then the cross-list audits.</summary>
    /// <param name="lists">The lists.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <returns>The batch report with summary counts per rule, and each list's report with the list (<see cref="SettlementBatchReport.Reports"/>).</returns>
    public SettlementBatchReport ValidateAll(IReadOnlyList<SettlementList> lists, bool audit = true)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        var batch = new Batch(this, audit, keepReports: true);
        for (var i = 0; i < lists.Count; i++) batch.Add(Validate(lists[i]));
        return batch.Finish(0);
    }

    /// <summary>
    /// Validates what a reader returned: every list read, with the lists that could not be read (<see cref="SettlementReadResult.Unreadable"/>)
    /// counted as rejected, so that a file with an unreadable line never reports "0 rejected".
    /// </summary>
    /// <param name="read">The result of <see cref="SettlementJson.Read"/> or of the CSV reader.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <returns>The batch report.</returns>
    public SettlementBatchReport ValidateAll(SettlementReadResult read, bool audit = true)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        var batch = new Batch(this, audit, keepReports: true);
        foreach (var list in read.Lists) batch.Add(Validate(list));
        return batch.Finish(read.Unreadable);
    }

    /// <summary>
    /// Validates a stream of lists without keeping them: each list is validated and dropped, and only its id, its findings and the
    /// few facts the cross-list audits use (<see cref="SettlementAuditEntry"/>) are kept; the audits run at the end. The report equals
    /// <see cref="ValidateAll(SettlementReadResult, bool)"/> of the collected items, except that <see cref="SettlementBatchReport.Reports"/>
    /// is empty (<see cref="SettlementBatchReport.Lists"/> holds each list's result).
    /// </summary>
    /// <param name="items">The items of <see cref="SettlementJson.ReadStream"/> or <see cref="SettlementCsv.ReadStream"/>; an unreadable item
    /// counts as a rejected list, and an item that voids the items before it (<see cref="SettlementReadItem.VoidsEarlierItems"/>) starts the batch afresh.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <param name="readIssues">Receives the items' reading problems in order (cleared when an item voids the items before it); <see langword="null"/> to drop them.</param>
    /// <param name="threads">How many lists are validated at the same time: 1 (the default) validates on the calling thread; more
    /// validate batches of lists on the thread pool while the items are read, in input order, with a bounded number of batches in flight.</param>
    /// <returns>The batch report.</returns>
    /// <exception cref="InputEncodingException">Thrown by a reader from <see cref="TextInput.Open"/> that meets bytes not valid in its encoding.</exception>
    public SettlementBatchReport ValidateStream(IEnumerable<SettlementReadItem> items, bool audit = true, ICollection<Issue>? readIssues = null, int threads = 1)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least 1");
        var batch = new Batch(this, audit, keepReports: false);
        var unreadable = 0;
        foreach (var step in OrderedBatchPipeline.Run(items, (chunk, count) => Validate(chunk, count, audit), StreamBatch, threads, 2 * threads))
        {
            var item = step.Item;
            if (item.VoidsEarlierItems)
            {
                batch = new Batch(this, audit, keepReports: false);
                unreadable = 0;
                readIssues?.Clear();
            }

            if (readIssues is not null)
            {
                foreach (var issue in item.Issues) readIssues.Add(issue);
            }

            if (item.IsUnreadable) unreadable++;
            if (step.Result is { } result) batch.Add(result, step.Entry);
        }

        return batch.Finish(unreadable);
    }

    /// <summary>Validates a stream of lists without keeping them (see <see cref="ValidateStream(IEnumerable{SettlementReadItem}, bool, ICollection{Issue}, int)"/>).</summary>
    /// <param name="lists">The lists.</param>
    /// <param name="audit">Whether to run the cross-list audits.</param>
    /// <param name="threads">How many lists are validated at the same time.</param>
    /// <returns>The batch report; <see cref="SettlementBatchReport.Reports"/> is empty.</returns>
    public SettlementBatchReport ValidateStream(IEnumerable<SettlementList> lists, bool audit = true, int threads = 1)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        return ValidateStream(lists.Select(SettlementReadItem.FromList), audit, null, threads);
    }

    /// <summary>Lists per batch of a streamed validation: large enough to keep the workers busy, small enough to bound memory.</summary>
    private const int StreamBatch = 256;

    private Step[] Validate(SettlementReadItem[] chunk, int count, bool audit)
    {
        var steps = new Step[count];
        for (var i = 0; i < count; i++)
        {
            var item = chunk[i];
            chunk[i] = null!; // the list goes as soon as it is validated
            if (item.List is not { } list)
            {
                steps[i] = new Step(item, null, null);
                continue;
            }

            steps[i] = new Step(item.Issues.IsEmpty ? NoIssues : Stripped(item), SettlementListResult.From(Validate(list)), audit ? SettlementAuditEntry.FromList(list) : null);
        }

        return steps;
    }

    private static readonly SettlementReadItem NoIssues = SettlementReadItem.Problems(ImmutableArray<Issue>.Empty);

    /// <summary>The item's issues without its list.</summary>
    private static SettlementReadItem Stripped(SettlementReadItem item) => SettlementReadItem.Problems(item.Issues);

    /// <summary>One item of a streamed batch after validation: its issues and flags, the list's result and audit entry (no list).</summary>
    private readonly struct Step
    {
        public Step(SettlementReadItem item, SettlementListResult? result, SettlementAuditEntry? entry)
        {
            Item = item;
            Result = result;
            Entry = entry;
        }

        public SettlementReadItem Item { get; }

        public SettlementListResult? Result { get; }

        public SettlementAuditEntry? Entry { get; }
    }

    /// <summary>The batch being built: one result per list, the audit entries, and the reports when the lists are kept.</summary>
    private sealed class Batch
    {
        private readonly SettlementValidator _validator;
        private readonly ImmutableArray<SettlementReport>.Builder? _reports;
        private readonly List<SettlementListResult> _lists = new();
        private readonly List<SettlementAuditEntry>? _entries;

        public Batch(SettlementValidator validator, bool audit, bool keepReports)
        {
            _validator = validator;
            _reports = keepReports ? ImmutableArray.CreateBuilder<SettlementReport>() : null;
            _entries = audit ? new List<SettlementAuditEntry>() : null;
        }

        public void Add(SettlementReport report)
        {
            _reports?.Add(report);
            Add(SettlementListResult.From(report), _entries is null ? null : SettlementAuditEntry.FromList(report.List));
        }

        public void Add(SettlementListResult result, SettlementAuditEntry? entry)
        {
            _lists.Add(result);
            if (_entries is null) return;
            var e = entry!;
            _entries.Add(new SettlementAuditEntry(e.Person, Shared(e.Institution), e.SettlementId, e.EncounterId, e.Admission, e.Discharge,
                Shared(e.MainDiagnosis), Shared(e.DischargeWay), Shared(e.AdmissionWay), Shared(e.Receiver), e.PlannedReadmission));
        }

        /// <summary>
        /// One string for each repeated value of the fields that repeat across lists (institutions, diagnoses, dispositions): a batch
        /// of a million stays keeps a few thousand strings, not a million copies. The pool stops growing at 64 Ki values.
        /// </summary>
        private string? Shared(string? text)
        {
            if (text is null) return null;
            if (_shared.TryGetValue(text, out var shared)) return shared;
            if (_shared.Count < 1 << 16) _shared.Add(text, text);
            return text;
        }

        private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

        public SettlementBatchReport Finish(int unreadable)
        {
            var audits = _entries is null ? ImmutableArray<SettlementFinding>.Empty : _validator.Auditor.Audit(_entries);
            return new SettlementBatchReport(_validator.Catalogue, _reports?.ToImmutable() ?? ImmutableArray<SettlementReport>.Empty, _lists.ToImmutableArray(), audits, unreadable);
        }
    }

    private static SettlementCheck? RequiredField(SettlementField? field)
    {
        if (field is null) return null;
        return c =>
        {
            if (field.Node == SettlementNode.Setlinfo)
            {
                if (c.Setl.IsEmpty(field)) c.Report(field, -1, c.Setl[field], SettlementLayout.Path(field));
                return;
            }

            var rows = c.List.Rows(field.Node);
            for (var i = 0; i < rows.Length; i++)
            {
                if (rows[i].IsEmpty(field)) c.Report(field, i, rows[i][field], SettlementLayout.Path(field, i));
            }
        };
    }

    private static SettlementCheck ForbiddenDiagnosis(CodeRangeSet codes) => c =>
    {
        var rows = c.List.Diagnoses;
        for (var i = 0; i < rows.Length; i++)
        {
            if (codes.Contains(rows[i][D.DiagCode])) c.Report(D.DiagCode, i, rows[i][D.DiagCode], rows[i][D.DiagCode]!);
        }
    };
}
