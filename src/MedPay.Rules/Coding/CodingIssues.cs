using System.Collections.Immutable;

namespace MedPay.Rules.Coding;

/// <summary>The catalogue of issues the code layer reports about input codes and code settings, with their stable codes.</summary>
public static class CodingIssues
{
    /// <summary>An input code was normalised into a dictionary code; the message lists the reason codes.</summary>
    public static readonly IssueDefinition CodeNormalized = new("CODE_NORMALIZED", IssueSeverity.Info,
        "编码 {0} 按 {1} 读取（{2}）", "code {0} read as {1} ({2})");

    /// <summary>An input code could mean several dictionary codes; none was chosen.</summary>
    public static readonly IssueDefinition CodeAmbiguous = new("CODE_AMBIGUOUS", IssueSeverity.Error,
        "编码 {0} 可能是 {1} 个编码之一：{2}，未作选择", "code {0} could be one of {1} codes: {2}; none was chosen");

    /// <summary>A version map substituted a code.</summary>
    public static readonly IssueDefinition CodeMapped = new("CODE_MAPPED", IssueSeverity.Info,
        "编码 {0} 按 {1} 映射为 {2}", "code {0} mapped to {2} by {1}");

    /// <summary>A version map lists several targets for a code; none was chosen.</summary>
    public static readonly IssueDefinition CodeMapOneToMany = new("CODE_MAP_ONE_TO_MANY", IssueSeverity.Error,
        "编码 {0} 在 {1} 中对应多个编码：{2}，未作选择", "code {0} maps to several codes in {1}: {2}; none was chosen");

    /// <summary>Mapping was asked for but the map does not list the code; it was looked up as given.</summary>
    public static readonly IssueDefinition CodeNotInMap = new("CODE_NOT_IN_MAP", IssueSeverity.Info,
        "编码 {0} 不在 {1} 中，按原编码查找", "code {0} is not in {1}; looked up as given");

    /// <summary>An unresolved code was left out under the unknown-code policy.</summary>
    public static readonly IssueDefinition CodeDropped = new("CODE_DROPPED", IssueSeverity.Warning,
        "编码 {0} 无法确定（{2}），按策略 {1} 已忽略", "code {0} could not be resolved ({3}); left out under policy {1}");

    /// <summary>The main diagnosis is a code the dictionary marks as not to be used as the main diagnosis (column <c>not_main</c>).</summary>
    public static readonly IssueDefinition NotMainDiagnosis = new("CODE_NOT_MAIN_DIAGNOSIS", IssueSeverity.Warning,
        "编码 {0} 不能作为主要诊断", "code {0} may not be the main diagnosis");

    /// <summary>A code is restricted to the other sex (column <c>sex</c>).</summary>
    public static readonly IssueDefinition SexConflict = new("CODE_SEX_CONFLICT", IssueSeverity.Warning,
        "编码 {0} 仅适用于{1}性患者", "code {0} applies to {2} patients only");

    /// <summary>The patient's age is outside a code's age range (columns <c>age_min</c>, <c>age_max</c>).</summary>
    public static readonly IssueDefinition AgeConflict = new("CODE_AGE_CONFLICT", IssueSeverity.Warning,
        "编码 {0} 适用年龄 {1}–{2} 岁，患者 {3} 岁", "code {0} applies to ages {1}–{2} years; the patient is {3}");

    /// <summary>A pack names an unknown-code policy that does not exist.</summary>
    public static readonly IssueDefinition PolicyInvalid = new("PACK_UNKNOWN_CODE_POLICY_INVALID", IssueSeverity.Error,
        "unknown_code_policy 的值 {0} 无效，应为 {1} 之一", "unknown_code_policy {0} is not one of {1}");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = ImmutableArray.Create(
        CodeNormalized, CodeAmbiguous, CodeMapped, CodeMapOneToMany, CodeNotInMap, CodeDropped, NotMainDiagnosis, SexConflict, AgeConflict, PolicyInvalid);
}
