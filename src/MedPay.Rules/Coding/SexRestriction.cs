namespace MedPay.Rules.Coding;

/// <summary>The sex a code is restricted to, where the published code list gives one (e.g. diseases of the prostate, of pregnancy).</summary>
public enum SexRestriction
{
    /// <summary>No restriction.</summary>
    None = 0,

    /// <summary>Male patients only.</summary>
    Male = 1,

    /// <summary>Female patients only.</summary>
    Female = 2,
}
