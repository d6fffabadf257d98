using MedPay.Rules.Coding;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// A pre-filter over the MDC and ADRG rows of a scheme, computed once at load. For each row it derives a necessary
/// condition of the form "some code of list L is in table T" (from the row's <c>in</c> atoms: an <c>and</c> needs one
/// of its operands, an <c>or</c> needs all of them to have one) and inverts it into a per-code list of rows. For a
/// case, the rows whose necessary condition no code of the case meets are false without evaluating them, so the
/// grouper evaluates only the few rows a case can possibly match. Rows without such a condition are always tried.
/// The filter is sound by construction: it never skips a row whose condition could hold, so results are unchanged.
/// </summary>
internal sealed class CandidateIndex
{
    // Entry encoding: row number << 2 | list kind.
    private const int MainDx = 0, AnyDx = 1, MainPr = 2, AnyPr = 3;

    private readonly int[] _offsets; // per code id: start of its entries; _offsets[id + 1] is the end
    private readonly int[] _entries;
    private readonly ulong[] _always;

    private CandidateIndex(int[] offsets, int[] entries, ulong[] always, int[] ruleBase, int rowCount)
    {
        _offsets = offsets;
        _entries = entries;
        _always = always;
        RuleBase = ruleBase;
        RowCount = rowCount;
        Words = (rowCount + 63) >> 6;
    }

    /// <summary>The number of 64-bit words of a candidate set.</summary>
    public int Words { get; }

    /// <summary>The number of rows (MDC rows first, then the ADRG rows of each MDC in order).</summary>
    public int RowCount { get; }

    /// <summary>For each MDC position, the row number of its first ADRG row.</summary>
    public int[] RuleBase { get; }

    /// <summary>Builds the index for compiled MDC rows over a code space of <paramref name="codeCount"/> ids.</summary>
    public static CandidateIndex Build(CompiledMdc[] mdcs, int codeCount)
    {
        var ruleBase = new int[mdcs.Length];
        var rows = new List<Condition>(mdcs.Length * 16);
        foreach (var mdc in mdcs) rows.Add(mdc.Condition);
        for (var m = 0; m < mdcs.Length; m++)
        {
            ruleBase[m] = rows.Count;
            foreach (var rule in mdcs[m].Rules) rows.Add(rule.Condition);
        }

        var always = new ulong[(rows.Count + 63) >> 6];
        var atoms = new List<(int Entry, CodeTable Table)>(rows.Count * 2);
        var needs = new List<(CaseList List, CodeTable Table)>();
        for (var row = 0; row < rows.Count; row++)
        {
            needs.Clear();
            if (!TryNecessary(rows[row], needs))
            {
                always[row >> 6] |= 1UL << (row & 63);
                continue;
            }

            foreach (var (list, table) in needs)
            {
                var kind = list switch
                {
                    CaseList.MainDx => MainDx,
                    CaseList.OtherDx or CaseList.AnyDx => AnyDx, // widened: sound, a superset of candidates
                    CaseList.MainPr => MainPr,
                    _ => AnyPr,
                };
                atoms.Add(((row << 2) | kind, table));
            }
        }

        // Two passes over the atoms' tables (count, then fill) build the per-code entry lists in two flat arrays.
        var offsets = new int[codeCount + 1];
        foreach (var (_, table) in atoms)
        {
            foreach (var id in table.Members())
            {
                if (id < codeCount) offsets[id + 1]++;
            }
        }

        for (var id = 0; id < codeCount; id++) offsets[id + 1] += offsets[id];
        var entries = new int[offsets[codeCount]];
        var next = (int[])offsets.Clone();
        foreach (var (entry, table) in atoms)
        {
            foreach (var id in table.Members())
            {
                if (id < codeCount) entries[next[id]++] = entry;
            }
        }

        return new CandidateIndex(offsets, entries, always, ruleBase, rows.Count);
    }

    /// <summary>Fills <paramref name="candidates"/> (of <see cref="Words"/> words) with the rows the case can match.</summary>
    public void Fill(ReadOnlySpan<int> dx, ReadOnlySpan<int> pr, Span<ulong> candidates)
    {
        _always.AsSpan().CopyTo(candidates);
        for (var i = 0; i < dx.Length; i++) Mark(dx[i], i == 0 ? MainDx : -1, AnyDx, candidates);
        for (var i = 0; i < pr.Length; i++) Mark(pr[i], i == 0 ? MainPr : -1, AnyPr, candidates);
    }

    /// <summary>Whether a row is a candidate.</summary>
    public static bool IsCandidate(ReadOnlySpan<ulong> candidates, int row) => (candidates[row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>Prefetches the start of a code's entry range (first stage of the batch grouper's prefetching).</summary>
    public void PrefetchOffsets(int id) => MemoryHint.Prefetch(_offsets, id);

    /// <summary>Prefetches a code's entries (second stage: its offsets are in the cache by then).</summary>
    public void PrefetchEntries(int id)
    {
        if ((uint)id >= (uint)(_offsets.Length - 1)) return;
        var start = _offsets[id];
        var end = _offsets[id + 1];
        for (var e = start; e < end; e += 16) MemoryHint.Prefetch(_entries, e);
    }

    private void Mark(int id, int mainKind, int anyKind, Span<ulong> candidates)
    {
        if ((uint)id >= (uint)(_offsets.Length - 1)) return;
        var end = _offsets[id + 1];
        for (var e = _offsets[id]; e < end; e++)
        {
            var entry = _entries[e];
            var kind = entry & 3;
            if (kind != anyKind && kind != mainKind) continue;
            var row = entry >> 2;
            candidates[row >> 6] |= 1UL << (row & 63);
        }
    }

    /// <summary>
    /// Collects a necessary condition of <paramref name="condition"/> as a disjunction of (list, table) atoms:
    /// if the condition holds, some atom holds. Returns false when no such condition can be derived.
    /// </summary>
    private static bool TryNecessary(Condition condition, List<(CaseList, CodeTable)> into)
    {
        switch (condition)
        {
            case InTableCondition inTable:
                into.Add((inTable.List, inTable.Table));
                return true;
            case AndCondition and:
            {
                // Any one operand's necessary condition is necessary for the conjunction: take the narrowest.
                List<(CaseList, CodeTable)>? best = null;
                var bestSize = int.MaxValue;
                foreach (var operand in and.Operands)
                {
                    var candidate = new List<(CaseList, CodeTable)>();
                    if (!TryNecessary(operand, candidate)) continue;
                    var size = 0;
                    foreach (var (_, table) in candidate) size += table.Size;
                    if (size < bestSize)
                    {
                        best = candidate;
                        bestSize = size;
                    }
                }

                if (best is null) return false;
                into.AddRange(best);
                return true;
            }

            case OrCondition or:
            {
                // A disjunction needs every operand to have one; the union is then necessary.
                var union = new List<(CaseList, CodeTable)>();
                foreach (var operand in or.Operands)
                {
                    if (!TryNecessary(operand, union)) return false;
                }

                into.AddRange(union);
                return true;
            }

            default:
                return false;
        }
    }
}
