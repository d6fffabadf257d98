using System.Collections.Frozen;

namespace MedPay.Rules.Coding;

/// <summary>
/// The codes of one loaded scheme interned to dense integer ids: dictionary codes first, then every further code
/// that its tables, CC lists or inline lists name. Look-ups are exact (ordinal) first, then case-insensitive on folded text.
/// </summary>
internal sealed class CodeSpace
{
    internal const byte InDiagnosisDictionary = 1;
    internal const byte InProcedureDictionary = 2;

    private readonly FrozenDictionary<string, int> _exact;
    private readonly FrozenDictionary<string, int> _ignoreCase;
    private readonly string[] _codes;
    private readonly byte[] _flags;

    private CodeSpace(Dictionary<string, int> ids, List<string> codes, List<byte> flags)
    {
        _exact = ids.ToFrozenDictionary(StringComparer.Ordinal);
        var ignoreCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in ids)
        {
            if (!ignoreCase.TryGetValue(pair.Key, out var existing) || pair.Value < existing) ignoreCase[pair.Key] = pair.Value;
        }

        _ignoreCase = ignoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _codes = codes.ToArray();
        _flags = flags.ToArray();
    }

    public int Count => _codes.Length;

    public string this[int id] => _codes[id];

    public bool IsDiagnosis(int id) => (_flags[id] & InDiagnosisDictionary) != 0;

    public bool IsProcedure(int id) => (_flags[id] & InProcedureDictionary) != 0;

    public bool InDictionary(int id, CodeKind kind) => (_flags[id] & (kind == CodeKind.Diagnosis ? InDiagnosisDictionary : InProcedureDictionary)) != 0;

    /// <summary>Exact look-up; -1 when absent.</summary>
    public int Find(string code) => _exact.TryGetValue(code, out var id) ? id : -1;

    /// <summary>Look-up ignoring case of already folded text; -1 when absent.</summary>
    public int FindIgnoreCase(string code) => _ignoreCase.TryGetValue(code, out var id) ? id : -1;

    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _codes = new();
        private readonly List<byte> _flags = new();

        public int Count => _codes.Count;

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

        public bool HasFlag(int id, byte flag) => (_flags[id] & flag) != 0;

        public CodeSpace Build() => new(_ids, _codes, _flags);
    }
}
