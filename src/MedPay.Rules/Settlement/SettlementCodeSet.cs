using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MedPay.Rules.Settlement;

/// <summary>The allowed values of a coded field (pack file <c>dictionaries.csv</c>): listed codes and, for large
/// national code sets the pack does not list, patterns written <c>/regex/</c>.</summary>
public sealed class SettlementCodeSet
{
    private const int CacheLimit = 4096;

    private readonly Regex[] _patterns;
    private readonly FrozenSet<string> _codes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _matched = new(StringComparer.Ordinal);

    /// <summary>Creates a code set.</summary>
    /// <param name="field">The field.</param>
    /// <param name="codes">The listed codes with their labels.</param>
    /// <param name="patterns">Patterns a value may match instead.</param>
    public SettlementCodeSet(SettlementField field, ImmutableDictionary<string, string> codes, ImmutableArray<string> patterns)
    {
        if (codes is null) throw new ArgumentNullException(nameof(codes));
        Field = field ?? throw new ArgumentNullException(nameof(field));
        Codes = codes;
        Patterns = patterns.IsDefault ? ImmutableArray<string>.Empty : patterns;
        _codes = codes.Keys.ToFrozenSet(StringComparer.Ordinal);
        _patterns = Patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))).ToArray();
    }

    /// <summary>The field.</summary>
    public SettlementField Field { get; }

    /// <summary>The listed codes with their labels.</summary>
    public ImmutableDictionary<string, string> Codes { get; }

    /// <summary>Patterns a value may match instead of a listed code.</summary>
    public ImmutableArray<string> Patterns { get; }

    /// <summary>Whether a value belongs to the set.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when listed or matching a pattern.</returns>
    public bool Contains(string? value)
    {
        if (value is null) return false;
        if (_codes.Contains(value)) return true;
        if (_patterns.Length == 0) return false;
        if (_matched.TryGetValue(value, out var known)) return known;
        var match = MatchesPattern(value);
        if (_matched.Count < CacheLimit) _matched[value] = match;
        return match;
    }

    private bool MatchesPattern(string value)
    {
        foreach (var pattern in _patterns)
        {
            try
            {
                if (pattern.IsMatch(value)) return true;
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return false;
    }
}
