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

    private CodeMap(CodeKind kind, ImmutableArray<string> files, int rows, string[] keys, int[] starts, string[] targets)
    {
        Kind = kind;
        Files = files;
        Count = rows;
        _keys = keys;
        _starts = starts;
        _targets = targets;
        _index = new CodeHashIndex(keys);
    }

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

    /// <summary>Reads the map files of one kind; problems go to <paramref name="issues"/> with file, row and column.</summary>
    internal static CodeMap Read(CodeKind kind, IEnumerable<KeyValuePair<string, CsvDocument>> files, Func<string, bool> inDictionary, ICollection<Issue> issues)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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

                if (!byKey.TryGetValue(source, out var targets))
                {
                    byKey.Add(source, targets = new List<string>(1));
                    order.Add(source);
                }

                if (targets.Contains(target)) continue;
                targets.Add(target);
                rows++;
            }
        }

        var starts = new int[order.Count + 1];
        var all = new List<string>(rows);
        for (var i = 0; i < order.Count; i++)
        {
            starts[i] = all.Count;
            all.AddRange(byKey[order[i]]);
        }

        starts[order.Count] = all.Count;
        return new CodeMap(kind, names.ToImmutable(), rows, order.ToArray(), starts, all.ToArray());
    }
}
