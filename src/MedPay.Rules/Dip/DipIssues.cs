using System.Collections.Immutable;

namespace MedPay.Rules.Dip;

/// <summary>
/// The error catalogue of DIP (按病种分值付费): catalogue-pack problems beyond the generic <see cref="RulePacks.RulePackIssues"/>
/// (which DIP loading also uses for missing files, columns, empty values and numbers), case-input problems and year-end problems.
/// </summary>
public static class DipIssues
{
    /// <summary>A procedure combination has an empty term or alternative.</summary>
    public static readonly IssueDefinition BadCombination = new("DIP_PACK_BAD_COMBINATION", IssueSeverity.Error,
        "手术操作组合 {0} 有空的项（\"+\" 或 \"/\" 两侧不能为空）", "procedure combination {0} has an empty term (both sides of '+' and '/' must be codes)");

    /// <summary>A comprehensive group lists procedures; comprehensive groups are keyed by treatment type only.</summary>
    public static readonly IssueDefinition ComprehensiveWithProcedures = new("DIP_PACK_COMPREHENSIVE_WITH_PROCEDURES", IssueSeverity.Error,
        "综合病种 {0} 不应列手术操作组合，应填写 treatment", "comprehensive group {0} must not list procedures; give its treatment type");

    /// <summary>A comprehensive group has no treatment type.</summary>
    public static readonly IssueDefinition MissingTreatment = new("DIP_PACK_MISSING_TREATMENT", IssueSeverity.Error,
        "病种 {0} 缺少治疗方式 treatment，且无法从手术操作类型字典推导", "group {0} has no treatment type and none can be derived from the procedure-type dictionary");

    /// <summary>A chapter range is not of the form <c>A00-B99</c> or its bounds are reversed.</summary>
    public static readonly IssueDefinition BadRange = new("DIP_PACK_BAD_RANGE", IssueSeverity.Error,
        "诊断范围 {0} 应写作 A00-B99 且起点不大于终点", "diagnosis range {0} must be written A00-B99 with the start not after the end");

    /// <summary>A row names a group the catalogue does not define.</summary>
    public static readonly IssueDefinition UnknownGroup = new("DIP_PACK_UNKNOWN_GROUP", IssueSeverity.Error,
        "病种 {0} 在 groups.csv 中不存在", "group {0} is not defined in groups.csv");

    /// <summary>A basic coefficient is given for a group that is not a basic-level group.</summary>
    public static readonly IssueDefinition NotBasicGroup = new("DIP_PACK_NOT_BASIC_GROUP", IssueSeverity.Error,
        "病种 {0} 不是基层病种，不能设置基层病种系数", "group {0} is not a basic-level group and cannot have a basic coefficient");

    /// <summary>An auxiliary entry names a code list that code_lists.csv does not define.</summary>
    public static readonly IssueDefinition UnknownCodeList = new("DIP_PACK_UNKNOWN_CODE_LIST", IssueSeverity.Error,
        "编码清单 {0} 在 code_lists.csv 中不存在", "code list {0} is not defined in code_lists.csv");

    /// <summary>More code lists than the engine supports.</summary>
    public static readonly IssueDefinition TooManyCodeLists = new("DIP_PACK_TOO_MANY_CODE_LISTS", IssueSeverity.Error,
        "编码清单超过 {0} 个", "more than {0} code lists");

    /// <summary>A parameter name is not known.</summary>
    public static readonly IssueDefinition UnknownParameter = new("DIP_PACK_UNKNOWN_PARAMETER", IssueSeverity.Warning,
        "未知参数 {0}，已忽略", "unknown parameter {0} ignored");

    /// <summary>A parameter value cannot be read.</summary>
    public static readonly IssueDefinition BadParameter = new("DIP_PACK_BAD_PARAMETER", IssueSeverity.Error,
        "参数 {0} 的值 {1} 无效：{2}", "parameter {0}: value {1} is not valid: {2}");

    /// <summary>A procedure of a group combination is not in the procedure-type dictionary.</summary>
    public static readonly IssueDefinition ProcedureNotInDictionary = new("DIP_PACK_PROCEDURE_NOT_IN_DICTIONARY", IssueSeverity.Warning,
        "手术操作 {0} 不在 procedure_types.csv 中", "procedure {0} is not in procedure_types.csv");

    /// <summary>A value is negative where it must not be.</summary>
    public static readonly IssueDefinition Negative = new("DIP_PACK_NEGATIVE", IssueSeverity.Error,
        "列 {0} 的值 {1} 不能为负", "column {0}: {1} must not be negative");

    /// <summary>An auxiliary subtype's own reference cost (<c>avg_cost</c>) is not usable: zero, or given on an entry for every group (<c>*</c>).</summary>
    public static readonly IssueDefinition BadSubtypeCost = new("DIP_PACK_BAD_SUBTYPE_COST", IssueSeverity.Error,
        "辅助目录亚目 {0} 的参考均值 {1} 无效：{2}", "auxiliary subtype {0}: reference cost {1} is not valid: {2}");

    /// <summary>The case has no main diagnosis, or it is not a diagnosis code.</summary>
    public static readonly IssueDefinition InvalidMainDiagnosis = new("DIP_CASE_INVALID_MAIN_DIAGNOSIS", IssueSeverity.Error,
        "主要诊断缺失或不是诊断编码：{0}", "the main diagnosis is missing or not a diagnosis code: {0}");

    /// <summary>A procedure is not in the procedure-type dictionary.</summary>
    public static readonly IssueDefinition UnknownProcedure = new("DIP_CASE_UNKNOWN_PROCEDURE", IssueSeverity.Warning,
        "手术操作 {0} 不在目录的手术操作类型字典中", "procedure {0} is not in the catalogue's procedure-type dictionary");

    /// <summary>No group takes the case.</summary>
    public static readonly IssueDefinition NoGroup = new("DIP_CASE_NO_GROUP", IssueSeverity.Error,
        "没有病种组合能接收主要诊断 {0}（治疗方式：{1}）", "no group takes main diagnosis {0} (treatment: {1})");

    /// <summary>The case's cost is negative.</summary>
    public static readonly IssueDefinition NegativeCost = new("DIP_CASE_NEGATIVE_COST", IssueSeverity.Error,
        "住院总费用 {0} 为负，按未提供处理", "the total cost {0} is negative and is treated as not given");

    /// <summary>The hospital grade is not in the catalogue.</summary>
    public static readonly IssueDefinition UnknownGrade = new("DIP_CASE_UNKNOWN_GRADE", IssueSeverity.Warning,
        "医疗机构等级 {0} 在目录中没有系数，按 1 计算", "hospital grade {0} has no coefficient in the catalogue; 1 is used");

    /// <summary>A case-file column is missing.</summary>
    public static readonly IssueDefinition InputMissingColumn = new("DIP_INPUT_MISSING_COLUMN", IssueSeverity.Error,
        "病例文件缺少列 {0}", "the case file has no column {0}");

    /// <summary>A case-file value is not a number.</summary>
    public static readonly IssueDefinition InputBadNumber = new("DIP_INPUT_BAD_NUMBER", IssueSeverity.Error,
        "列 {0} 的值 {1} 不是数值，按未提供处理", "column {0}: {1} is not a number and is treated as not given");

    /// <summary>A fund in the year-end input has no budget.</summary>
    public static readonly IssueDefinition NoBudget = new("DIP_YEAR_NO_BUDGET", IssueSeverity.Error,
        "基金 {0} 没有年度预算，其病例不参与点值计算", "fund {0} has no budget; its cases are left out of the point value");

    /// <summary>A fund's total score is zero, so no point value exists.</summary>
    public static readonly IssueDefinition ZeroTotalScore = new("DIP_YEAR_ZERO_TOTAL_SCORE", IssueSeverity.Error,
        "基金 {0} 的总分值为 0，无法计算点值", "fund {0} has a total score of 0; no point value can be computed");

    /// <summary>A fund budget is not usable.</summary>
    public static readonly IssueDefinition BadBudget = new("DIP_YEAR_BAD_BUDGET", IssueSeverity.Error,
        "基金 {0} 的预算无效：{1}", "the budget of fund {0} is not valid: {1}");

    /// <summary>The year-end sums exceed the decimal range.</summary>
    public static readonly IssueDefinition Overflow = new("DIP_YEAR_OVERFLOW", IssueSeverity.Error,
        "年终清算的合计超出数值范围，请检查分值与预算", "the year-end sums exceed the number range; check the scores and budgets");

    /// <summary>The case's personal payment is negative.</summary>
    public static readonly IssueDefinition NegativePersonalPayment = new("DIP_CASE_NEGATIVE_PERSONAL_PAYMENT", IssueSeverity.Error,
        "个人负担 {0} 为负，按未提供处理", "the personal payment {0} is negative and is treated as not given");

    /// <summary>The case's personal payment is larger than its total cost.</summary>
    public static readonly IssueDefinition PersonalAboveCost = new("DIP_CASE_PERSONAL_ABOVE_COST", IssueSeverity.Warning,
        "个人负担 {0} 大于住院总费用 {1}，请核对", "the personal payment {0} is larger than the total cost {1}; check both");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> Catalog { get; } = ImmutableArray.Create(
        BadCombination, ComprehensiveWithProcedures, MissingTreatment, BadRange, UnknownGroup, NotBasicGroup, UnknownCodeList, TooManyCodeLists,
        UnknownParameter, BadParameter, ProcedureNotInDictionary, Negative, BadSubtypeCost, InvalidMainDiagnosis, UnknownProcedure, NoGroup, NegativeCost,
        UnknownGrade, InputMissingColumn, InputBadNumber, NoBudget, ZeroTotalScore, BadBudget, Overflow,
        NegativePersonalPayment, PersonalAboveCost);
}
