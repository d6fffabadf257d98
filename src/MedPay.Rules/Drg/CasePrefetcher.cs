using System.Collections.Immutable;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>
/// Prefetching for batch grouping. Grouping a case walks a few lines of memory per code — its hash slot, its text, its dictionary
/// flags, its candidate-index entries, its CC rows — spread over several megabytes of scheme; one case at a time the processor waits
/// for each in turn (docs/performance.md, 2026-12-02). While case <c>i</c> is grouped, the batch loop asks for the lines of the cases
/// a few places ahead, in stages, each reading only what the stage before brought in: first the case's own objects (the case, its
/// lists, their arrays, the code strings: a case read from a file sits wherever the reader allocated it), then each code's hash and first slot
/// (stage 1), then the code's likely id from its slot and the per-code tables' entries for that id (stage 2), then what those
/// entries point to (stage 3). The likely ids are handed to the grouper as hints, which it checks against the code's text before
/// using them (<see cref="DrgGrouper"/>), so nothing here changes what grouping computes.
/// </summary>
internal sealed class CasePrefetcher
{
    /// <summary>Codes per case (diagnoses then procedures, by input position) the ring keeps; further codes get no hint.</summary>
    public const int CodesPerCase = 32;

    /// <summary>Cases the ring holds: a power of two above the distance from stage 1 to the grouping.</summary>
    public const int RingCases = 16;

    /// <summary>
    /// How far ahead of the case being grouped each stage works, in cases: four stages for the case's own objects (the case, its
    /// two lists, the lists' arrays, the code strings), then the three stages over the scheme.
    /// </summary>
    public const int CaseAhead = 21, ListsAhead = 18, ArraysAhead = 15, StringsAhead = 12, Stage1Ahead = 9, Stage2Ahead = 6, Stage3Ahead = 3;

    private readonly CodeHashIndex _index;
    private readonly CodeSpace _codes;
    private readonly CodeEntry?[]? _restricted;
    private readonly CandidateIndex _candidates;
    private readonly ComplicationIndex _complications;

    public CasePrefetcher(DrgScheme scheme)
    {
        _codes = scheme.Codes;
        _index = _codes.Index;
        _restricted = scheme.Restricted;
        _candidates = scheme.Candidates;
        _complications = scheme.Complications;
    }

    /// <summary>Case stage 2: the objects of the case's two code lists (the case object itself was prefetched by the batch loop).</summary>
    public static void Lists(DrgCase? @case)
    {
        if (@case is null) return;
        MemoryHint.Prefetch(@case.Diagnoses);
        MemoryHint.Prefetch(@case.Procedures);
    }

    /// <summary>Case stage 3: the arrays behind lists that are immutable arrays (as <see cref="DrgCaseCsv"/> makes them).</summary>
    public static void Arrays(DrgCase? @case)
    {
        if (@case is null) return;
        Array(@case.Diagnoses);
        Array(@case.Procedures);
    }

    /// <summary>Case stage 4: the code strings.</summary>
    public static void Strings(DrgCase? @case)
    {
        if (@case is null) return;
        Strings(@case.Diagnoses);
        Strings(@case.Procedures);
    }

    /// <summary>
    /// Stage 1: hashes each code of the case into <paramref name="slot"/> (by input position: the diagnoses, then the procedures;
    /// 0 for an empty code) and prefetches the first hash slot of each.
    /// </summary>
    /// <returns>The case's entry count: diagnoses kept in the low 16 bits, all kept in the high 16 bits.</returns>
    public int Hash(DrgCase? @case, Span<int> slot)
    {
        if (@case is null) return 0;
        var dx = Hash(@case.Diagnoses, slot, 0);
        var all = Hash(@case.Procedures, slot, dx);
        return dx | (all << 16);
    }

    /// <summary>Stage 1 for a code hashed by the caller (<see cref="CodeHashIndex.HashOf"/>): prefetches its first hash slot.</summary>
    public void PrefetchSlot(uint hash) => _index.PrefetchSlot(hash);

    /// <summary>Stage 2: replaces each hash by the code's likely id (-1 when none) and prefetches that id's entries.</summary>
    public void Ids(Span<int> slot, int counts)
    {
        var dx = counts & 0xFFFF;
        var all = counts >> 16;
        for (var k = 0; k < all; k++)
        {
            var id = slot[k] == 0 ? -1 : _index.Peek((uint)slot[k]);
            slot[k] = id;
            if (id < 0) continue;
            _index.PrefetchEntry(id);
            _codes.PrefetchFlags(id);
            _candidates.PrefetchOffsets(id);
            if (k < dx) _complications.PrefetchOffsets(id, main: k == 0);
            if (_restricted is not null) MemoryHint.Prefetch(_restricted, id);
        }
    }

    /// <summary>Stage 3: with the ids' entries in the cache, prefetches the text, candidate entries and CC rows they point to.</summary>
    public void Targets(ReadOnlySpan<int> slot, int counts)
    {
        var dx = counts & 0xFFFF;
        var all = counts >> 16;
        for (var k = 0; k < all; k++)
        {
            var id = slot[k];
            if (id < 0) continue;
            _index.PrefetchText(id);
            _candidates.PrefetchEntries(id);
            if (k < dx) _complications.PrefetchRows(id, main: k == 0);
            if (_restricted is { } restricted && (uint)id < (uint)restricted.Length) MemoryHint.Prefetch(restricted[id]);
        }
    }

    private static void Array(IReadOnlyList<string> codes)
    {
#if NET8_0_OR_GREATER
        if (codes is ImmutableArray<string> array) MemoryHint.Prefetch(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(array));
#endif
    }

    private static void Strings(IReadOnlyList<string> codes)
    {
        for (var i = 0; i < codes.Count; i++) MemoryHint.Prefetch(codes[i]);
    }

    private int Hash(IReadOnlyList<string> codes, Span<int> slot, int at)
    {
        for (var i = 0; i < codes.Count && at < slot.Length; i++)
        {
            var raw = codes[i];
            var hash = string.IsNullOrEmpty(raw) ? 0u : CodeHashIndex.HashOf(raw.AsSpan());
            if (hash != 0) _index.PrefetchSlot(hash);
            slot[at++] = (int)hash;
        }

        return at;
    }
}
