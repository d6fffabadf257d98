using System.Collections.Immutable;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Coding;

/// <summary>
/// A version map (<c>diagnosis_map.csv</c>, <c>procedure_map.csv</c>: columns <c>from,to</c>) from other code versions (the
/// national clinical version 2.0, 国临版, or a local list) to the scheme's dictionary. Rows are one-to-one or many-to-one; a
/// code listed with several targets is one-to-many and is reported with its candidates, never resolved by a pick. The map is
/// applied once (a target is not mapped again). Keys are canonicalised, so a map is searched with canonical input text; the
/// search takes a span and allocates nothing. Immutable and thread-safe.
/// </summary>
public sealed class CodeMap
{
    private readonly string[] _keys;
    private readonly int[] _starts;
    private readonly string[] _targets;
    private readonly CodeHashIndex _index;

    private CodeMap(CodeKind kind, ImmutableArray<string> files, int rows, string[] keys, int[] starts, string[] targets, ImmutableArray<Issue> issues = default)
    {
        Kind = kind;
        Issues = issues.IsDefault ? ImmutableArray<Issue>.Empty : issues;
        Files = files;
        Count = rows;
        _keys = keys;
        _starts = starts;
        _targets = targets;
        _index = new CodeHashIndex(keys);
    }

    /// <summary>
    /// Problems found reading the map files (rows with an empty cell are skipped; targets missing from the dictionary are kept and
    /// warned about), with file, row and column. A scheme reads its maps on first use, so these are not among the scheme's load issues.
    /// </summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Whether the map is for diagnoses or procedures.</summary>
    public CodeKind Kind { get; }

    /// <summary>The files it was read from, in the order applied.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>The number of rows read (after removing repeated identical rows).</summary>
    public int Count { get; }

    /// <summary>The number of distinct source codes.</summary>
    public int SourceCount => _keys.Length;

    /// <summary>Whether the map is empty (the pack brings none).</summary>
    public bool IsEmpty => _keys.Length == 0;

    /// <summary>An empty map.</summary>
    /// <param name="kind">The code kind.</param>
    public static CodeMap Empty(CodeKind kind) => new(kind, ImmutableArray<string>.Empty, 0, Array.Empty<string>(), new[] { 0 }, Array.Empty<string>());

    /// <summary>Looks a code up. Never throws.</summary>
    /// <param name="code">The code as the HIS writes it.</param>
    /// <returns>The mapping, with its status and every target.</returns>
    public CodeMapping Map(string? code)
    {
        var input = code ?? string.Empty;
        var key = CodeText.Canonicalize(input);
        if (key.Length == 0) return new CodeMapping(input, key, CodeMapStatus.Empty, ImmutableArray<string>.Empty);
        var index = Find(key.AsSpan());
        if (index < 0) return new CodeMapping(input, key, CodeMapStatus.NotInMap, ImmutableArray<string>.Empty);
        var targets = ImmutableArray.Create(_targets, _starts[index], _starts[index + 1] - _starts[index]);
        return new CodeMapping(input, key, StatusOf(index), targets);
    }

    /// <summary>The index of a canonical source code, or -1.</summary>
    internal int Find(ReadOnlySpan<char> canonical) => _index.Find(canonical);

    internal CodeMapStatus StatusOf(int index) =>
        _starts[index + 1] - _starts[index] > 1 ? CodeMapStatus.OneToMany
        : string.Equals(_targets[_starts[index]], _keys[index], StringComparison.Ordinal) ? CodeMapStatus.Unchanged : CodeMapStatus.Mapped;

    /// <summary>The first (for one-to-one rows the only) target of a source code.</summary>
    internal string Target(int index) => _targets[_starts[index]];

    /// <summary>Every target of a source code.</summary>
    internal IEnumerable<string> Targets(int index) => _targets.Skip(_starts[index]).Take(_starts[index + 1] - _starts[index]);

    /// <summary>Reads the map files of one kind from their bytes (UTF-8); problems go to <see cref="Issues"/>.</summary>
    internal static CodeMap Read(CodeKind kind, IEnumerable<KeyValuePair<string, ReadOnlyMemory<byte>>> files, Func<string, bool> inDictionary)
    {
        var issues = new List<Issue>();
        var documents = new List<KeyValuePair<string, CsvDocument>>();
        foreach (var file in files)
        {
            var csv = CsvDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Value.ToArray()), file.Key);
            issues.AddRange(csv.Issues);
            documents.Add(new KeyValuePair<string, CsvDocument>(file.Key, csv));
        }

        var map = Read(kind, documents, inDictionary, issues);
        return new CodeMap(kind, map.Files, map.Count, map._keys, map._starts, map._targets, issues.ToImmutableArray());
    }

    /// <summary>Reads parsed map files of one kind; problems go to <paramref name="issues"/> with file, row and column.</summary>
    internal static CodeMap Read(CodeKind kind, IEnumerable<KeyValuePair<string, CsvDocument>> files, Func<string, bool> inDictionary, ICollection<Issue> issues)
    {
        // Most sources have one target: keep the first in a flat list and only the rare further targets in a side table.
        var keys = new List<string>();
        var first = new List<string>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<int, List<string>>? more = null;
        var names = ImmutableArray.CreateBuilder<string>();
        var rows = 0;
        foreach (var file in files)
        {
            names.Add(file.Key);
            var csv = file.Value;
            var from = csv.ColumnIndex("from");
            var to = csv.ColumnIndex("to");
            if (from < 0 || to < 0)
            {
                var missing = from < 0 ? "from" : "to";
                issues.Add(RulePackIssues.MissingColumn.Create(field: missing, location: new SourceLocation(file.Key, 1), args: missing));
                continue;
            }

            foreach (var row in csv.Rows)
            {
                var source = CodeText.Canonicalize(row[from]);
                var target = row[to].Trim();
                if (source.Length == 0 || target.Length == 0)
                {
                    var column = source.Length == 0 ? from : to;
                    issues.Add(RulePackIssues.EmptyValue.Create(field: csv.Header[column], location: new SourceLocation(file.Key, row.Line, column + 1, csv.Header[column]), args: csv.Header[column]));
                    continue;
                }

                if (!inDictionary(target))
                {
                    issues.Add(RulePackIssues.MapTargetUnknown.Create(field: "to", value: target, location: new SourceLocation(file.Key, row.Line, to + 1, "to"), args: target));
                }

                if (!indexOf.TryGetValue(source, out var index))
                {
                    indexOf.Add(source, keys.Count);
                    keys.Add(source);
                    first.Add(target);
                    rows++;
                    continue;
                }

                if (string.Equals(first[index], target, StringComparison.Ordinal)) continue;
                more ??= new Dictionary<int, List<string>>();
                if (!more.TryGetValue(index, out var extra)) more.Add(index, extra = new List<string>(1));
                if (extra.Contains(target)) continue;
                extra.Add(target);
                rows++;
            }
        }

        var starts = new int[keys.Count + 1];
        var all = new string[rows];
        var at = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            starts[i] = at;
            all[at++] = first[i];
            if (more is not null && more.TryGetValue(i, out var extra))
            {
                foreach (var target in extra) all[at++] = target;
            }
        }

        starts[keys.Count] = at;
        return new CodeMap(kind, names.ToImmutable(), rows, keys.ToArray(), starts, all);
    }
}
