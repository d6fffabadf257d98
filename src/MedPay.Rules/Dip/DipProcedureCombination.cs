using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>
/// The procedure combination of a DIP group as catalogues write it: <c>+</c> joins terms that must all be present (all-of),
/// <c>/</c> separates alternatives within a term (any-of); <c>A/B+C</c> = (A or B) and C. Empty for a conservative group.
/// </summary>
public sealed class DipProcedureCombination
{
    /// <summary>The combination of a conservative group: no procedure.</summary>
    public static readonly DipProcedureCombination None = new(string.Empty, ImmutableArray<ImmutableArray<string>>.Empty);

    internal DipProcedureCombination(string text, ImmutableArray<ImmutableArray<string>> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The combination as written, e.g. <c>51.2200/51.2300+51.4100</c>.</summary>
    public string Text { get; }

    /// <summary>The all-of terms; each is a list of any-of alternatives.</summary>
    public ImmutableArray<ImmutableArray<string>> Terms { get; }

    /// <summary>Whether the combination is empty (a conservative group).</summary>
    public bool IsEmpty => Terms.IsDefaultOrEmpty;

    /// <summary>Parses a combination; returns <see langword="null"/> when a term or an alternative is empty (e.g. <c>A++B</c>, <c>A/</c>).</summary>
    /// <param name="text">The text, possibly empty.</param>
    /// <returns>The combination, <see cref="None"/> for empty text, or <see langword="null"/>.</returns>
    public static DipProcedureCombination? Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0) return None;
        var terms = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var term in trimmed.Split('+'))
        {
            var alternatives = ImmutableArray.CreateBuilder<string>();
            foreach (var alternative in term.Split('/'))
            {
                var code = Coding.CodeText.Normalize(alternative);
                if (code.Length == 0) return null;
                alternatives.Add(code);
            }

            terms.Add(alternatives.ToImmutable());
        }

        return new DipProcedureCombination(trimmed, terms.ToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
