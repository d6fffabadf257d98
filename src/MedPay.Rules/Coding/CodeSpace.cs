namespace MedPay.Rules.Coding;

/// <summary>
/// The codes of one loaded scheme interned to dense integer ids: dictionary codes first, then every further code
/// that its tables, CC lists or inline lists name. One <see cref="CodeHashIndex"/> answers both exact and case-insensitive
/// look-ups, by span, so input folded into a stack buffer is looked up without allocating.
/// </summary>
internal sealed class CodeSpace
{
    internal const byte InDiagnosisDictionary = 1;
    internal const byte InProcedureDictionary = 2;

    private readonly CodeHashIndex _index;
    private readonly string[] _codes;
    private readonly byte[] _flags;

    private CodeSpace(List<string> codes, List<byte> flags)
    {
        _codes = codes.ToArray();
        _flags = flags.ToArray();
        _index = new CodeHashIndex(_codes);
    }

    public int Count => _codes.Length;

    public string this[int id] => _codes[id];

    public bool IsDiagnosis(int id) => (_flags[id] & InDiagnosisDictionary) != 0;

    public bool IsProcedure(int id) => (_flags[id] & InProcedureDictionary) != 0;

    public bool InDictionary(int id, CodeKind kind) => (_flags[id] & (kind == CodeKind.Diagnosis ? InDiagnosisDictionary : InProcedureDictionary)) != 0;

    /// <summary>Exact look-up; -1 when absent.</summary>
    public int FindExact(ReadOnlySpan<char> code) => _index.FindExact(code);

    /// <summary>Look-up of already folded text: the exact spelling, else the first code equal ignoring case; -1 when absent.</summary>
    public int Find(ReadOnlySpan<char> code) => _index.Find(code);

    /// <summary>The look-up index, for the batch grouper's prefetching.</summary>
    public CodeHashIndex Index => _index;

    /// <summary>Prefetches the code's dictionary flags.</summary>
    public void PrefetchFlags(int id) => MemoryHint.Prefetch(_flags, id);

    internal sealed class Builder
    {
        private readonly List<string> _codes = new();
        private readonly List<byte> _flags = new();
        private Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public int Count => _codes.Count;

        /// <summary>Makes room for <paramref name="more"/> further codes at once (a dictionary's row count), so the tables grow once.</summary>
        public void Reserve(int more)
        {
            var capacity = _codes.Count + more;
            if (capacity <= _codes.Capacity) return;
            var ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
            foreach (var pair in _ids) ids.Add(pair.Key, pair.Value);
            _ids = ids;
            _codes.Capacity = capacity;
            _flags.Capacity = capacity;
        }

        public int Add(string code, byte flag = 0)
        {
            if (_ids.TryGetValue(code, out var id))
            {
                _flags[id] |= flag;
                return id;
            }

            id = _codes.Count;
            _ids.Add(code, id);
            _codes.Add(code);
            _flags.Add(flag);
            return id;
        }

        public int Find(string code) => _ids.TryGetValue(code, out var id) ? id : -1;

        public string CodeOf(int id) => _codes[id];

        public bool HasFlag(int id, byte flag) => (_flags[id] & flag) != 0;

        public CodeSpace Build() => new(_codes, _flags);
    }
}
