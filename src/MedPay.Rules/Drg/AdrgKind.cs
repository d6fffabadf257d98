namespace MedPay.Rules.Drg;

/// <summary>The kind of an ADRG (核心疾病诊断相关组) as the scheme's <c>kind</c> column states it. Informative: the condition alone decides membership.</summary>
public enum AdrgKind
{
    /// <summary>Surgical (外科手术组), ADRG letters A–J.</summary>
    Surgical = 0,

    /// <summary>Non-operating-room procedure (非手术室操作组), ADRG letters K–Q.</summary>
    Procedure = 1,

    /// <summary>Medical (内科组), ADRG letters R–Z.</summary>
    Medical = 2,

    /// <summary>Ambiguous (歧义组, "QY"): the MDC matched, no surgical ADRG did, yet an OR procedure is present.</summary>
    Ambiguous = 3,
}
