using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MedPay.Rules.Coding;

/// <summary>A scheme's dictionary of one code kind (<c>diagnoses.csv</c> or <c>procedures.csv</c>): every code with its name.</summary>
public sealed class CodeDictionary
{
    private readonly FrozenDictionary<string, CodeEntry> _byCode;

    internal CodeDictionary(CodeKind kind, ImmutableArray<CodeEntry> entries)
    {
        Kind = kind;
        Entries = entries;
        var map = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) map[entry.Code] = entry;
        _byCode = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether this dictionary holds diagnoses or procedures.</summary>
    public CodeKind Kind { get; }

    /// <summary>Every entry, in the order of the file.</summary>
    public ImmutableArray<CodeEntry> Entries { get; }

    /// <summary>The number of codes.</summary>
    public int Count => Entries.Length;

    /// <summary>Whether the dictionary holds exactly this code.</summary>
    /// <param name="code">The code as written in the dictionary.</param>
    public bool Contains(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>Finds a code exactly as written.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeEntry? entry)
    {
        if (code is null)
        {
            entry = null;
            return false;
        }

        return _byCode.TryGetValue(code, out entry);
    }
}
