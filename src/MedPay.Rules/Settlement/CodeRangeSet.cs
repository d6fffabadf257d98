using System.Collections.Immutable;

namespace MedPay.Rules.Settlement;

/// <summary>A set of code prefixes and prefix ranges, written <c>C51-C58|D39|M80.0-M80.1</c>: a code belongs when it
/// starts with a listed prefix, or when its leading characters fall between the two ends of a range
/// (<c>C53.901</c> is in <c>C51-C58</c>). Case is ignored.</summary>
public sealed class CodeRangeSet
{
    private readonly (string From, string To)[] _ranges;
    private readonly bool[] _firstChars = new bool[128];

    private CodeRangeSet(string text, (string From, string To)[] ranges)
    {
        Text = text;
        _ranges = ranges;
        Ranges = ranges.Select(r => r.From == r.To ? r.From : r.From + "-" + r.To).ToImmutableArray();
        foreach (var (from, to) in ranges)
        {
            for (var c = from[0]; c <= to[0] && c < 128; c++) _firstChars[c] = true;
        }

        for (var c = 0; c < 128; c++)
        {
            if (!_firstChars[c]) continue;
            if (c < 64) FirstLow |= 1UL << c;
            else FirstHigh |= 1UL << (c - 64);
        }
    }

    /// <summary>The ASCII first characters (upper case) a member can start with, characters 0–63, as bits.</summary>
    internal ulong FirstLow { get; }

    /// <summary>The ASCII first characters (upper case) a member can start with, characters 64–127, as bits.</summary>
    internal ulong FirstHigh { get; }

    /// <summary>Adds a code's first character to a mask of first characters, as <see cref="Contains"/> reads it; a code
    /// starting outside ASCII makes the mask <paramref name="wide"/> (it then filters nothing).</summary>
    internal static void AddFirst(string? code, ref ulong low, ref ulong high, ref bool wide)
    {
        if (code is null || code.Length == 0) return;
        var first = char.ToUpperInvariant(code[0]);
        if (first >= 128) wide = true;
        else if (first < 64) low |= 1UL << first;
        else high |= 1UL << (first - 64);
    }

    /// <summary>Whether some code whose first characters are in the mask could belong to the set (false means none can).</summary>
    internal bool MayContainAny(ulong low, ulong high, bool wide) => wide || (low & FirstLow) != 0 || (high & FirstHigh) != 0;

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
        var first = Upper(code[0]);
        if (first < 128 && !_firstChars[first]) return false;
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
        var c = CompareIgnoreCase(code, bound, length);
        if (c != 0 || code.Length >= bound.Length) return c;
        return -1;
    }

    /// <summary>The sign of an ordinal, case-ignoring comparison of the first <paramref name="length"/> characters: ASCII
    /// compared in place, anything else handed to <see cref="string.Compare(string, int, string, int, int, StringComparison)"/>.</summary>
    private static int CompareIgnoreCase(string code, string bound, int length)
    {
        for (var i = 0; i < length; i++)
        {
            int a = code[i], b = bound[i];
            if ((a | b) >= 128) return string.Compare(code, 0, bound, 0, length, StringComparison.OrdinalIgnoreCase);
            if (a == b) continue;
            a = Upper((char)a);
            b = Upper((char)b);
            if (a != b) return a - b;
        }

        return 0;
    }

    /// <summary>Upper case as <see cref="char.ToUpperInvariant"/>, without the table look-up for ASCII.</summary>
    private static char Upper(char c) => c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
}
