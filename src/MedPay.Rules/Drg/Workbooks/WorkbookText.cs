using System.Globalization;
using System.Text;

namespace MedPay.Rules.Drg.Workbooks;

/// <summary>
/// Cleans workbook cell text as nhsa-drg-workbook.md requires: full-width spaces (U+3000), no-break spaces (U+00A0), zero-width
/// spaces (U+200B, which .NET's <c>Trim()</c> keeps), byte-order marks, tabs, CR, LF and the literal OOXML escape <c>_x000D_</c> are all
/// white space. Codes and numbers are trimmed of it and lose zero-width characters inside; rules and names have every run of it
/// turned into one space. Each cleaning says what it removed, for the import report.
/// </summary>
internal static class WorkbookText
{
    private const string CarriageReturnEscape = "_x000D_";

    /// <summary>How a cell is cleaned.</summary>
    public enum Mode
    {
        /// <summary>A code, an id or a number: trimmed; zero-width characters inside removed; other inner white space kept.</summary>
        Code,

        /// <summary>A rule or a name: trimmed, and every inner run of white space one ASCII space.</summary>
        Text,
    }

    /// <summary>
    /// Whether a character is white space for the workbook: everything .NET's <see cref="char.IsWhiteSpace(char)"/> calls white
    /// space (tested character by character, without the Unicode category look-up that Chinese text would pay for), plus U+200B and U+FEFF.
    /// </summary>
    public static bool IsSpace(char c) => c < 0x80
        ? c == ' ' || (c >= '\t' && c <= '\r')
        : c is '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    /// <summary>Cleans a cell; <paramref name="removed"/> describes what was removed beyond plain ASCII spaces, or is null.</summary>
    public static string Clean(string text, Mode mode, out string? removed)
    {
        removed = null;
        if (text.Length == 0 || !NeedsWork(text, mode)) return text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        SortedDictionary<string, int>? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c == '_' && string.CompareOrdinal(text, i, CarriageReturnEscape, 0, CarriageReturnEscape.Length) == 0;
            if (!escape && !IsSpace(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(c);
                continue;
            }

            var what = escape ? CarriageReturnEscape : Describe(c);
            if (escape) i += CarriageReturnEscape.Length - 1;
            if (what.Length > 0)
            {
                found ??= new SortedDictionary<string, int>(StringComparer.Ordinal);
                found[what] = found.TryGetValue(what, out var n) ? n + 1 : 1;
            }

            // Zero-width characters vanish from codes; any other white space inside a code stays as one space, so the code then fails
            // to match loudly instead of being silently joined into another code.
            if (mode == Mode.Text || !(c is '\u200B' or '\uFEFF') || escape) pendingSpace = true;
        }

        if (found is not null) removed = string.Join(", ", found.Select(p => p.Key + " ×" + p.Value.ToString(CultureInfo.InvariantCulture)));
        return builder.ToString();
    }

    private static bool NeedsWork(string text, Mode mode)
    {
        if (IsSpace(text[0]) || IsSpace(text[text.Length - 1])) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (mode == Mode.Text && i + 1 < text.Length && text[i + 1] == ' ') return true;
                continue;
            }

            if (IsSpace(c) || (c == '_' && string.CompareOrdinal(text, i, CarriageReturnEscape, 0, CarriageReturnEscape.Length) == 0)) return true;
        }

        return false;
    }

    private static string Describe(char c) => c switch
    {
        '\r' => "CR",
        '\n' => "LF",
        '\t' => "TAB",
        ' ' => string.Empty,
        _ => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
