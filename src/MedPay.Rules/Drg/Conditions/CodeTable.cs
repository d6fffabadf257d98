using System.Collections.Immutable;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// A code table of a scheme compiled to a bit set over the scheme's code ids, with the optional tags of each code
/// (for <c>count_tags</c>). Membership is one shift and one mask. A union of tables (a workbook target <c>{DI_A, DI_B}</c>) is
/// one table too, whose <see cref="Parts"/> name the tables it was made of.
/// </summary>
internal sealed class CodeTable
{
    private readonly ulong[] _bits;
    private readonly Dictionary<int, int[]> _tagsById; // tag indexes per code id
    private readonly ImmutableArray<CodeTable> _parts;

    /// <summary>The (empty, never changed) tag map of the tables that have no tags: most of them.</summary>
    private static readonly Dictionary<int, int[]> NoTags = new();

    public CodeTable(string name, int codeCount, IEnumerable<int> ids, IEnumerable<KeyValuePair<int, int>> tagsById, ImmutableArray<string> tags)
    {
        Name = name;
        _bits = new ulong[(codeCount + 63) >> 6];
        foreach (var id in ids) _bits[id >> 6] |= 1UL << (id & 63);
        Size = Count(_bits);
        Tags = tags;
        _tagsById = tags.IsDefaultOrEmpty ? NoTags : TagMap(tagsById);
        _parts = ImmutableArray.Create(this);
    }

    private CodeTable(string name, ulong[] bits, ImmutableArray<CodeTable> parts)
    {
        Name = name;
        _bits = bits;
        Size = Count(bits);
        Tags = ImmutableArray<string>.Empty;
        _tagsById = NoTags;
        _parts = parts;
    }

    public string Name { get; }

    /// <summary>The distinct tag indexes of each code id, in order of first appearance.</summary>
    private static Dictionary<int, int[]> TagMap(IEnumerable<KeyValuePair<int, int>> tagsById)
    {
        var lists = new Dictionary<int, List<int>>();
        foreach (var pair in tagsById)
        {
            if (!lists.TryGetValue(pair.Key, out var list)) lists.Add(pair.Key, list = new List<int>(1));
            if (!list.Contains(pair.Value)) list.Add(pair.Value);
        }

        var map = new Dictionary<int, int[]>(lists.Count);
        foreach (var pair in lists) map.Add(pair.Key, pair.Value.ToArray());
        return map;
    }

    public int Size { get; }

    /// <summary>The distinct non-empty tags of the table, in order of first appearance.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The named tables this one is made of: itself, or the members of a union.</summary>
    public ImmutableArray<CodeTable> Parts => _parts;

    /// <summary>Whether the table is a union of several named tables.</summary>
    public bool IsUnion => _parts.Length > 1 || !ReferenceEquals(_parts[0], this);

    /// <summary>The union of several tables, compiled to one bit set.</summary>
    public static CodeTable Union(string name, IReadOnlyList<CodeTable> tables)
    {
        var bits = new ulong[tables.Max(t => t._bits.Length)];
        foreach (var table in tables)
        {
            for (var w = 0; w < table._bits.Length; w++) bits[w] |= table._bits[w];
        }

        return new CodeTable(name, bits, tables.SelectMany(t => t.Parts).Distinct().ToImmutableArray());
    }

    /// <summary>The tags of a code of the table (empty when it has none).</summary>
    public IEnumerable<string> TagsOf(int id) => _tagsById.TryGetValue(id, out var tags) ? tags.Select(t => Tags[t]) : Enumerable.Empty<string>();

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

    public bool ContainsAny(ReadOnlySpan<int> ids) => ContainsAny(_bits, ids);

    /// <summary>The table's bit set (word <c>id &gt;&gt; 6</c>, bit <c>id &amp; 63</c>); never changed.</summary>
    internal ulong[] Bits => _bits;

    /// <summary>Whether some id of the list is in the bit set <paramref name="bits"/> of a table.</summary>
    public static bool ContainsAny(ulong[] bits, ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            if ((uint)id < (uint)(bits.Length << 6) && (bits[id >> 6] & (1UL << (id & 63))) != 0) return true;
        }

        return false;
    }

    /// <summary>The number of distinct tags among the table rows whose code is in the list.</summary>
    public int CountTags(ReadOnlySpan<int> ids)
    {
        if (_tagsById.Count == 0) return 0;
        Span<ulong> seen = Tags.Length <= 256 ? stackalloc ulong[(Tags.Length + 63) >> 6] : new ulong[(Tags.Length + 63) >> 6];
        foreach (var id in ids)
        {
            if (id < 0 || !_tagsById.TryGetValue(id, out var tags)) continue;
            foreach (var tag in tags) seen[tag >> 6] |= 1UL << (tag & 63);
        }

        return Count(seen);
    }

    private static int Count(ReadOnlySpan<ulong> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            var value = word;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }
        }

        return count;
    }
}
