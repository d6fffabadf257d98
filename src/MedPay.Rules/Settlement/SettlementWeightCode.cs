namespace MedPay.Rules.Settlement;

/// <summary>A diagnosis code defined by a birth-weight band (pack file <c>weight_codes.csv</c>, rule NB-06).</summary>
public sealed class SettlementWeightCode
{
    /// <summary>Creates a weight band.</summary>
    /// <param name="code">The diagnosis code prefix.</param>
    /// <param name="minGrams">The lowest weight, grams.</param>
    /// <param name="maxGrams">The highest weight, grams, or <see langword="null"/> for no upper bound.</param>
    /// <param name="suggestion">The code to use outside the band, when the pack names one.</param>
    public SettlementWeightCode(string code, decimal minGrams, decimal? maxGrams, string? suggestion)
    {
        Code = code;
        MinGrams = minGrams;
        MaxGrams = maxGrams;
        Suggestion = string.IsNullOrWhiteSpace(suggestion) ? null : suggestion;
    }

    /// <summary>The diagnosis code prefix.</summary>
    public string Code { get; }

    /// <summary>The lowest weight, grams.</summary>
    public decimal MinGrams { get; }

    /// <summary>The highest weight, grams; <see langword="null"/> for none.</summary>
    public decimal? MaxGrams { get; }

    /// <summary>The code to use outside the band, or <see langword="null"/>.</summary>
    public string? Suggestion { get; }

    /// <summary>Whether a weight lies in the band.</summary>
    /// <param name="grams">The weight.</param>
    /// <returns><see langword="true"/> inside the band.</returns>
    public bool Fits(decimal grams) => grams >= MinGrams && (MaxGrams is null || grams <= MaxGrams.Value);
}
