using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>
/// Groups cases with a <see cref="DrgScheme"/>: MDC rows in seq order, the first MDC whose condition holds and one of whose
/// ADRG rows holds decides the ADRG, then the first DRG row of that ADRG that holds decides the DRG (drg-scheme-tables.md).
/// Immutable and thread-safe: share one instance between threads. With trace off, grouping a case allocates nothing
/// unless the input has issues to report.
/// </summary>
public sealed class DrgGrouper
{
    private const int StackLimit = 128;

    /// <summary>The fields of the first input codes of each list (<c>diagnoses[2]</c>): every issue about a code names one, so they are made once.</summary>
    private static readonly string[] DiagnosisFields = MakeFields("diagnoses");

    private static readonly string[] ProcedureFields = MakeFields("procedures");

    /// <summary>Why an unknown code did not resolve, for the drop report: the same phrases for every code, so built once.</summary>
    private static readonly Unresolved NotInDiagnoses = NotInDictionary(CodeKind.Diagnosis);

    private static readonly Unresolved NotInProcedures = NotInDictionary(CodeKind.Procedure);

    private readonly DrgScheme _scheme;
    private readonly CodeSpace _codes;
    private readonly CompiledMdc[] _mdcs;
    private readonly CasePrefetcher _prefetcher;

    /// <summary>Creates a grouper over a scheme.</summary>
    /// <param name="scheme">The compiled scheme.</param>
    /// <param name="options">Options; the defaults when <see langword="null"/>.</param>
    public DrgGrouper(DrgScheme scheme, DrgGroupingOptions? options = null)
    {
        _scheme = scheme ?? throw new ArgumentNullException(nameof(scheme));
        Options = options ?? DrgGroupingOptions.Default;
        _codes = scheme.Codes;
        _mdcs = scheme.Compiled;
        _prefetcher = new CasePrefetcher(scheme);
    }

    /// <summary>The scheme.</summary>
    public DrgScheme Scheme => _scheme;

    /// <summary>The options.</summary>
    public DrgGroupingOptions Options { get; }

    /// <summary>Groups one case, with a trace when <see cref="DrgGroupingOptions.IncludeTrace"/> is set.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The result; never throws for bad input.</returns>
    public DrgResult Group(DrgCase @case) => Group(@case, Options.IncludeTrace);

    /// <summary>Groups one case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="includeTrace">Whether to record the trace.</param>
    /// <returns>The result; never throws for bad input.</returns>
    public DrgResult Group(DrgCase @case, bool includeTrace) => Group(@case, includeTrace, default, 0);

    /// <summary>
    /// Groups one case with optional hints: for each input code by position (the diagnoses', then from
    /// <paramref name="dxHints"/> on the procedures'), the id its look-up most likely finds, or -1. A hint is used only when the
    /// code's text equals it exactly, which is what the exact look-up would find; otherwise the look-up runs as without hints.
    /// </summary>
    private DrgResult Group(DrgCase @case, bool includeTrace, ReadOnlySpan<int> hints, int dxHints)
    {
        if (@case is null)
        {
            return new DrgResult(_scheme.Identity, DrgGroupingStatus.InvalidInput, null, null, null,
                ImmutableArray.Create(DrgGroupingIssues.NoMainDiagnosis.Create(field: "diagnoses")), null);
        }

        List<Issue>? issues = null;
        var attributes = CaseAttributes.Of(@case);
        var invalid = !CheckFacts(attributes, ref issues, out var ageDays);
        var diagnoses = @case.Diagnoses;
        var procedures = @case.Procedures;
        int[]? rentedDx = null, rentedPr = null;
        var dxBuffer = diagnoses.Count <= StackLimit ? stackalloc int[diagnoses.Count] : (rentedDx = ArrayPool<int>.Shared.Rent(diagnoses.Count));
        var prBuffer = procedures.Count <= StackLimit ? stackalloc int[procedures.Count] : (rentedPr = ArrayPool<int>.Shared.Rent(procedures.Count));
        try
        {
            var dxCount = Resolve(diagnoses, CodeKind.Diagnosis, dxBuffer, hints.Slice(0, Math.Min(dxHints, hints.Length)), ref issues, ref invalid);
            var prCount = Resolve(procedures, CodeKind.Procedure, prBuffer, hints.Slice(Math.Min(dxHints, hints.Length)), ref issues, ref invalid);
            if (dxCount == 0 && !invalid)
            {
                Add(ref issues, DrgGroupingIssues.NoMainDiagnosis.Create(field: "diagnoses"));
                invalid = true;
            }

            if (invalid) return new DrgResult(_scheme.Identity, DrgGroupingStatus.InvalidInput, null, null, null, ToArray(issues), null);

            return GroupResolved(attributes, ageDays, dxBuffer.Slice(0, dxCount), prBuffer.Slice(0, prCount), issues, includeTrace);
        }
        finally
        {
            if (rentedDx is not null) ArrayPool<int>.Shared.Return(rentedDx);
            if (rentedPr is not null) ArrayPool<int>.Shared.Return(rentedPr);
        }
    }

    /// <summary>The rest of <see cref="Group(DrgCase, bool, ReadOnlySpan{int}, int)"/> once the case is valid and its codes are ids.</summary>
    private DrgResult GroupResolved(in CaseAttributes attributes, int ageDays, ReadOnlySpan<int> dx, ReadOnlySpan<int> pr, List<Issue>? issues, bool includeTrace)
    {
        if (_scheme.Restricted is { } restricted) CheckRestrictions(restricted, dx, pr, attributes, ref issues);
        var facts = new CaseFacts(dx, pr, attributes, ageDays, _scheme.Complications);
        return includeTrace ? GroupTraced(ref facts, issues) : GroupFast(ref facts, issues);
    }

    /// <summary>The batch prefetcher over this grouper's scheme.</summary>
    internal CasePrefetcher Prefetcher => _prefetcher;

    /// <summary>
    /// Whether <see cref="FindClean"/> and <see cref="GroupClean"/> give what <see cref="Group(DrgCase)"/> gives: no trace and no
    /// version map to apply (a map turns even a clean code into another one).
    /// </summary>
    internal bool SupportsCleanPath => !Options.IncludeTrace
        && !(Options.ApplyVersionMaps && (_scheme.Map(CodeKind.Diagnosis) is { IsEmpty: false } || _scheme.Map(CodeKind.Procedure) is { IsEmpty: false }));

    /// <summary>
    /// The id of a code spelled exactly as the scheme spells it and listed in the dictionary of its kind, or -1 for anything else
    /// (unknown, folded, normalised, of the other kind, not in the dictionary): the codes <see cref="Resolve"/> accepts without an issue.
    /// </summary>
    /// <remarks>
    /// <paramref name="hint"/> is a likely id (from prefetching, or -1): when it is spelled exactly as <paramref name="code"/> it is
    /// the id the look-up would find (the first code of the same hash, which <see cref="CodeHashIndex.Peek"/> gives, spelled so), and
    /// the look-up is skipped.
    /// </remarks>
    internal int FindClean(ReadOnlySpan<char> code, int hint, CodeKind kind)
    {
        var index = _codes.Index;
        var id = hint >= 0 && index.Is(hint, code) ? hint : index.FindExact(code, CodeHashIndex.HashOf(code));
        return id >= 0 && _codes.InDictionary(id, kind) ? id : -1;
    }

    /// <summary>
    /// Groups a case whose codes were all found by <see cref="FindClean"/> — non-empty lists of distinct ids, at least one diagnosis —
    /// with the same result as <see cref="Group(DrgCase)"/> on the same case (valid only when <see cref="SupportsCleanPath"/>).
    /// </summary>
    internal DrgResult GroupClean(in CaseAttributes attributes, ReadOnlySpan<int> dx, ReadOnlySpan<int> pr)
    {
        List<Issue>? issues = null;
        if (!CheckFacts(attributes, ref issues, out var ageDays)) return new DrgResult(_scheme.Identity, DrgGroupingStatus.InvalidInput, null, null, null, ToArray(issues), null);
        return GroupResolved(attributes, ageDays, dx, pr, issues, includeTrace: false);
    }

    /// <summary>Groups a batch of cases into a span of results of the same length (trace as in the options).</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="results">Where the results go; must be at least as long as <paramref name="cases"/>.</param>
    public void Group(ReadOnlySpan<DrgCase> cases, Span<DrgResult> results)
    {
        if (results.Length < cases.Length) throw new ArgumentException("results is shorter than cases / 结果数组短于病例数组", nameof(results));
        GroupBatch(cases, results);
    }

    /// <summary>The batch path shared by the span and parallel entry points: prefetched when the batch is long enough and trace is off.</summary>
    private void GroupBatch(ReadOnlySpan<DrgCase> cases, Span<DrgResult> results)
    {
        var trace = Options.IncludeTrace;
        if (trace || !MemoryHint.IsSupported || cases.Length <= CasePrefetcher.CaseAhead)
        {
            for (var i = 0; i < cases.Length; i++) results[i] = Group(cases[i], trace);
            return;
        }

        GroupPrefetched(cases, results);
    }

    /// <summary>
    /// Groups a batch (trace off) while prefetching the memory of the cases a few places ahead (see <see cref="CasePrefetcher"/>);
    /// each case is grouped with the likely code ids its prefetching found, which <see cref="Find"/> checks before using.
    /// </summary>
    private void GroupPrefetched(ReadOnlySpan<DrgCase> cases, Span<DrgResult> results)
    {
        const int Mask = CasePrefetcher.RingCases - 1;
        const int PerCase = CasePrefetcher.CodesPerCase;
        var prefetcher = _prefetcher;
        Span<int> ring = stackalloc int[CasePrefetcher.RingCases * PerCase];
        Span<int> counts = stackalloc int[CasePrefetcher.RingCases];
        var n = cases.Length;

        // Prime the pipeline: the stages of the first cases, as they would have run had the batch started earlier.
        for (var j = 0; j < CasePrefetcher.CaseAhead && j < n; j++) MemoryHint.Prefetch(cases[j]);
        for (var j = 0; j < CasePrefetcher.ListsAhead && j < n; j++) CasePrefetcher.Lists(cases[j]);
        for (var j = 0; j < CasePrefetcher.ArraysAhead && j < n; j++) CasePrefetcher.Arrays(cases[j]);
        for (var j = 0; j < CasePrefetcher.StringsAhead && j < n; j++) CasePrefetcher.Strings(cases[j]);
        for (var j = 0; j < CasePrefetcher.Stage1Ahead && j < n; j++) counts[j & Mask] = prefetcher.Hash(cases[j], ring.Slice((j & Mask) * PerCase, PerCase));
        for (var j = 0; j < CasePrefetcher.Stage2Ahead && j < n; j++) prefetcher.Ids(ring.Slice((j & Mask) * PerCase, PerCase), counts[j & Mask]);
        for (var j = 0; j < CasePrefetcher.Stage3Ahead && j < n; j++) prefetcher.Targets(ring.Slice((j & Mask) * PerCase, PerCase), counts[j & Mask]);

        for (var i = 0; i < n; i++)
        {
            var j = i + CasePrefetcher.CaseAhead;
            if (j < n) MemoryHint.Prefetch(cases[j]);
            j = i + CasePrefetcher.ListsAhead;
            if (j < n) CasePrefetcher.Lists(cases[j]);
            j = i + CasePrefetcher.ArraysAhead;
            if (j < n) CasePrefetcher.Arrays(cases[j]);
            j = i + CasePrefetcher.StringsAhead;
            if (j < n) CasePrefetcher.Strings(cases[j]);
            j = i + CasePrefetcher.Stage1Ahead;
            if (j < n) counts[j & Mask] = prefetcher.Hash(cases[j], ring.Slice((j & Mask) * PerCase, PerCase));
            j = i + CasePrefetcher.Stage2Ahead;
            if (j < n) prefetcher.Ids(ring.Slice((j & Mask) * PerCase, PerCase), counts[j & Mask]);
            j = i + CasePrefetcher.Stage3Ahead;
            if (j < n) prefetcher.Targets(ring.Slice((j & Mask) * PerCase, PerCase), counts[j & Mask]);
            var hints = ring.Slice((i & Mask) * PerCase, counts[i & Mask] >> 16);
            results[i] = Group(cases[i], includeTrace: false, hints, counts[i & Mask] & 0xFFFF);
        }
    }

    /// <summary>Groups a stream of cases lazily, in order.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The results, one per case, in order.</returns>
    public IEnumerable<DrgResult> GroupAll(IEnumerable<DrgCase> cases)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        foreach (var @case in cases) yield return Group(@case);
    }

    /// <summary>Groups a list of cases on several threads; results are in the order of the cases.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="maxDegreeOfParallelism">The number of threads; -1 for one per processor.</param>
    /// <returns>The results, one per case, in order.</returns>
    public DrgResult[] GroupParallel(IReadOnlyList<DrgCase> cases, int maxDegreeOfParallelism = -1)
    {
        if (cases is null) throw new ArgumentNullException(nameof(cases));
        var results = new DrgResult[cases.Count];
        if (results.Length == 0) return results; // Partitioner.Create refuses an empty range
        var partitions = System.Collections.Concurrent.Partitioner.Create(0, cases.Count, Math.Max(1, Math.Min(4096, cases.Count / 64 + 1)));
        var array = cases as DrgCase[];
        Parallel.ForEach(partitions, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, range =>
        {
            var length = range.Item2 - range.Item1;
            var output = results.AsSpan(range.Item1, length);
            if (array is not null)
            {
                GroupBatch(array.AsSpan(range.Item1, length), output);
                return;
            }

            // Another list: its range copied into a pooled buffer, so the batch path (and its prefetching) runs over a span.
            var buffer = ArrayPool<DrgCase>.Shared.Rent(length);
            try
            {
                for (var i = 0; i < length; i++) buffer[i] = cases[range.Item1 + i];
                GroupBatch(buffer.AsSpan(0, length), output);
            }
            finally
            {
                Array.Clear(buffer, 0, length);
                ArrayPool<DrgCase>.Shared.Return(buffer);
            }
        });
        return results;
    }

    private DrgResult GroupFast(ref CaseFacts facts, List<Issue>? issues)
    {
        // Only rows the candidate index cannot rule out are evaluated; the others are false (see CandidateIndex).
        var index = _scheme.Candidates;
        Span<ulong> candidates = stackalloc ulong[index.Words];
        index.Fill(facts.Dx, facts.Pr, candidates);
        var mdcs = _mdcs;
        for (var m = 0; m < mdcs.Length; m++)
        {
            if (!CandidateIndex.IsCandidate(candidates, m)) continue;
            var mdc = mdcs[m];
            if (!mdc.Condition.Evaluate(ref facts)) continue;
            var rules = mdc.Rules;
            var first = index.RuleBase[m];
            for (var r = 0; r < rules.Length; r++)
            {
                if (!CandidateIndex.IsCandidate(candidates, first + r)) continue;
                var rule = rules[r];
                if (!rule.Condition.Evaluate(ref facts)) continue;
                foreach (var drg in rule.Drgs)
                {
                    if (drg.Condition.Evaluate(ref facts)) return Grouped(mdc, rule, drg, issues, null);
                }

                Add(ref issues, DrgGroupingIssues.NoDrgRow.Create(field: "drg", value: rule.Adrg.Code, args: rule.Adrg.Code));
                return new DrgResult(_scheme.Identity, DrgGroupingStatus.Ungroupable, mdc.Definition, rule.Adrg, null, ToArray(issues), null);
            }
        }

        return new DrgResult(_scheme.Identity, DrgGroupingStatus.Ungroupable, null, null, null, ToArray(issues), null);
    }

    private DrgResult GroupTraced(ref CaseFacts facts, List<Issue>? issues)
    {
        var steps = ImmutableArray.CreateBuilder<DrgTraceStep>();
        var trace = BuildTrace(ref facts, steps);
        foreach (var mdc in _mdcs)
        {
            var mdcHolds = mdc.Condition.EvaluateTraced(ref facts, out var atom);
            steps.Add(new DrgTraceStep(DrgTraceLevel.Mdc, mdc.Definition.Code, mdc.Definition.Seq, mdc.Definition.Condition, mdcHolds, atom.Text));
            if (!mdcHolds) continue;
            foreach (var rule in mdc.Rules)
            {
                var ruleHolds = rule.Condition.EvaluateTraced(ref facts, out atom);
                steps.Add(new DrgTraceStep(DrgTraceLevel.Adrg, rule.Adrg.Code, rule.Row.Seq, rule.Row.Condition, ruleHolds, atom.Text));
                if (!ruleHolds) continue;
                foreach (var drg in rule.Drgs)
                {
                    var drgHolds = drg.Condition.EvaluateTraced(ref facts, out atom);
                    steps.Add(new DrgTraceStep(DrgTraceLevel.Drg, drg.Definition.Code, drg.Definition.Seq, drg.Definition.Condition, drgHolds, atom.Text));
                    if (drgHolds) return Grouped(mdc, rule, drg, issues, trace(steps));
                }

                Add(ref issues, DrgGroupingIssues.NoDrgRow.Create(field: "drg", value: rule.Adrg.Code, args: rule.Adrg.Code));
                return new DrgResult(_scheme.Identity, DrgGroupingStatus.Ungroupable, mdc.Definition, rule.Adrg, null, ToArray(issues), trace(steps));
            }
        }

        return new DrgResult(_scheme.Identity, DrgGroupingStatus.Ungroupable, null, null, null, ToArray(issues), trace(steps));
    }

    private Func<ImmutableArray<DrgTraceStep>.Builder, DrgTrace> BuildTrace(ref CaseFacts facts, ImmutableArray<DrgTraceStep>.Builder steps)
    {
        var diagnoses = ToCodes(facts.Dx);
        var procedures = ToCodes(facts.Pr);
        var complications = ImmutableArray.CreateBuilder<ComplicationFinding>();
        var index = _scheme.Complications;
        for (var i = 1; i < facts.Dx.Length; i++)
        {
            var id = facts.Dx[i];
            for (var k = 0; k < index.RowCount(id); k++)
            {
                var group = index.ExcludingGroup(id, k, facts.Dx[0]);
                complications.Add(new ComplicationFinding(_codes[id], index.Level(id, k), group < 0, group < 0 ? null : index.GroupNames[group]));
            }
        }

        var findings = complications.ToImmutable();
        return s => new DrgTrace(diagnoses, procedures, s.ToImmutable(), findings);
    }

    private ImmutableArray<string> ToCodes(ReadOnlySpan<int> ids)
    {
        var builder = ImmutableArray.CreateBuilder<string>(ids.Length);
        foreach (var id in ids) builder.Add(_codes[id]);
        return builder.MoveToImmutable();
    }

    private DrgResult Grouped(CompiledMdc mdc, CompiledAdrgRule rule, CompiledDrg drg, List<Issue>? issues, DrgTrace? trace) =>
        new(_scheme.Identity, rule.Adrg.Kind == AdrgKind.Ambiguous ? DrgGroupingStatus.Ambiguous : DrgGroupingStatus.Grouped,
            mdc.Definition, rule.Adrg, drg.Definition, ToArray(issues), trace);

    /// <summary>
    /// Resolves input codes to ids (docs/coding.md): the version map when asked for, else the code as written, else its canonical
    /// text, else the dictionary's normalisation (missing asterisk, trailing zeros); unresolved codes follow the unknown-code policy.
    /// Drops empties and duplicates. Clean input allocates nothing.
    /// </summary>
    private int Resolve(IReadOnlyList<string> input, CodeKind kind, Span<int> ids, ReadOnlySpan<int> hints, ref List<Issue>? issues, ref bool invalid)
    {
        var count = 0;
        var listName = kind == CodeKind.Diagnosis ? "diagnoses" : "procedures";
        for (var i = 0; i < input.Count; i++)
        {
            var raw = input[i];
            if (raw is null || raw.Length == 0 || (raw.Trim().Length == 0))
            {
                if (i == 0 && kind == CodeKind.Diagnosis)
                {
                    Add(ref issues, DrgGroupingIssues.NoMainDiagnosis.Create(field: Field(listName, i)));
                    invalid = true;
                }
                else
                {
                    Add(ref issues, DrgGroupingIssues.CodeEmpty.Create(field: Field(listName, i)));
                }

                continue;
            }

            var id = Find(raw, i < hints.Length ? hints[i] : -1, kind, i, listName, ref issues, out var unresolved);
            if (id < 0)
            {
                if (Drop(kind, i)) Add(ref issues, CodingIssues.CodeDropped.Create(field: Field(listName, i), value: raw, args: new object[] { raw, Policy.Name(), unresolved.Zh, unresolved.En }));
                else
                {
                    Add(ref issues, unresolved.Issue ?? DrgGroupingIssues.CodeUnknown.Create(field: Field(listName, i), value: raw,
                        args: new object[] { raw, ZhName(kind), kind == CodeKind.Diagnosis ? "diagnosis" : "procedure" }));
                    invalid = true;
                }

                continue;
            }

            if (!_codes.InDictionary(id, kind))
            {
                var other = kind == CodeKind.Diagnosis ? CodeKind.Procedure : CodeKind.Diagnosis;
                if (_codes.InDictionary(id, other))
                {
                    Add(ref issues, DrgGroupingIssues.CodeWrongKind.Create(field: Field(listName, i), value: raw,
                        args: new object[] { raw, ZhName(other), ZhName(kind), other == CodeKind.Diagnosis ? "diagnosis" : "procedure", listName }));
                    invalid = true;
                    continue;
                }

                Add(ref issues, DrgGroupingIssues.CodeNotInDictionary.Create(field: Field(listName, i), value: raw, args: _codes[id]));
            }

            var duplicate = false;
            for (var j = 0; j < count; j++)
            {
                if (ids[j] == id)
                {
                    duplicate = true;
                    break;
                }
            }

            if (duplicate)
            {
                Add(ref issues, DrgGroupingIssues.CodeDuplicate.Create(field: Field(listName, i), value: raw, args: raw));
                continue;
            }

            ids[count++] = id;
        }

        return count;
    }

    private UnknownCodePolicy Policy => Options.UnknownCodes ?? _scheme.UnknownCodePolicy;

    /// <summary>Whether the policy leaves an unresolved code out; the main diagnosis is never left out.</summary>
    private bool Drop(CodeKind kind, int index) => Policy switch
    {
        UnknownCodePolicy.DropAndReport => kind == CodeKind.Procedure || index > 0,
        UnknownCodePolicy.TreatUnknownProcedureAsNone => kind == CodeKind.Procedure,
        _ => false,
    };

    /// <summary>Why a code did not resolve: the issue to raise when it is rejected, and a phrase for the drop report.</summary>
    private readonly struct Unresolved
    {
        public Unresolved(Issue? issue, string zh, string en)
        {
            Issue = issue;
            Zh = zh;
            En = en;
        }

        public Issue? Issue { get; }

        public string Zh { get; }

        public string En { get; }
    }

    /// <summary>
    /// Finds the id of one non-empty input code; -1 with the reason when it does not resolve. <paramref name="hint"/> is the id
    /// the batch prefetching expects (-1 for none): when the code is spelled exactly as the hint's code, that is the exact look-up's
    /// answer (codes of a scheme are distinct), so the look-up is skipped.
    /// </summary>
    private int Find(string raw, int hint, CodeKind kind, int index, string listName, ref List<Issue>? issues, out Unresolved unresolved)
    {
        // The common case first, without the folding buffer: no version map to apply and the code spelled as the scheme spells it.
        if (!Options.ApplyVersionMaps || _scheme.Map(kind) is not { IsEmpty: false })
        {
            var exact = hint >= 0 && _codes.Index.Is(hint, raw.AsSpan()) ? hint : _codes.FindExact(raw.AsSpan());
            if (exact >= 0)
            {
                unresolved = default;
                return exact;
            }
        }

        return FindSlow(raw, hint, kind, index, listName, ref issues, out unresolved);
    }

    /// <summary>The rest of <see cref="Find"/>: version maps, folding, the dictionary's normalisation.</summary>
    private int FindSlow(string raw, int hint, CodeKind kind, int index, string listName, ref List<Issue>? issues, out Unresolved unresolved)
    {
        unresolved = default;
        var buffer = raw.Length < CodeText.StackBufferLength ? stackalloc char[CodeText.StackBufferLength] : new char[raw.Length + 2];
        int length;
        if (Options.ApplyVersionMaps && _scheme.Map(kind) is { IsEmpty: false } map)
        {
            length = CodeText.Canonicalize(raw.AsSpan(), buffer);
            var key = map.Find(buffer.Slice(0, length));
            if (key >= 0)
            {
                var file = string.Join("+", map.Files);
                if (map.StatusOf(key) == CodeMapStatus.OneToMany)
                {
                    var targets = string.Join(", ", map.Targets(key));
                    unresolved = new Unresolved(CodingIssues.CodeMapOneToMany.Create(field: Field(listName, index), value: raw, args: new object[] { raw, file, targets }),
                        "映射到多个编码 " + targets, "maps to several codes " + targets);
                    return -1;
                }

                var target = map.Target(key);
                var mapped = _codes.Find(target.AsSpan());
                if (mapped >= 0 && map.StatusOf(key) == CodeMapStatus.Mapped)
                {
                    Add(ref issues, CodingIssues.CodeMapped.Create(field: Field(listName, index), value: raw, args: new object[] { raw, file, _codes[mapped] }));
                }

                if (mapped >= 0) return mapped;
                unresolved = new Unresolved(null, "映射目标 " + target + " 不在方案中", "map target " + target + " is not in the scheme");
                return -1;
            }

            Add(ref issues, CodingIssues.CodeNotInMap.Create(field: Field(listName, index), value: raw, args: new object[] { raw, string.Join("+", map.Files) }));
        }

        var id = hint >= 0 && _codes.Index.Is(hint, raw.AsSpan()) ? hint : _codes.FindExact(raw.AsSpan());
        if (id >= 0) return id;
        length = CodeText.Canonicalize(raw.AsSpan(), buffer);
        id = _codes.Find(buffer.Slice(0, length));
        CodeNormalization? report = null;
        if (id < 0)
        {
            // The dictionary's rules without a report first: an unknown code (the common case of a file grouped with the wrong
            // scheme) needs none, and the report is built only for a code that resolves (its changes) or is ambiguous (its candidates).
            var dictionary = _scheme.Dictionary(kind);
            if (dictionary.Find(raw.AsSpan(), out var status) < 0 && status != CodeNormalizationStatus.Ambiguous)
            {
                unresolved = kind == CodeKind.Diagnosis ? NotInDiagnoses : NotInProcedures;
                return -1;
            }

            report = dictionary.Normalize(raw);
        }

        if (report?.Entry is { } entry) id = entry.Id;
        if (id >= 0)
        {
            var changes = report?.Changes ?? Changes(raw);
            if (changes.All(c => c.Reason.IsTextFold())) Add(ref issues, DrgGroupingIssues.CodeFolded.Create(field: Field(listName, index), value: raw, args: new object[] { raw, _codes[id] }));
            else Add(ref issues, CodingIssues.CodeNormalized.Create(field: Field(listName, index), value: raw, args: new object[] { raw, _codes[id], string.Join(", ", changes.Select(c => c.ReasonCode)) }));
            return id;
        }

        if (report!.Status == CodeNormalizationStatus.Ambiguous)
        {
            var candidates = string.Join(", ", report.Candidates.Select(c => c.Code)) + (report.CandidateCount > report.Candidates.Length ? ", …" : string.Empty);
            unresolved = new Unresolved(CodingIssues.CodeAmbiguous.Create(field: Field(listName, index), value: raw, args: new object[] { raw, report.CandidateCount, candidates }),
                "可能是 " + candidates, "could be " + candidates);
            return -1;
        }

        unresolved = kind == CodeKind.Diagnosis ? NotInDiagnoses : NotInProcedures;
        return -1;
    }

    private static Unresolved NotInDictionary(CodeKind kind) =>
        new(null, "不在方案的" + ZhName(kind) + "字典中", "not in the scheme's " + (kind == CodeKind.Diagnosis ? "diagnosis" : "procedure") + " dictionary");

    private static ImmutableArray<CodeChange> Changes(string raw)
    {
        var changes = new List<CodeChange>();
        var buffer = new char[raw.Length + 2];
        raw.AsSpan().CopyTo(buffer);
        CodeText.Canonicalize(buffer, raw.Length, changes);
        return changes.ToImmutableArray();
    }

    /// <summary>Warns about codes whose dictionary restrictions (not_main, sex, age_min/age_max) the case breaks; grouping goes on.</summary>
    private static void CheckRestrictions(CodeEntry?[] restricted, ReadOnlySpan<int> dx, ReadOnlySpan<int> pr, in CaseAttributes c, ref List<Issue>? issues)
    {
        for (var i = 0; i < dx.Length + pr.Length; i++)
        {
            var entry = restricted[i < dx.Length ? dx[i] : pr[i - dx.Length]];
            if (entry is null) continue;
            var field = i < dx.Length ? "diagnoses" : "procedures";
            if (i == 0 && entry.NotMainDiagnosis) Add(ref issues, CodingIssues.NotMainDiagnosis.Create(field: field, value: entry.Code, args: entry.Code));
            if ((entry.Sex == SexRestriction.Male && c.Sex == Sex.Female) || (entry.Sex == SexRestriction.Female && c.Sex == Sex.Male))
            {
                var male = entry.Sex == SexRestriction.Male;
                Add(ref issues, CodingIssues.SexConflict.Create(field: field, value: entry.Code, args: new object[] { entry.Code, male ? "男" : "女", male ? "male" : "female" }));
            }

            if (c.AgeYears < (entry.MinAgeYears ?? 0) || c.AgeYears > (entry.MaxAgeYears ?? int.MaxValue))
            {
                Add(ref issues, CodingIssues.AgeConflict.Create(field: field, value: entry.Code,
                    args: new object[] { entry.Code, entry.MinAgeYears ?? 0, entry.MaxAgeYears?.ToString(CultureInfo.InvariantCulture) ?? "…", c.AgeYears }));
            }
        }
    }

    private static string ZhName(CodeKind kind) => kind == CodeKind.Diagnosis ? "诊断" : "手术操作";

    /// <summary>The field of an input code, e.g. <c>diagnoses[2]</c>.</summary>
    private static string Field(string list, int index)
    {
        var fields = list == "diagnoses" ? DiagnosisFields : list == "procedures" ? ProcedureFields : null;
        return fields is not null && index < fields.Length ? fields[index] : MakeField(list, index);
    }

    private static string MakeField(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string[] MakeFields(string list)
    {
        var fields = new string[64];
        for (var i = 0; i < fields.Length; i++) fields[i] = MakeField(list, i);
        return fields;
    }

    /// <summary>Checks the case's numbers; returns false when the case cannot be grouped.</summary>
    private static bool CheckFacts(in CaseAttributes c, ref List<Issue>? issues, out int ageDays)
    {
        var ok = true;
        ageDays = c.AgeDays;
        if (c.Sex is not (Sex.Male or Sex.Female))
        {
            Add(ref issues, DrgGroupingIssues.SexMissing.Create(field: "sex", value: c.Sex.ToString()));
            ok = false;
        }

        if (c.AgeYears is < 0 or > 150)
        {
            Add(ref issues, DrgGroupingIssues.AgeInvalid.Create(field: "age_years", value: Text(c.AgeYears), args: c.AgeYears));
            ok = false;
        }
        else if (c.AgeDays < 0)
        {
            Add(ref issues, DrgGroupingIssues.AgeDaysInvalid.Create(field: "age_days", value: Text(c.AgeDays), args: c.AgeDays));
            ok = false;
        }
        else if (c.AgeDays == 0 && c.AgeYears >= 1)
        {
            ageDays = c.AgeYears * 365;
            Add(ref issues, DrgGroupingIssues.AgeDaysDerived.Create(field: "age_days", args: new object[] { c.AgeYears, ageDays }));
        }
        else if (c.AgeDays < c.AgeYears * 365L || c.AgeDays >= (c.AgeYears + 1) * 366L)
        {
            Add(ref issues, DrgGroupingIssues.AgeInconsistent.Create(field: "age_days", value: Text(c.AgeDays), args: new object[] { c.AgeDays, c.AgeYears }));
            ok = false;
        }

        if (c.BirthWeightGrams is < 0 or > 10000)
        {
            Add(ref issues, DrgGroupingIssues.BirthWeightInvalid.Create(field: "birth_weight_g", value: Text(c.BirthWeightGrams), args: c.BirthWeightGrams));
            ok = false;
        }

        if (c.AdmissionWeightGrams is < 0 or > 10000)
        {
            Add(ref issues, DrgGroupingIssues.AdmissionWeightInvalid.Create(field: "admission_weight_g", value: Text(c.AdmissionWeightGrams), args: c.AdmissionWeightGrams));
            ok = false;
        }

        if (c.LengthOfStayDays < 0)
        {
            Add(ref issues, DrgGroupingIssues.LengthOfStayInvalid.Create(field: "los_days", value: Text(c.LengthOfStayDays), args: c.LengthOfStayDays));
            ok = false;
        }

        if (c.Discharge is not (0 or 1 or 2 or 3 or 4 or 5 or 9))
        {
            Add(ref issues, DrgGroupingIssues.DischargeInvalid.Create(field: "discharge", value: Text(c.Discharge), args: c.Discharge));
            ok = false;
        }

        if (double.IsNaN(c.IcuHours) || double.IsInfinity(c.IcuHours) || c.IcuHours < 0)
        {
            var text = c.IcuHours.ToString(CultureInfo.InvariantCulture);
            Add(ref issues, DrgGroupingIssues.IcuHoursInvalid.Create(field: "icu_hours", value: text, args: text));
            ok = false;
        }

        return ok;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Add(ref List<Issue>? issues, Issue issue) => (issues ??= new List<Issue>()).Add(issue);

    private static ImmutableArray<Issue> ToArray(List<Issue>? issues) => issues is null ? default : issues.ToImmutableArray();
}
