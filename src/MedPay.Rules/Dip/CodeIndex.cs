namespace MedPay.Rules.Dip;

/// <summary>
/// Interns catalogue codes to integers and finds a code, or a prefix of an input code, without allocating: an open-addressing hash
/// table over ASCII-case-folded characters. FrozenDictionary has no look-up by a slice of a string on netstandard2.0, and the DIP
/// grouper looks up prefixes (diagnosis key, comprehensive prefixes, auxiliary code lists) for every case.
/// </summary>
internal sealed class CodeIndex
{
    private readonly string[] _codes;
    private readonly int[] _slots;
    private readonly int _mask;

    private CodeIndex(string[] codes, int[] slots)
    {
        _codes = codes;
        _slots = slots;
        _mask = slots.Length - 1;
    }

    /// <summary>The number of interned codes; ids are 0 … Count − 1.</summary>
    public int Count => _codes.Length;

    /// <summary>The code of an id, as first written.</summary>
    public string this[int id] => _codes[id];

    /// <summary>Builds the index; codes equal ignoring ASCII case share one id (the first spelling is kept).</summary>
    public static CodeIndex Build(IEnumerable<string> codes)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            if (code.Length > 0 && seen.Add(code)) distinct.Add(code);
        }

        var size = 16;
        while (size < distinct.Count * 2) size <<= 1;
        var slots = new int[size];
        var mask = size - 1;
        for (var id = 0; id < distinct.Count; id++)
        {
            var code = distinct[id];
            var slot = (int)(Hash(code, code.Length) & (uint)mask);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }

        return new CodeIndex(distinct.ToArray(), slots);
    }

    /// <summary>The id of a whole code, or -1.</summary>
    public int Find(string code) => Find(code, code.Length);

    /// <summary>The id of the first <paramref name="length"/> characters of <paramref name="text"/>, or -1.</summary>
    public int Find(string text, int length)
    {
        if (length <= 0 || length > text.Length) return -1;
        var slot = (int)(Hash(text, length) & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            var candidate = _codes[entry - 1];
            if (candidate.Length == length && EqualsFolded(candidate, text, length)) return entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    private static uint Hash(string text, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++) hash = (hash ^ Upper(text[i])) * 16777619u;
        return hash ^ (hash >> 15);
    }

    private static bool EqualsFolded(string a, string b, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (Upper(a[i]) != Upper(b[i])) return false;
        }

        return true;
    }

    internal static char Upper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}
