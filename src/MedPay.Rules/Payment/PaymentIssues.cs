using System.Collections.Immutable;

namespace MedPay.Rules.Payment;

/// <summary>The error catalogue of DRG payment: parameter-pack problems (<c>PAY_PACK_*</c>), case problems (<c>PAY_CASE_*</c>) and year-level findings (<c>PAY_YEAR_*</c>).</summary>
public static class PaymentIssues
{
    /// <summary>A number in the pack is negative or zero where it must be positive.</summary>
    public static readonly IssueDefinition NotPositive = new("PAY_PACK_NOT_POSITIVE", IssueSeverity.Error,
        "列 {0} 的值 {1} 必须大于 0", "column {0}: {1} must be greater than 0");

    /// <summary>A DRG appears twice in weights.csv.</summary>
    public static readonly IssueDefinition DuplicateWeight = new("PAY_PACK_DUPLICATE_WEIGHT", IssueSeverity.Error,
        "weights.csv 中 DRG {0} 重复", "DRG {0} appears twice in weights.csv");

    /// <summary>The same fund and grade have two rates, or the same coefficient key appears twice.</summary>
    public static readonly IssueDefinition DuplicateKey = new("PAY_PACK_DUPLICATE_KEY", IssueSeverity.Error,
        "{0} 中 {1} 重复", "{1} appears twice in {0}");

    /// <summary>The pack has no rate at all.</summary>
    public static readonly IssueDefinition NoRates = new("PAY_PACK_NO_RATES", IssueSeverity.Error,
        "base_rates.csv 没有任何费率", "base_rates.csv has no rate");

    /// <summary>A weight band is empty (min ≥ max).</summary>
    public static readonly IssueDefinition BadBand = new("PAY_PACK_BAD_WEIGHT_BAND", IssueSeverity.Error,
        "权重区间 ({0}, {1}] 为空", "the weight band ({0}, {1}] is empty");

    /// <summary>A low multiple is not below the high multiple of the same row and base.</summary>
    public static readonly IssueDefinition LowNotBelowHigh = new("PAY_PACK_LOW_NOT_BELOW_HIGH", IssueSeverity.Error,
        "低倍率 {0} 不小于高倍率 {1}", "low multiple {0} is not below high multiple {1}");

    /// <summary>A parameter name is not known.</summary>
    public static readonly IssueDefinition UnknownParameter = new("PAY_PACK_UNKNOWN_PARAMETER", IssueSeverity.Warning,
        "未知参数 {0}，已忽略", "unknown parameter {0} ignored");

    /// <summary>A parameter value cannot be read.</summary>
    public static readonly IssueDefinition BadParameter = new("PAY_PACK_BAD_PARAMETER", IssueSeverity.Error,
        "参数 {0} 的值 {1} 无法识别：{2}", "parameter {0}: cannot read {1}: {2}");

    /// <summary>More add-on coefficients than the 32 a case mask can carry.</summary>
    public static readonly IssueDefinition TooManyAddOns = new("PAY_PACK_TOO_MANY_ADDONS", IssueSeverity.Error,
        "加成系数超过 32 个", "more than 32 add-on coefficients");

    /// <summary>A case's cost or personal payment is negative, or the personal payment exceeds the cost.</summary>
    public static readonly IssueDefinition BadAmount = new("PAY_CASE_BAD_AMOUNT", IssueSeverity.Error,
        "费用不能为负，个人支付不能超过总费用", "costs must not be negative and the personal payment must not exceed the total cost");

    /// <summary>A case's length of stay is negative.</summary>
    public static readonly IssueDefinition BadLengthOfStay = new("PAY_CASE_BAD_LOS", IssueSeverity.Error,
        "住院天数不能为负", "the length of stay must not be negative");

    /// <summary>A case's hospital grade has no rate or coefficient row.</summary>
    public static readonly IssueDefinition UnknownGrade = new("PAY_CASE_UNKNOWN_GRADE", IssueSeverity.Error,
        "医院等级 {0} 在参数包中没有费率或系数", "hospital grade {0} has no rate or coefficient in the parameter pack");

    /// <summary>No rate for the case's fund and grade.</summary>
    public static readonly IssueDefinition NoRate = new("PAY_CASE_NO_RATE", IssueSeverity.Error,
        "参数包中没有险种 {0}、医院等级 {1} 的费率", "the parameter pack has no rate for fund {0} and grade {1}");

    /// <summary>The case's DRG has no weight in the pack.</summary>
    public static readonly IssueDefinition DrgWithoutWeight = new("PAY_DRG_WITHOUT_WEIGHT", IssueSeverity.Warning,
        "DRG {0} 在参数包中没有权重，按未入组病例支付", "DRG {0} has no weight in the parameter pack; paid as an ungroupable case");

    /// <summary>The case's add-on mask names an add-on the pack does not define.</summary>
    public static readonly IssueDefinition UnknownAddOn = new("PAY_CASE_UNKNOWN_ADDON", IssueSeverity.Error,
        "加成 {0} 在参数包中不存在", "add-on {0} is not defined in the parameter pack");

    /// <summary>Special-case review requests exceed the cap.</summary>
    public static readonly IssueDefinition SpecialReviewOverCap = new("PAY_YEAR_SPECIAL_REVIEW_OVER_CAP", IssueSeverity.Warning,
        "{0} 的特例单议病例 {1} 例超过上限 {2} 例（出院病例 {3} 例的 {4}）", "{0}: {1} special-review cases exceed the cap of {2} ({4} of {3} discharges)");

    /// <summary>The budget or the total weight of a base-rate calculation is not positive.</summary>
    public static readonly IssueDefinition BadBudget = new("PAY_CALIBRATION_BAD_BUDGET", IssueSeverity.Error,
        "预算和总权重必须大于 0", "the budget and the total weight must be greater than 0");

    /// <summary>A case file lacks a required column.</summary>
    public static readonly IssueDefinition InputMissingColumn = new("PAY_INPUT_MISSING_COLUMN", IssueSeverity.Error,
        "病例文件缺少列 {0}", "the case file has no column {0}");

    /// <summary>A value of a case file cannot be read.</summary>
    public static readonly IssueDefinition InputBadValue = new("PAY_INPUT_BAD_VALUE", IssueSeverity.Error,
        "列 {0} 的值 {1} 无法识别：{2}", "column {0}: cannot read {1}: {2}");

    /// <summary>Amounts add up beyond the range of a decimal (about ±7.9 × 10²⁸).</summary>
    public static readonly IssueDefinition AmountOverflow = new("PAY_AMOUNT_OVERFLOW", IssueSeverity.Error,
        "{0} 的金额合计超出数值范围（约 ±7.9×10²⁸），请检查输入金额", "the amounts of {0} add up beyond the number range (about ±7.9 × 10²⁸); check the input amounts");

    /// <summary>Every definition of this catalogue, in a stable order.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = ImmutableArray.Create(
        NotPositive, DuplicateWeight, DuplicateKey, NoRates, BadBand, LowNotBelowHigh, UnknownParameter, BadParameter, TooManyAddOns,
        BadAmount, BadLengthOfStay, UnknownGrade, NoRate, DrgWithoutWeight, UnknownAddOn, SpecialReviewOverCap, BadBudget, InputMissingColumn, InputBadValue,
        AmountOverflow);
}
