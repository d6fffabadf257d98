namespace MedPay.Rules.Coding;

/// <summary>
/// Text rules for input codes. <see cref="Normalize(string)"/> only trims and folds full-width characters (case unchanged; the
/// DIP catalogue reads codes with it). <see cref="Canonicalize(string)"/> applies every text rule of
/// <see cref="CodeNormalizationReason"/> up to <see cref="CodeNormalizationReason.DotInserted"/>, in order, and needs no dictionary:
/// the result is the canonical text form (<c>k80000　</c> → <c>K80.000</c>). The rules run in place on a span, so the hot path
/// folds into a stack buffer and allocates nothing.
/// </summary>
public static class CodeText
{
    /// <summary>The longest input the allocation-free path handles in a stack buffer; longer input takes a heap buffer.</summary>
    internal const int StackBufferLength = 64;

    /// <summary>Folds one character: full-width forms U+FF01–U+FF5E to ASCII, the ideographic full stop to a dot, the ideographic space to a space.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
        return c == '\u3000' ? ' ' : FoldPunctuation(c);
    }

    /// <summary>Whether the text needs folding or trimming at all (the fast path for clean input).</summary>
    /// <param name="text">The input.</param>
    /// <returns><see langword="true"/> when <see cref="Normalize(string)"/> would change it.</returns>
    public static bool NeedsFolding(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (text.Length == 0) return false;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])) return true;
        foreach (var c in text)
        {
            if (c > '\u007E') return true;
        }

        return false;
    }

    /// <summary>Trims and folds an input code (no case change).</summary>
    /// <param name="text">The input, possibly <see langword="null"/>.</param>
    /// <returns>The folded text; the empty string for <see langword="null"/>.</returns>
    public static string Normalize(string? text)
    {
        if (text is null) return string.Empty;
        if (!NeedsFolding(text)) return text;
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text) chars[length++] = Fold(c);
        var start = 0;
        while (start < length && char.IsWhiteSpace(chars[start])) start++;
        while (length > start && char.IsWhiteSpace(chars[length - 1])) length--;
        return new string(chars, start, length - start);
    }

    /// <summary>
    /// The canonical text form of an input code: every text rule (trim, width, punctuation, pasted name, stray punctuation, inner
    /// spaces, case, missing dot) applied. Needs no dictionary; a canonical code is returned as the same instance. Never throws.
    /// </summary>
    /// <param name="text">The input, possibly <see langword="null"/>.</param>
    /// <returns>The canonical text; the empty string for <see langword="null"/> or text with no code characters.</returns>
    public static string Canonicalize(string? text)
    {
        if (text is null || text.Length == 0) return string.Empty;
        var buffer = text.Length < StackBufferLength ? stackalloc char[StackBufferLength] : new char[text.Length + 1];
        var length = Canonicalize(text.AsSpan(), buffer);
        return buffer.Slice(0, length).SequenceEqual(text.AsSpan()) ? text : buffer.Slice(0, length).ToString();
    }

    /// <summary>
    /// The hot path of <see cref="Canonicalize(string)"/>: writes the canonical text of <paramref name="input"/> into
    /// <paramref name="output"/> (at least one character longer than the input) and returns its length. Input that only needs
    /// trimming, width, punctuation, stray-character, case and dot rules (all common HIS noise) takes one fused pass; anything else
    /// (inner spaces, a pasted name) runs the rules one by one. Both give the same text (property-tested).
    /// </summary>
    internal static int Canonicalize(ReadOnlySpan<char> input, Span<char> output)
    {
        var start = 0;
        var end = input.Length;
        while (start < end && IsSpace(input[start])) start++;
        while (end > start && IsSpace(input[end - 1])) end--;
        var n = 0;
        for (var i = start; i < end; i++)
        {
            var c = input[i];
            if (c > '\u007E')
            {
                c = Fold(c);
                if (c > '\u007E') return Staged(input, output);
            }

            if (c <= ' ') return Staged(input, output);
            output[n++] = c;
        }

        var first = 0;
        while (first < n && !IsAsciiLetterOrDigit(output[first])) first++;
        while (n > first && !IsAsciiLetterOrDigit(output[n - 1]) && output[n - 1] != '*') n--;
        if (first > 0)
        {
            output.Slice(first, n - first).CopyTo(output);
            n -= first;
        }

        n = FoldCase(output, n, out _);
        return InsertDot(output, n, out _);
    }

    private static int Staged(ReadOnlySpan<char> input, Span<char> output)
    {
        input.CopyTo(output);
        return Canonicalize(output, input.Length, null);
    }

    /// <summary>
    /// Runs the text rules in place on <c>buffer[0..length)</c>; the buffer must have room for one more character (the dot).
    /// When <paramref name="changes"/> is given, every rule that changed the text is recorded with the text before and after.
    /// </summary>
    /// <returns>The new length.</returns>
    internal static int Canonicalize(Span<char> buffer, int length, List<CodeChange>? changes)
    {
        for (var reason = CodeNormalizationReason.Trimmed; reason <= CodeNormalizationReason.DotInserted; reason++)
        {
            var before = changes is null ? null : buffer.Slice(0, length).ToString();
            var after = Apply(reason, buffer, length, out var changed);
            if (changed) changes?.Add(new CodeChange(reason, before!, buffer.Slice(0, after).ToString()));
            length = after;
        }

        return length;
    }

    private static int Apply(CodeNormalizationReason reason, Span<char> b, int length, out bool changed) => reason switch
    {
        CodeNormalizationReason.Trimmed => Trim(b, length, out changed),
        CodeNormalizationReason.WidthFolded => Map(b, length, static c => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c, out changed),
        CodeNormalizationReason.PunctuationFolded => Map(b, length, FoldPunctuation, out changed),
        CodeNormalizationReason.NameRemoved => RemoveName(b, length, out changed),
        CodeNormalizationReason.StrayRemoved => RemoveStray(b, length, out changed),
        CodeNormalizationReason.SpaceRemoved => RemoveSpaces(b, length, out changed),
        CodeNormalizationReason.CaseFolded => FoldCase(b, length, out changed),
        _ => InsertDot(b, length, out changed),
    };

    private static char FoldPunctuation(char c) => c switch
    {
        '\u3002' or '\uFF61' or '\u00B7' or '\u2022' or '\u30FB' => '.', // 。｡·•・ typed for the dot
        '\u2020' => '+', // † the dagger of a dagger–asterisk pair
        '\u2217' or '\u204E' => '*', // ∗ ⁎
        _ => c,
    };

    private static bool IsSpace(char c) => c <= ' ' || char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || (c >= '\u007F' && c <= '\u009F');

    private static bool IsAsciiLetterOrDigit(char c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');

    private static bool IsAsciiLetter(char c) => (c | 0x20) >= 'a' && (c | 0x20) <= 'z';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int Trim(Span<char> b, int length, out bool changed)
    {
        var start = 0;
        while (start < length && IsSpace(b[start])) start++;
        var end = length;
        while (end > start && IsSpace(b[end - 1])) end--;
        return Cut(b, start, end, length, out changed);
    }

    private static int Cut(Span<char> b, int start, int end, int length, out bool changed)
    {
        changed = start > 0 || end < length;
        if (start > 0) b.Slice(start, end - start).CopyTo(b);
        return end - start;
    }

    private static int Map(Span<char> b, int length, Func<char, char> map, out bool changed)
    {
        changed = false;
        for (var i = 0; i < length; i++)
        {
            var c = map(b[i]);
            if (c == b[i]) continue;
            b[i] = c;
            changed = true;
        }

        return length;
    }

    /// <summary>Cuts at the first character that is neither ASCII nor white space (a name pasted after the code), then trims.</summary>
    private static int RemoveName(Span<char> b, int length, out bool changed)
    {
        var end = 0;
        while (end < length && (b[end] <= '\u007E' || IsSpace(b[end]))) end++;
        if (end == length)
        {
            changed = false;
            return length;
        }

        while (end > 0 && IsSpace(b[end - 1])) end--;
        changed = true;
        return end;
    }

    /// <summary>Removes characters that cannot begin (not a letter or digit) or end (not a letter, digit or asterisk) a code.</summary>
    private static int RemoveStray(Span<char> b, int length, out bool changed)
    {
        var start = 0;
        while (start < length && !IsAsciiLetterOrDigit(b[start])) start++;
        var end = length;
        while (end > start && !IsAsciiLetterOrDigit(b[end - 1]) && b[end - 1] != '*') end--;
        return Cut(b, start, end, length, out changed);
    }

    private static int RemoveSpaces(Span<char> b, int length, out bool changed)
    {
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (!IsSpace(b[i])) b[kept++] = b[i];
        }

        changed = kept < length;
        return kept;
    }

    /// <summary>Upper case, except an <c>x</c> that does not begin a part (the extension <c>x001</c> and the placeholder of <c>J61.x00</c>).</summary>
    private static int FoldCase(Span<char> b, int length, out bool changed)
    {
        changed = false;
        for (var i = 0; i < length; i++)
        {
            var c = b[i];
            if (!IsAsciiLetter(c)) continue;
            var partStart = i == 0 || b[i - 1] == '+';
            var target = !partStart && (c | 0x20) == 'x' ? 'x' : (char)(c & ~0x20);
            if (target == c) continue;
            b[i] = target;
            changed = true;
        }

        return length;
    }

    /// <summary>Inserts the dot after the category when the first part has none: after a letter and two digits (ICD-10) or two digits (ICD-9-CM-3).</summary>
    private static int InsertDot(Span<char> b, int length, out bool changed)
    {
        changed = false;
        var partEnd = b.Slice(0, length).IndexOf('+');
        if (partEnd < 0) partEnd = length;
        if (b.Slice(0, partEnd).IndexOf('.') >= 0 || b.Length <= length) return length;
        int at;
        if (partEnd >= 4 && IsAsciiLetter(b[0]) && IsDigit(b[1]) && IsDigit(b[2])) at = 3;
        else if (partEnd >= 3 && IsDigit(b[0]) && IsDigit(b[1])) at = 2;
        else return length;
        b.Slice(at, length - at).CopyTo(b.Slice(at + 1));
        b[at] = '.';
        changed = true;
        return length + 1;
    }
}
