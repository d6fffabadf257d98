namespace MedPay.Rules.Coding;

/// <summary>
/// The text folding applied to every input code before look-up: white space trimmed, full-width ASCII
/// (<c>Ａ１０．０</c>) and Chinese punctuation (<c>。</c>, <c>．</c>, <c>＋</c>, <c>＊</c>) folded to their ASCII forms.
/// Case is not changed here: look-ups ignore case, because insurance codes write the extension marker in lower case (<c>x001</c>).
/// </summary>
public static class CodeText
{
    /// <summary>Folds one character: full-width forms U+FF01–U+FF5E to ASCII, the ideographic full stop to a dot, the ideographic space to a space.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
        return c switch
        {
            '\u3002' => '.', // 。
            '\u3000' => ' ', // ideographic space
            '\u00B7' => '.', // middle dot, typed for a dot by some input methods
            '\u2022' => '.',
            _ => c,
        };
    }

    /// <summary>Whether the text needs folding or trimming at all (the fast path for clean input).</summary>
    /// <param name="text">The input.</param>
    /// <returns><see langword="true"/> when <see cref="Normalize(string)"/> would change it.</returns>
    public static bool NeedsFolding(string text)
    {
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
}
