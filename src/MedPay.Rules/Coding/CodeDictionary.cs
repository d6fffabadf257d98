using System.Collections.Immutable;

namespace MedPay.Rules.Coding;

/// <summary>
/// A scheme's dictionary of one code kind (<c>diagnoses.csv</c> or <c>procedures.csv</c>): every code with its name and optional
/// restrictions. Finds codes exactly (<see cref="TryGet(string, out CodeEntry?)"/>), normalises HIS input with a report
/// (<see cref="Normalize"/>) or without one and without allocating (<see cref="TryResolve"/>), and looks codes up for people by code
/// prefix or words of the name (<see cref="Search"/>). Immutable and thread-safe.
/// </summary>
public sealed class CodeDictionary
{
    /// <summary>The most candidates a normalisation report lists.</summary>
    public const int MaxCandidates = 20;

    private readonly string[] _codes;
    private readonly CodeHashIndex _index;
    private int[]? _sorted;

    internal CodeDictionary(CodeKind kind, ImmutableArray<CodeEntry> entries)
    {
        Kind = kind;
        Entries = entries;
        _codes = new string[entries.Length];
        for (var i = 0; i < _codes.Length; i++) _codes[i] = entries[i].Code;
        _index = new CodeHashIndex(_codes);
    }

    /// <summary>Whether this dictionary holds diagnoses or procedures.</summary>
    public CodeKind Kind { get; }

    /// <summary>Every entry, in the order of the file.</summary>
    public ImmutableArray<CodeEntry> Entries { get; }

    /// <summary>The number of codes.</summary>
    public int Count => Entries.Length;

    /// <summary>Whether the dictionary holds exactly this code.</summary>
    /// <param name="code">The code as written in the dictionary.</param>
    public bool Contains(string code) => code is not null && _index.FindExact(code.AsSpan()) >= 0;

    /// <summary>Finds a code exactly as written.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeEntry? entry)
    {
        var index = code is null ? -1 : _index.FindExact(code.AsSpan());
        entry = index >= 0 ? Entries[index] : null;
        return entry is not null;
    }

    /// <summary>
    /// Resolves HIS input to a dictionary code without a report and without allocating (input up to 63 characters folds in a stack
    /// buffer): the same rules as <see cref="Normalize"/>; ambiguous and unknown input gives <see langword="false"/>.
    /// </summary>
    /// <param name="input">The input code.</param>
    /// <param name="entry">The entry, when the input means exactly one code.</param>
    /// <returns>Whether it resolved.</returns>
    public bool TryResolve(ReadOnlySpan<char> input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeEntry? entry)
    {
        var buffer = input.Length < CodeText.StackBufferLength ? stackalloc char[CodeText.StackBufferLength] : new char[input.Length + 2];
        var index = Resolve(input, buffer, null, null, out _, out _);
        entry = index >= 0 ? Entries[index] : null;
        return entry is not null;
    }

    /// <summary>
    /// The entry index HIS input resolves to by the rules of <see cref="Normalize"/>, or -1 with the status the report would have
    /// (<see cref="CodeNormalizationStatus.Ambiguous"/>, <see cref="CodeNormalizationStatus.Unknown"/> or
    /// <see cref="CodeNormalizationStatus.Empty"/>); without a report and, for input up to 63 characters, without allocating. The
    /// grouper asks this first, so that an unknown code costs no report.
    /// </summary>
    internal int Find(ReadOnlySpan<char> input, out CodeNormalizationStatus status)
    {
        var buffer = input.Length < CodeText.StackBufferLength ? stackalloc char[CodeText.StackBufferLength] : new char[input.Length + 2];
        return Resolve(input, buffer, null, null, out status, out _);
    }

    /// <summary>Normalises HIS input against this dictionary and reports every change, or the candidates. Never throws.</summary>
    /// <param name="input">The input code, possibly <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    public CodeNormalization Normalize(string? input)
    {
        var text = input ?? string.Empty;
        var changes = new List<CodeChange>();
        var candidates = new List<int>();
        var buffer = new char[text.Length + 2];
        var index = Resolve(text.AsSpan(), buffer, changes, candidates, out var status, out var count);
        return new CodeNormalization(text, status, index >= 0 ? Entries[index] : null, changes.ToImmutableArray(),
            candidates.Select(i => Entries[i]).ToImmutableArray(), count);
    }

    /// <summary>
    /// Looks codes up for people: query words made of ASCII are read as a code prefix (canonicalised, so <c>k800</c> finds
    /// <c>K80.0…</c>), other words (Chinese) must all occur in the name. Ranked by <see cref="CodeSearchMatch"/>, then shorter
    /// codes or names first, then code order. Pinyin is not supported (docs/coding.md).
    /// </summary>
    /// <param name="query">Code prefix and/or words of the name, separated by white space.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <returns>The hits, best first; empty for an empty query.</returns>
    public ImmutableArray<CodeSearchHit> Search(string? query, int limit = 20)
    {
        if (query is null || limit <= 0) return ImmutableArray<CodeSearchHit>.Empty;
        string? prefix = null;
        var words = new List<string>();
        foreach (var token in CodeText.Normalize(query).Split(new[] { ' ', '\t', ',', '，', '、' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.All(c => c <= '\u007E')) prefix ??= CodeText.Canonicalize(token);
            else words.Add(token);
        }

        if (string.IsNullOrEmpty(prefix) && words.Count == 0) return ImmutableArray<CodeSearchHit>.Empty;
        var hits = new List<(CodeSearchHit Hit, int Length)>();
        var pool = string.IsNullOrEmpty(prefix) ? Enumerable.Range(0, Count) : (IEnumerable<int>)PrefixRange(prefix.AsSpan());
        foreach (var i in pool)
        {
            var entry = Entries[i];
            if (!words.All(w => entry.Name.IndexOf(w, StringComparison.Ordinal) >= 0)) continue;
            CodeSearchMatch match;
            if (!string.IsNullOrEmpty(prefix)) match = entry.Code.Length == prefix!.Length ? CodeSearchMatch.CodeExact : CodeSearchMatch.CodePrefix;
            else if (words.Count == 1 && entry.Name == words[0]) match = CodeSearchMatch.NameExact;
            else match = entry.Name.StartsWith(words[0], StringComparison.Ordinal) ? CodeSearchMatch.NamePrefix : CodeSearchMatch.NameContains;
            hits.Add((new CodeSearchHit(entry, match), match <= CodeSearchMatch.CodePrefix ? entry.Code.Length : entry.Name.Length));
        }

        return hits.OrderBy(h => h.Hit.Match).ThenBy(h => h.Length).ThenBy(h => h.Hit.Entry.Code, StringComparer.Ordinal)
            .Take(limit).Select(h => h.Hit).ToImmutableArray();
    }

    /// <summary>
    /// The rules of <see cref="Normalize"/>: the input as written; else the canonical text (text rules of <see cref="CodeText"/>),
    /// exactly or ignoring case; else with the missing asterisk; else the one dictionary code it can mean by trailing zeros.
    /// Returns the entry index or -1; fills the report lists when given.
    /// </summary>
    private int Resolve(ReadOnlySpan<char> input, Span<char> buffer, List<CodeChange>? changes, List<int>? candidates,
        out CodeNormalizationStatus status, out int candidateCount)
    {
        candidateCount = 0;
        var length = changes is null ? CodeText.Canonicalize(input, buffer) : Staged(input, buffer, changes);
        if (length == 0)
        {
            status = input.Trim().Length == 0 ? CodeNormalizationStatus.Empty : CodeNormalizationStatus.Unknown;
            return -1;
        }

        var index = changes is not null && changes.Count == 0 ? _index.FindExact(input) : -1;
        if (index >= 0)
        {
            status = CodeNormalizationStatus.Exact;
            return index;
        }

        status = CodeNormalizationStatus.Normalized;
        var text = buffer.Slice(0, length);
        index = _index.Find(text);
        if (index >= 0 && changes is null) return index;
        if (index >= 0)
        {
            if (!_codes[index].AsSpan().SequenceEqual(text)) changes?.Add(new CodeChange(CodeNormalizationReason.CaseFolded, text.ToString(), _codes[index]));
            return index;
        }

        if (text.IndexOf('+') > 0 && text[length - 1] != '*' && buffer.Length > length)
        {
            buffer[length] = '*';
            index = _index.Find(buffer.Slice(0, length + 1));
            if (index >= 0)
            {
                changes?.Add(new CodeChange(CodeNormalizationReason.AsteriskAdded, text.ToString(), _codes[index]));
                return index;
            }
        }

        var only = -1;
        foreach (var i in PrefixRange(text))
        {
            if (!IsPlainContinuation(_codes[i].AsSpan(length))) continue;
            candidateCount++;
            only = i;
            if (candidates is null && candidateCount > 1) break;
            if (candidates is not null && candidates.Count < MaxCandidates) candidates.Add(i);
        }

        if (candidateCount == 1 && IsZeros(_codes[only].AsSpan(length)))
        {
            candidates?.Clear();
            changes?.Add(new CodeChange(CodeNormalizationReason.ZerosPadded, text.ToString(), _codes[only]));
            return only;
        }

        status = candidateCount > 0 ? CodeNormalizationStatus.Ambiguous : CodeNormalizationStatus.Unknown;
        return -1;
    }

    private static int Staged(ReadOnlySpan<char> input, Span<char> buffer, List<CodeChange> changes)
    {
        input.CopyTo(buffer);
        return CodeText.Canonicalize(buffer, input.Length, changes);
    }

    /// <summary>A continuation that only makes the input more precise: digits, a dot, and the placeholder <c>x</c> right after the dot.</summary>
    private static bool IsPlainContinuation(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0) return false;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c >= '0' && c <= '9') continue;
            if (c == '.' && i == 0) continue;
            if (c == 'x' && i == 1 && rest[0] == '.') continue;
            return false;
        }

        return true;
    }

    private static bool IsZeros(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (c is not ('0' or '.' or 'x')) return false;
        }

        return true;
    }

    /// <summary>The entry indexes whose code begins with <paramref name="prefix"/>, in ordinal code order (an index sorted once, lazily).</summary>
    private PrefixEnumerable PrefixRange(ReadOnlySpan<char> prefix)
    {
        var sorted = _sorted ?? BuildSorted();
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_codes[sorted[mid]].AsSpan().SequenceCompareTo(prefix) < 0) lo = mid + 1;
            else hi = mid;
        }

        var end = lo;
        while (end < sorted.Length && _codes[sorted[end]].AsSpan().StartsWith(prefix)) end++;
        return new PrefixEnumerable(sorted, lo, end);
    }

    private int[] BuildSorted()
    {
        var sorted = new int[_codes.Length];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = i;
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(_codes[a], _codes[b]));
        Interlocked.CompareExchange(ref _sorted, sorted, null);
        return _sorted!;
    }

    /// <summary>A range of the sorted index, enumerated without allocating.</summary>
    private readonly struct PrefixEnumerable : IEnumerable<int>
    {
        private readonly int[] _sorted;
        private readonly int _start;
        private readonly int _end;

        public PrefixEnumerable(int[] sorted, int start, int end)
        {
            _sorted = sorted;
            _start = start;
            _end = end;
        }

        public Enumerator GetEnumerator() => new(_sorted, _start, _end);

        IEnumerator<int> IEnumerable<int>.GetEnumerator() => _sorted.Skip(_start).Take(_end - _start).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();

        public struct Enumerator
        {
            private readonly int[] _sorted;
            private readonly int _end;
            private int _position;

            public Enumerator(int[] sorted, int start, int end)
            {
                _sorted = sorted;
                _position = start - 1;
                _end = end;
            }

            public int Current => _sorted[_position];

            public bool MoveNext() => ++_position < _end;
        }
    }
}
