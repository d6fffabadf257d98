using System.Collections.Immutable;

namespace MedPay.Rules.Retention;

/// <summary>The error catalogue of retention policies and year-end computations (结余留用与超支分担): every problem a policy pack or an input can have.</summary>
public static class RetentionIssues
{
    /// <summary>parameters.csv names a parameter the library does not know.</summary>
    public static readonly IssueDefinition UnknownParameter = new("RETENTION_UNKNOWN_PARAMETER", IssueSeverity.Error,
        "未知的政策参数 {0}", "unknown policy parameter {0}");

    /// <summary>A number is outside its allowed range.</summary>
    public static readonly IssueDefinition OutOfRange = new("RETENTION_OUT_OF_RANGE", IssueSeverity.Error,
        "{0} 的值 {1} 超出允许范围 {2}", "{0}: {1} is outside the allowed range {2}");

    /// <summary>A key appears twice where it must be unique.</summary>
    public static readonly IssueDefinition Duplicate = new("RETENTION_DUPLICATE", IssueSeverity.Error,
        "{0} {1} 重复定义", "{0} {1} is defined twice");

    /// <summary>A row names a quality grade that grades.csv does not define.</summary>
    public static readonly IssueDefinition UnknownGrade = new("RETENTION_UNKNOWN_GRADE", IssueSeverity.Error,
        "质量等级 {0} 未在 grades.csv 中定义", "quality grade {0} is not defined in grades.csv");

    /// <summary>A comparison operator cannot be read.</summary>
    public static readonly IssueDefinition BadOperator = new("RETENTION_BAD_OPERATOR", IssueSeverity.Error,
        "比较运算符 {0} 无效，应为 >、>=、<、<=、=", "comparison operator {0} is not one of >, >=, <, <=, =");

    /// <summary>The bands of one schedule are not in increasing order or an open band is not last.</summary>
    public static readonly IssueDefinition BandsNotIncreasing = new("RETENTION_BANDS_NOT_INCREASING", IssueSeverity.Error,
        "{0} 的分段上限必须递增，且不设上限的分段只能在最后", "the bands of {0} must have increasing upper bounds, with the open band last");

    /// <summary>A schedule's last band has an upper bound, so amounts beyond it have no rate.</summary>
    public static readonly IssueDefinition BandsNotOpen = new("RETENTION_BANDS_NOT_OPEN", IssueSeverity.Error,
        "{0} 的最后一个分段必须不设上限", "the last band of {0} must be open (no upper bound)");

    /// <summary>A better grade would retain less than a worse one for some surplus.</summary>
    public static readonly IssueDefinition NotMonotoneInGrade = new("RETENTION_NOT_MONOTONE_IN_GRADE", IssueSeverity.Warning,
        "质量等级 {0} 高于 {1}，但结余 {2}（占支付额比例）时留用更少", "grade {0} ranks above {1} but retains less at a surplus ratio of {2}");

    /// <summary>A grade has no surplus bands of its own and there are none for every grade, so it retains nothing.</summary>
    public static readonly IssueDefinition GradeWithoutBands = new("RETENTION_GRADE_WITHOUT_BANDS", IssueSeverity.Warning,
        "质量等级 {0} 没有留用分段（也没有适用于所有等级的分段），结余不予留用", "grade {0} has no surplus bands (and there are none for every grade): it retains nothing");

    /// <summary>A share rule has no positive share.</summary>
    public static readonly IssueDefinition EmptyShareRule = new("RETENTION_EMPTY_SHARE_RULE", IssueSeverity.Error,
        "分配规则 {0} 没有大于零的份额", "share rule {0} has no positive share");

    /// <summary>A value is not one of the allowed words.</summary>
    public static readonly IssueDefinition NotAllowed = new("RETENTION_VALUE_NOT_ALLOWED", IssueSeverity.Error,
        "{0} 的值 {1} 不在允许的取值 {2} 中", "{0}: {1} is not one of {2}");

    /// <summary>Per-diem day bands of a service leave a gap or overlap.</summary>
    public static readonly IssueDefinition DayBandsGap = new("RETENTION_DAY_BANDS_GAP", IssueSeverity.Error,
        "床日付费 {0} 的天数分段不连续：应从第 {1} 天开始", "per-diem service {0}: day bands are not contiguous; the next band should start at day {1}");

    /// <summary>An input amount is negative.</summary>
    public static readonly IssueDefinition NegativeAmount = new("RETENTION_NEGATIVE_AMOUNT", IssueSeverity.Error,
        "{0} 不能为负数：{1}", "{0} must not be negative: {1}");

    /// <summary>Neither a grade nor a score is given and the policy has no rate for every grade.</summary>
    public static readonly IssueDefinition NoGrade = new("RETENTION_NO_GRADE", IssueSeverity.Error,
        "未给出质量等级或质量得分，且政策没有适用于所有等级的留用比例", "no quality grade or score is given and the policy has no retention rate for every grade");

    /// <summary>The input names a grade the policy does not define.</summary>
    public static readonly IssueDefinition UnknownInputGrade = new("RETENTION_UNKNOWN_INPUT_GRADE", IssueSeverity.Error,
        "输入的质量等级 {0} 不在政策中", "the input's quality grade {0} is not in the policy");

    /// <summary>Department or group lines do not add up to the hospital totals.</summary>
    public static readonly IssueDefinition LinesDoNotAddUp = new("RETENTION_LINES_DO_NOT_ADD_UP", IssueSeverity.Warning,
        "{0} 明细合计 {1} 与全院 {2} 不一致（支付/按项目费用）", "the {0} lines add up to {1}, not the hospital's {2} (payment / fee-for-item)");

    /// <summary>The input names a share rule the policy does not define.</summary>
    public static readonly IssueDefinition UnknownRule = new("RETENTION_UNKNOWN_RULE", IssueSeverity.Error,
        "政策中没有分配规则 {0}", "the policy has no share rule {0}");

    /// <summary>An alliance has no member to split its result between.</summary>
    public static readonly IssueDefinition NoMembers = new("RETENTION_NO_MEMBERS", IssueSeverity.Error,
        "医联体没有成员", "the alliance has no members");

    /// <summary>A referral or adverse event names a member that is not in the alliance.</summary>
    public static readonly IssueDefinition UnknownMember = new("RETENTION_UNKNOWN_MEMBER", IssueSeverity.Error,
        "成员 {0} 不在医联体中", "member {0} is not in the alliance");

    /// <summary>A share rule gives a share to a party that has no member; its share goes to the others.</summary>
    public static readonly IssueDefinition PartyWithoutMembers = new("RETENTION_PARTY_WITHOUT_MEMBERS", IssueSeverity.Warning,
        "分配规则 {0} 的一方 {1} 没有成员，其份额按比例分给其他各方", "share rule {0}: party {1} has no member; its share goes to the others in proportion");

    /// <summary>A member's level is not a party of the share rule, so it receives nothing from it.</summary>
    public static readonly IssueDefinition MemberWithoutParty = new("RETENTION_MEMBER_WITHOUT_PARTY", IssueSeverity.Warning,
        "成员 {0} 的级别 {1} 不在分配规则 {2} 中，不参与分配", "member {0}: level {1} is not a party of share rule {2}; it receives no share");

    /// <summary>A target's indicator is missing from the input; the target counts as not met.</summary>
    public static readonly IssueDefinition MissingIndicator = new("RETENTION_MISSING_INDICATOR", IssueSeverity.Warning,
        "缺少指标 {0}，视为未达标", "indicator {0} is missing; the target counts as not met");

    /// <summary>An input file lacks a required column.</summary>
    public static readonly IssueDefinition InputMissingColumn = new("RETENTION_INPUT_MISSING_COLUMN", IssueSeverity.Error,
        "输入文件缺少列 {0}", "the input file has no column {0}");

    /// <summary>An input value is not a number.</summary>
    public static readonly IssueDefinition InputNotANumber = new("RETENTION_INPUT_NOT_A_NUMBER", IssueSeverity.Error,
        "{0} 的值 {1} 不是数字", "{0}: {1} is not a number");

    /// <summary>An input file cannot be read as JSON.</summary>
    public static readonly IssueDefinition InputBadJson = new("RETENTION_INPUT_BAD_JSON", IssueSeverity.Error,
        "输入 JSON 无法读取：{0}", "the input JSON cannot be read: {0}");

    /// <summary>The input has no hospital line.</summary>
    public static readonly IssueDefinition InputNoHospital = new("RETENTION_INPUT_NO_HOSPITAL", IssueSeverity.Error,
        "输入中没有全院（hospital）行", "the input has no hospital line");

    /// <summary>The input has a second hospital line; one of them would be dropped silently.</summary>
    public static readonly IssueDefinition InputDuplicateHospital = new("RETENTION_INPUT_DUPLICATE_HOSPITAL", IssueSeverity.Error,
        "输入中有多个全院（hospital）行：{0} 与 {1}，只能有一行", "the input has more than one hospital line ({0} and {1}); there must be exactly one");

    /// <summary>A sum or product of the amounts exceeds the range of a decimal (about ±7.9 × 10²⁸).</summary>
    public static readonly IssueDefinition AmountOverflow = new("RETENTION_AMOUNT_OVERFLOW", IssueSeverity.Error,
        "{0} 的金额合计超出数值范围（约 ±7.9×10²⁸），请检查输入金额", "the amounts of {0} add up beyond the number range (about ±7.9 × 10²⁸); check the input amounts");

    /// <summary>An amount is paid under a condition that has no target, so the condition always holds and the amount is always paid.</summary>
    public static readonly IssueDefinition ConditionWithoutTargets = new("RETENTION_CONDITION_WITHOUT_TARGETS", IssueSeverity.Warning,
        "参数 {0} 的条件 {1} 没有考核指标，条件总是成立，始终支付", "parameter {0}: condition {1} has no target, so it always holds and the amount is always paid");

    /// <summary>points.csv gives bonus points to an overspend split; points are a reward and must never raise a member's share of an overspend.</summary>
    public static readonly IssueDefinition PointsOnOverspendRule = new("RETENTION_POINTS_ON_OVERSPEND_RULE", IssueSeverity.Error,
        "分配规则 {0} 用于分担超支，不能设加分（加分不得增加成员承担的超支）", "share rule {0} splits an overspend: it cannot have bonus points (points must not raise a member's share of an overspend)");

    /// <summary>
    /// A JSON input uses a camelCase key of earlier versions (<c>feeForItem</c>, <c>qualityGrade</c>, …); it is still read, but the key is
    /// deprecated: the inputs and reports now use snake_case keys, as every other JSON of the library and the CSV columns do.
    /// </summary>
    public static readonly IssueDefinition InputDeprecatedKey = new("RETENTION_INPUT_DEPRECATED_KEY", IssueSeverity.Warning,
        "输入键 {0} 已弃用，请改用 {1}（本次仍读取）", "the input key {0} is deprecated; use {1} (still read this time)");

    /// <summary>Every issue this capability can report.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = ImmutableArray.Create(
        UnknownParameter, OutOfRange, Duplicate, UnknownGrade, BadOperator, BandsNotIncreasing, BandsNotOpen, NotMonotoneInGrade, GradeWithoutBands, EmptyShareRule,
        NotAllowed, DayBandsGap, NegativeAmount, NoGrade, UnknownInputGrade, LinesDoNotAddUp, UnknownRule, NoMembers, UnknownMember, PartyWithoutMembers,
        MemberWithoutParty, MissingIndicator, InputMissingColumn, InputNotANumber, InputBadJson, InputNoHospital, ConditionWithoutTargets, PointsOnOverspendRule,
        InputDuplicateHospital, AmountOverflow, InputDeprecatedKey);
}
