using System.Collections.Immutable;

namespace MedPay.Rules.Drg;

/// <summary>The catalogue of issues that DRG grouping reports about a case's input, with their stable codes.</summary>
public static class DrgGroupingIssues
{
    /// <summary>The case has no main diagnosis.</summary>
    public static readonly IssueDefinition NoMainDiagnosis = new("CASE_NO_MAIN_DIAGNOSIS", IssueSeverity.Error,
        "病例没有主要诊断", "the case has no main diagnosis");

    /// <summary>The case has no sex.</summary>
    public static readonly IssueDefinition SexMissing = new("CASE_SEX_MISSING", IssueSeverity.Error,
        "病例没有性别（应为 M 或 F）", "the case has no sex (expected M or F)");

    /// <summary>Age in years out of range.</summary>
    public static readonly IssueDefinition AgeInvalid = new("CASE_AGE_INVALID", IssueSeverity.Error,
        "年龄 {0} 岁不在 0–150 之间", "age {0} years is not within 0–150");

    /// <summary>Age in days negative.</summary>
    public static readonly IssueDefinition AgeDaysInvalid = new("CASE_AGE_DAYS_INVALID", IssueSeverity.Error,
        "年龄天数 {0} 不能为负", "age in days {0} must not be negative");

    /// <summary>Age in days does not agree with age in years.</summary>
    public static readonly IssueDefinition AgeInconsistent = new("CASE_AGE_INCONSISTENT", IssueSeverity.Error,
        "年龄天数 {0} 与年龄 {1} 岁不符", "age in days {0} does not agree with age {1} years");

    /// <summary>Age in days not given for an adult: taken as a lower bound.</summary>
    public static readonly IssueDefinition AgeDaysDerived = new("CASE_AGE_DAYS_DERIVED", IssueSeverity.Info,
        "未给出年龄天数，按 {0} 岁 × 365 = {1} 天计", "age in days not given; taken as {0} years × 365 = {1} days");

    /// <summary>Birth weight out of range.</summary>
    public static readonly IssueDefinition BirthWeightInvalid = new("CASE_BIRTH_WEIGHT_INVALID", IssueSeverity.Error,
        "出生体重 {0} 克不在 0–10000 之间", "birth weight {0} g is not within 0–10000");

    /// <summary>Newborn admission weight out of range.</summary>
    public static readonly IssueDefinition AdmissionWeightInvalid = new("CASE_ADMISSION_WEIGHT_INVALID", IssueSeverity.Error,
        "新生儿入院体重 {0} 克不在 0–10000 之间", "newborn admission weight {0} g is not within 0–10000");

    /// <summary>Length of stay negative.</summary>
    public static readonly IssueDefinition LengthOfStayInvalid = new("CASE_LOS_INVALID", IssueSeverity.Error,
        "住院天数 {0} 不能为负", "length of stay {0} days must not be negative");

    /// <summary>Discharge disposition not a settlement-list code.</summary>
    public static readonly IssueDefinition DischargeInvalid = new("CASE_DISCHARGE_INVALID", IssueSeverity.Error,
        "离院方式 {0} 不是 1、2、3、4、5、9 之一", "discharge disposition {0} is not one of 1, 2, 3, 4, 5, 9");

    /// <summary>ICU hours negative or not a number.</summary>
    public static readonly IssueDefinition IcuHoursInvalid = new("CASE_ICU_HOURS_INVALID", IssueSeverity.Error,
        "重症监护时长 {0} 小时无效", "ICU hours {0} is not a valid number of hours");

    /// <summary>A code the scheme does not know.</summary>
    public static readonly IssueDefinition CodeUnknown = new("CODE_UNKNOWN", IssueSeverity.Error,
        "编码 {0} 不在方案的{1}字典中", "code {0} is not in the scheme's {2} dictionary");

    /// <summary>A code of the other kind (a procedure among the diagnoses, or the reverse).</summary>
    public static readonly IssueDefinition CodeWrongKind = new("CODE_WRONG_KIND", IssueSeverity.Error,
        "编码 {0} 是{1}编码，不能写在{2}中", "code {0} is a {3} code and cannot stand among the {4}");

    /// <summary>An input code was folded to the scheme's code (case, full-width characters, white space).</summary>
    public static readonly IssueDefinition CodeFolded = new("CODE_FOLDED", IssueSeverity.Info,
        "编码 {0} 按 {1} 读取（大小写、全角或空白已规范）", "code {0} read as {1} (case, full-width characters or white space folded)");

    /// <summary>A code the scheme's tables use but its dictionary lacks.</summary>
    public static readonly IssueDefinition CodeNotInDictionary = new("CODE_NOT_IN_DICTIONARY", IssueSeverity.Warning,
        "编码 {0} 不在方案字典中，但方案的编码表使用了它，按原样分组", "code {0} is not in the scheme's dictionary but its tables use it; grouped as given");

    /// <summary>An empty code in a list was skipped.</summary>
    public static readonly IssueDefinition CodeEmpty = new("CODE_EMPTY", IssueSeverity.Info,
        "空编码已忽略", "an empty code was skipped");

    /// <summary>A duplicate code was removed.</summary>
    public static readonly IssueDefinition CodeDuplicate = new("CODE_DUPLICATE", IssueSeverity.Info,
        "重复编码 {0} 已忽略", "duplicate code {0} was ignored");

    /// <summary>The ADRG was decided but none of its DRG rows held.</summary>
    public static readonly IssueDefinition NoDrgRow = new("GROUP_NO_DRG_ROW", IssueSeverity.Warning,
        "已入 ADRG {0}，但其 DRG 行均不成立", "ADRG {0} was decided but none of its DRG rows holds");

    /// <summary>A numeric column of a case file does not hold a number.</summary>
    public static readonly IssueDefinition FieldNotANumber = new("CASE_FIELD_NOT_A_NUMBER", IssueSeverity.Error,
        "病例字段 {0} 的值 {1} 不是数值", "case field {0}: {1} is not a number");

    /// <summary>A case file lacks a required column.</summary>
    public static readonly IssueDefinition MissingCaseColumn = new("CASE_MISSING_COLUMN", IssueSeverity.Error,
        "病例文件缺少列 {0}", "the case file has no column {0}");

    /// <summary>
    /// No MDC or ADRG of the scheme takes the case, so it is ungroupable (0000). Not reported by the grouper itself (its results stay
    /// allocation-free and byte-stable); <see cref="DrgResultReasons"/> adds it to explain such a result.
    /// </summary>
    public static readonly IssueDefinition NoAdrg = new("GROUP_NO_ADRG", IssueSeverity.Warning,
        "方案 {2} 中没有 MDC 或 ADRG 接收主要诊断 {0}（手术操作：{1}），未入组（0000）", "no MDC or ADRG of scheme {2} takes main diagnosis {0} (procedures: {1}): ungroupable (0000)");

    /// <summary>The case entered an ambiguous ADRG (歧义组); added by <see cref="DrgResultReasons"/>, as <see cref="NoAdrg"/>.</summary>
    public static readonly IssueDefinition Ambiguous = new("GROUP_AMBIGUOUS", IssueSeverity.Warning,
        "病例入歧义组 {0}：主要诊断 {1} 所在 MDC 中没有外科 ADRG 接收其手术操作 {2}，请核对主要诊断与手术操作",
        "ambiguous group {0}: no surgical ADRG of the MDC of main diagnosis {1} takes its procedures {2}; check the main diagnosis and the procedures");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> Catalog { get; } = ImmutableArray.Create(
        NoMainDiagnosis, SexMissing, AgeInvalid, AgeDaysInvalid, AgeInconsistent, AgeDaysDerived, BirthWeightInvalid, AdmissionWeightInvalid, LengthOfStayInvalid,
        DischargeInvalid, IcuHoursInvalid, CodeUnknown, CodeWrongKind, CodeFolded, CodeNotInDictionary, CodeEmpty, CodeDuplicate, NoDrgRow, FieldNotANumber, MissingCaseColumn,
        NoAdrg, Ambiguous);
}
