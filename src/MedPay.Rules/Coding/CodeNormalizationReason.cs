namespace MedPay.Rules.Coding;

/// <summary>
/// Why normalisation changed an input code. Each value is one rule of docs/coding.md and has a stable reason code
/// (<see cref="CodeNormalizationReasons.Code"/>); the rules run in the order of this enumeration.
/// </summary>
public enum CodeNormalizationReason
{
    /// <summary><c>TRIMMED</c>: white space (also the ideographic space, no-break and zero-width spaces) removed at either end.</summary>
    Trimmed = 0,

    /// <summary><c>WIDTH_FOLDED</c>: full-width forms (<c>Ａ１０．０</c>) folded to ASCII.</summary>
    WidthFolded = 1,

    /// <summary><c>PUNCTUATION_FOLDED</c>: Chinese or typographic punctuation typed for a code's own (<c>。</c>, <c>·</c> for the dot; <c>†</c> for the dagger <c>+</c>).</summary>
    PunctuationFolded = 2,

    /// <summary><c>NAME_REMOVED</c>: text after the code that is not part of a code (a name pasted behind it, e.g. <c>K80.000 胆囊结石</c>).</summary>
    NameRemoved = 3,

    /// <summary><c>STRAY_REMOVED</c>: stray punctuation at either end (a spreadsheet's leading apostrophe, a trailing dot, comma or <c>+</c>).</summary>
    StrayRemoved = 4,

    /// <summary><c>SPACE_REMOVED</c>: white space or control characters inside the code.</summary>
    SpaceRemoved = 5,

    /// <summary><c>CASE_FOLDED</c>: letters set to the canonical case (upper case, the extension and placeholder <c>x</c> lower case).</summary>
    CaseFolded = 6,

    /// <summary><c>DOT_INSERTED</c>: the missing dot after the category (<c>K80000</c> → <c>K80.000</c>, <c>3601</c> → <c>36.01</c>).</summary>
    DotInserted = 7,

    /// <summary><c>ASTERISK_ADDED</c>: the asterisk of a dagger–asterisk pair was missing (<c>A17.000+G01</c> → <c>A17.000+G01*</c>).</summary>
    AsteriskAdded = 8,

    /// <summary><c>ZEROS_PADDED</c>: trailing zeros added because the dictionary has exactly one code the input can mean (<c>I63.9</c> → <c>I63.900</c>).</summary>
    ZerosPadded = 9,
}

/// <summary>The stable reason codes of <see cref="CodeNormalizationReason"/>.</summary>
public static class CodeNormalizationReasons
{
    private static readonly string[] Codes =
    {
        "TRIMMED", "WIDTH_FOLDED", "PUNCTUATION_FOLDED", "NAME_REMOVED", "STRAY_REMOVED", "SPACE_REMOVED", "CASE_FOLDED", "DOT_INSERTED",
        "ASTERISK_ADDED", "ZEROS_PADDED",
    };

    /// <summary>The stable UPPER_SNAKE code of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The code, e.g. <c>DOT_INSERTED</c>.</returns>
    public static string Code(this CodeNormalizationReason reason) => (uint)reason < (uint)Codes.Length ? Codes[(int)reason] : reason.ToString();

    /// <summary>Whether the reason only folds the text (no character of the code itself is added or removed).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> for trim, width, punctuation, space and case folding.</returns>
    public static bool IsTextFold(this CodeNormalizationReason reason) =>
        reason is CodeNormalizationReason.Trimmed or CodeNormalizationReason.WidthFolded or CodeNormalizationReason.PunctuationFolded
            or CodeNormalizationReason.SpaceRemoved or CodeNormalizationReason.CaseFolded;
}
