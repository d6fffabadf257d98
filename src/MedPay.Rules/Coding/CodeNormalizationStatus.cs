namespace MedPay.Rules.Coding;

/// <summary>The outcome of normalising one input code against a dictionary.</summary>
public enum CodeNormalizationStatus
{
    /// <summary>The input is a dictionary code exactly as written.</summary>
    Exact = 0,

    /// <summary>The input was changed (see the listed changes) into exactly one dictionary code.</summary>
    Normalized = 1,

    /// <summary>The input could mean one of several dictionary codes (listed as candidates); none was chosen.</summary>
    Ambiguous = 2,

    /// <summary>No dictionary code matches the input, even after normalisation.</summary>
    Unknown = 3,

    /// <summary>The input is missing or blank.</summary>
    Empty = 4,
}
