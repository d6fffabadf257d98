using System.Collections.Immutable;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// A code table of a scheme compiled to a bit set over the scheme's code ids, with the optional tag of each code
/// (for <c>count_tags</c>). Membership is one shift and one mask.
/// </summary>
internal sealed class CodeTable
{
    private readonly ulong[] _bits;
    private readonly Dictionary<int, ulong> _tagMasks;

    public CodeTable(string name, int codeCount, IEnumerable<int> ids, IEnumerable<KeyValuePair<int, int>> tagsById, ImmutableArray<string> tags)
    {
        Name = name;
        _bits = new ulong[(codeCount + 63) >> 6];
        var size = 0;
        foreach (var id in ids)
        {
            ref var word = ref _bits[id >> 6];
            var mask = 1UL << (id & 63);
            if ((word & mask) == 0) size++;
            word |= mask;
        }

        Size = size;
        Tags = tags;
        _tagMasks = new Dictionary<int, ulong>();
        foreach (var pair in tagsById)
        {
            _tagMasks.TryGetValue(pair.Key, out var mask);
            _tagMasks[pair.Key] = mask | (1UL << pair.Value);
        }
    }

    public string Name { get; }

    public int Size { get; }

    /// <summary>The distinct non-empty tags of the table (at most 64), in order of first appearance.</summary>
    public ImmutableArray<string> Tags { get; }

    public bool Contains(int id) => id >= 0 && id < _bits.Length << 6 && (_bits[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>The ids of the table's codes, ascending.</summary>
    public IEnumerable<int> Members()
    {
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            for (var b = 0; word != 0; b++, word >>= 1)
            {
                if ((word & 1) != 0) yield return (w << 6) + b;
            }
        }
    }

    public bool ContainsAny(ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            if (Contains(id)) return true;
        }

        return false;
    }

    /// <summary>The number of distinct tags among the table rows whose code is in the list.</summary>
    public int CountTags(ReadOnlySpan<int> ids)
    {
        if (_tagMasks.Count == 0) return 0;
        ulong seen = 0;
        foreach (var id in ids)
        {
            if (id >= 0 && _tagMasks.TryGetValue(id, out var mask)) seen |= mask;
        }

        return BitCount(seen);
    }

    private static int BitCount(ulong value)
    {
        var count = 0;
        while (value != 0)
        {
            value &= value - 1;
            count++;
        }

        return count;
    }
}
