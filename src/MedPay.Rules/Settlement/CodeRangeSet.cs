using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>A set of code prefixes and prefix ranges, written <c>C51-C58|D39|M80.0-M80.1</c>: a code belongs when it
/// starts with a listed prefix, or when its leading characters fall between the two ends of a range
/// (<c>C53.901</c> is in <c>C51-C58</c>). Case is ignored.</summary>
public sealed class CodeRangeSet
{
    private readonly (string From, string To)[] _ranges;

    private CodeRangeSet(string text, (string From, string To)[] ranges)
    {
        Text = text;
        _ranges = ranges;
        Ranges = ranges.Select(r => r.From == r.To ? r.From : r.From + "-" + r.To).ToImmutableArray();
    }

    /// <summary>An empty set.</summary>
    public static CodeRangeSet Empty { get; } = new(string.Empty, Array.Empty<(string, string)>());

    /// <summary>The text the set was read from.</summary>
    public string Text { get; }

    /// <summary>The prefixes and ranges, normalised to upper case.</summary>
    public ImmutableArray<string> Ranges { get; }

    /// <summary>Reads a set; parts are separated by <c>|</c>, ranges written <c>from-to</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The set (empty for blank text).</returns>
    public static CodeRangeSet Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var ranges = new List<(string, string)>();
        foreach (var part in text!.Split('|'))
        {
            var item = part.Trim().ToUpperInvariant();
            if (item.Length == 0) continue;
            var dash = item.IndexOf('-', 1);
            ranges.Add(dash > 0 ? (item.Substring(0, dash).Trim(), item.Substring(dash + 1).Trim()) : (item, item));
        }

        return new CodeRangeSet(text.Trim(), ranges.ToArray());
    }

    /// <summary>Whether a code belongs to the set.</summary>
    /// <param name="code">The code (any case).</param>
    /// <returns><see langword="true"/> when a prefix or range covers the code.</returns>
    public bool Contains(string? code)
    {
        if (code is null || code.Length == 0) return false;
        var first = char.ToUpperInvariant(code[0]);
        foreach (var (from, to) in _ranges)
        {
            if (first < from[0] || first > to[0]) continue;
            if (code.Length < from.Length && code.Length < to.Length) continue;
            if (Compare(code, from) >= 0 && Compare(code, to) <= 0) return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join("|", Ranges);

    private static int Compare(string code, string bound)
    {
        var length = Math.Min(code.Length, bound.Length);
        var c = string.Compare(code, 0, bound, 0, length, StringComparison.OrdinalIgnoreCase);
        if (c != 0 || code.Length >= bound.Length) return c;
        return -1;
    }
}
