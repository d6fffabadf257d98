namespace MedPay.Rules.Coding;

/// <summary>
/// What grouping does with a code that is still unknown (or ambiguous) after normalisation and version mapping. Groupers in the field
/// differ, so the policy is chosen per pack (<c>scheme.json</c> option <c>unknown_code_policy</c>) or per call; the default fails
/// loudly. An unknown main diagnosis always makes the case invalid: dropping it would group the case on another diagnosis.
/// </summary>
public enum UnknownCodePolicy
{
    /// <summary><c>reject</c>: the case is invalid input and every unknown code is named (the default).</summary>
    Reject = 0,

    /// <summary><c>drop_and_report</c>: an unknown other diagnosis or procedure is left out and reported as a warning.</summary>
    DropAndReport = 1,

    /// <summary><c>treat_unknown_procedure_as_none</c>: an unknown procedure is left out and reported; unknown diagnoses are rejected.</summary>
    TreatUnknownProcedureAsNone = 2,
}

/// <summary>The text names of <see cref="UnknownCodePolicy"/> as packs write them.</summary>
public static class UnknownCodePolicies
{
    /// <summary>The <c>scheme.json</c> property that sets a pack's default policy.</summary>
    public const string PropertyName = "unknown_code_policy";

    /// <summary>The text name of a policy, e.g. <c>drop_and_report</c>.</summary>
    /// <param name="policy">The policy.</param>
    public static string Name(this UnknownCodePolicy policy) => policy switch
    {
        UnknownCodePolicy.DropAndReport => "drop_and_report",
        UnknownCodePolicy.TreatUnknownProcedureAsNone => "treat_unknown_procedure_as_none",
        _ => "reject",
    };

    /// <summary>Reads a policy name (case-insensitive).</summary>
    /// <param name="text">The name.</param>
    /// <param name="policy">The policy, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? text, out UnknownCodePolicy policy)
    {
        foreach (UnknownCodePolicy candidate in Enum.GetValues(typeof(UnknownCodePolicy)))
        {
            if (string.Equals(text?.Trim(), candidate.Name(), StringComparison.OrdinalIgnoreCase))
            {
                policy = candidate;
                return true;
            }
        }

        policy = UnknownCodePolicy.Reject;
        return false;
    }
}
