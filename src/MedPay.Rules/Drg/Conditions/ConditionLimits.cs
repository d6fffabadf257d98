using System.Globalization;

namespace MedPay.Rules.Drg.Conditions;

/// <summary>
/// The bounds both condition languages keep to, so that a hostile condition is a syntax error instead of a stack overflow or a
/// quadratic parse (docs/limits.md). The national CHS-DRG 1.1 tables nest at most 2 deep and their longest condition has 142 characters.
/// </summary>
internal static class ConditionLimits
{
    /// <summary>The deepest nesting of brackets and <c>not</c>s (100): parsing, evaluation and tracing recurse once per level.</summary>
    public const int MaxDepth = 100;

    /// <summary>The longest condition, in characters (32,767: the most an Excel cell holds).</summary>
    public const int MaxLength = 32_767;

    /// <summary>Refuses a condition longer than <see cref="MaxLength"/>.</summary>
    public static void CheckLength(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new ConditionSyntaxException(MaxLength + 1, "a condition of at most " + MaxLength.ToString("N0", CultureInfo.InvariantCulture) + " characters",
                text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters");
        }
    }

    /// <summary>Enters one level of nesting at the 0-based character <paramref name="start"/>; refuses the level past <see cref="MaxDepth"/>.</summary>
    public static void Enter(ref int depth, int start)
    {
        if (++depth > MaxDepth)
        {
            throw new ConditionSyntaxException(start + 1, "at most " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " nested brackets and nots",
                "a level deeper");
        }
    }
}
