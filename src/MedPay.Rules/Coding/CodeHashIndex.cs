namespace MedPay.Rules.Coding;

/// <summary>
/// An open-addressing hash table from code text to a dense id, looked up by <see cref="ReadOnlySpan{T}"/> so that input folded
/// into a stack buffer needs no string (FrozenDictionary has no span look-up on netstandard2.0). The hash ignores ASCII case;
/// a look-up returns the id of the exact spelling when there is one, else the lowest id equal ignoring case. Built in one pass
/// over the codes (no sorting, no frozen-collection analysis), which keeps scheme loading fast. Immutable after construction.
/// </summary>
internal sealed class CodeHashIndex
{
    private readonly string[] _codes;

    /// <summary>Per slot: the full hash in the high 32 bits, id + 1 in the low 32 bits (0 = empty), so a probe reads one array element.</summary>
    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>Indexes <paramref name="codes"/>; an id is the code's position in the array.</summary>
    public CodeHashIndex(string[] codes)
    {
        _codes = codes;
        var size = 16;
        while (size < codes.Length * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
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
                var candidate = _codes[id].AsSpan();
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
            if ((uint)(entry >> 32) == hash && _codes[(int)(uint)entry - 1].AsSpan().SequenceEqual(code)) return (int)(uint)entry - 1;
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
        return id >= 0 && _codes[id].AsSpan().SequenceEqual(code) ? id : -1;
    }

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

    /// <summary>Prefetches the entry of <see cref="_codes"/> that holds the code's text reference.</summary>
    public void PrefetchEntry(int id) => MemoryHint.Prefetch(_codes, id);

    /// <summary>Prefetches the code's text (the string's first line).</summary>
    public void PrefetchText(int id)
    {
        if ((uint)id < (uint)_codes.Length) MemoryHint.Prefetch(_codes[id]);
    }

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
