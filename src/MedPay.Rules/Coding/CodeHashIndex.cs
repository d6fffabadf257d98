namespace MedPay.Rules.Coding;

/// <summary>
/// An open-addressing hash table from code text to a dense id, looked up by <see cref="ReadOnlySpan{T}"/> so that input folded
/// into a stack buffer needs no string (FrozenDictionary has no span look-up on netstandard2.0). The hash ignores ASCII case;
/// a look-up returns the id of the exact spelling when there is one, else the lowest id equal ignoring case. Built in one pass
/// over the codes (no sorting, no frozen-collection analysis), which keeps scheme loading fast. Immutable after construction.
/// The codes' characters are copied into one contiguous block (<see cref="_text"/>, about 0.9 MB for the national scheme's
/// 46,990 codes) that the comparisons read, so a look-up touches the same few lines whatever order the loader allocated the code
/// strings in: a workbook's shared-string table interleaves codes with their names and spreads them over several megabytes
/// (docs/performance.md, 2026-12-02, workbook against folder pack).
/// </summary>
internal sealed class CodeHashIndex
{
    /// <summary>Per slot: the full hash in the high 32 bits, id + 1 in the low 32 bits (0 = empty), so a probe reads one array element.</summary>
    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>Every code's characters, in id order, back to back.</summary>
    private readonly char[] _text;

    /// <summary>Per id: where its characters start in <see cref="_text"/>; one more entry holds the end of the last.</summary>
    private readonly int[] _start;

    /// <summary>Indexes <paramref name="codes"/>; an id is the code's position in the array.</summary>
    public CodeHashIndex(string[] codes)
    {
        var size = 16;
        while (size < codes.Length * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        var total = 0;
        foreach (var code in codes) total += code.Length;
        _text = new char[total];
        _start = new int[codes.Length + 1];
        var at = 0;
        for (var id = 0; id < codes.Length; id++)
        {
            _start[id] = at;
            codes[id].CopyTo(0, _text, at, codes[id].Length);
            at += codes[id].Length;
        }

        _start[codes.Length] = at;
        for (var id = 0; id < codes.Length; id++)
        {
            var hash = Hash(codes[id].AsSpan());
            var slot = (int)(hash & (uint)_mask);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
        }
    }

    /// <summary>The id of the code: exact spelling first, then equal ignoring ASCII case (lowest id); -1 when absent.</summary>
    public int Find(ReadOnlySpan<char> code)
    {
        if (code.Length == 0) return -1;
        var hash = Hash(code);
        var slot = (int)(hash & (uint)_mask);
        var folded = -1;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return folded;
            if ((uint)(entry >> 32) == hash)
            {
                var id = (int)(uint)entry - 1;
                var candidate = Text(id);
                if (candidate.Length == code.Length)
                {
                    if (candidate.SequenceEqual(code)) return id;
                    if (folded < 0 && EqualsIgnoreCase(candidate, code)) folded = id;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The id of the code spelled exactly so, given its <see cref="HashOf"/> (computed while the code was scanned); -1 when absent.</summary>
    public int FindExact(ReadOnlySpan<char> code, uint hash)
    {
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) == hash && Is((int)(uint)entry - 1, code)) return (int)(uint)entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>One step of <see cref="HashOf"/>: the running hash after one more character (start from <see cref="HashSeed"/>).</summary>
    public static uint HashStep(uint hash, char c) => (hash ^ Upper(c)) * 16777619u;

    /// <summary>The running hash before the first character.</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>The hash of a code from its running hash after the last character.</summary>
    public static uint HashFinish(uint hash) => hash ^ (hash >> 15);

    /// <summary>The id of the code spelled exactly so; -1 when absent.</summary>
    public int FindExact(ReadOnlySpan<char> code)
    {
        var id = Find(code);
        return id >= 0 && Is(id, code) ? id : -1;
    }

    /// <summary>Whether the code with this id is spelled exactly <paramref name="code"/> (the check of a prefetching hint).</summary>
    public bool Is(int id, ReadOnlySpan<char> code) => (uint)id < (uint)(_start.Length - 1) && Text(id).SequenceEqual(code);

    /// <summary>The hash a look-up of <paramref name="code"/> starts from (for <see cref="PrefetchSlot"/> and <see cref="Peek"/>).</summary>
    public static uint HashOf(ReadOnlySpan<char> code) => Hash(code);

    /// <summary>Prefetches the slot a look-up of a code with this hash reads first (a hint; see <see cref="MemoryHint"/>).</summary>
    public void PrefetchSlot(uint hash) => MemoryHint.Prefetch(_slots, (int)(hash & (uint)_mask));

    /// <summary>
    /// The id of the first code whose hash is <paramref name="hash"/>, without comparing text, or -1: what a look-up will most
    /// likely find, so that its text and data can be prefetched. Reads only the slots.
    /// </summary>
    public int Peek(uint hash)
    {
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if ((uint)(entry >> 32) == hash) return (int)(uint)entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Prefetches the entry of <see cref="_start"/> that says where the code's text is.</summary>
    public void PrefetchEntry(int id) => MemoryHint.Prefetch(_start, id);

    /// <summary>Prefetches the code's text in <see cref="_text"/> (its entry of <see cref="_start"/> should be in the cache).</summary>
    public void PrefetchText(int id)
    {
        if ((uint)id < (uint)(_start.Length - 1)) MemoryHint.Prefetch(_text, _start[id]);
    }

    private ReadOnlySpan<char> Text(int id) => new(_text, _start[id], _start[id + 1] - _start[id]);

    private static char Upper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = HashSeed;
        foreach (var c in text) hash = HashStep(hash, c);
        return HashFinish(hash);
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (Upper(a[i]) != Upper(b[i])) return false;
        }

        return true;
    }
}
