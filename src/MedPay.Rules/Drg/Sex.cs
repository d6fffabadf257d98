using System.Text.Json.Serialization;

namespace MedPay.Rules.Drg;

/// <summary>
/// The patient's sex as grouping reads it. In JSON (System.Text.Json, e.g. an ASP.NET Core request body) it reads <c>"Male"</c>,
/// <c>"M"</c>, <c>"1"</c> or <c>"男"</c> (and the female and unknown equivalents, or the numbers 0–2) and writes the name.
/// </summary>
[JsonConverter(typeof(SexJsonConverter))]
public enum Sex
{
    /// <summary>Not given or not known: a case without a sex is invalid input for grouping.</summary>
    Unknown = 0,

    /// <summary>Male (<c>M</c>; settlement-list code 1).</summary>
    Male = 1,

    /// <summary>Female (<c>F</c>; settlement-list code 2).</summary>
    Female = 2,
}
