namespace MedPay.Rules.Drg;

/// <summary>The patient's sex as grouping reads it.</summary>
public enum Sex
{
    /// <summary>Not given or not known: a case without a sex is invalid input for grouping.</summary>
    Unknown = 0,

    /// <summary>Male (<c>M</c>; settlement-list code 1).</summary>
    Male = 1,

    /// <summary>Female (<c>F</c>; settlement-list code 2).</summary>
    Female = 2,
}
