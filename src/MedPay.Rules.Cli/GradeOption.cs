using MedPay.Rules.Payment;
using MedPay.Rules.Retention;

namespace MedPay.Rules.Cli;

/// <summary>
/// The grade options: <c>--grade</c> of <c>medpay pay</c> and <c>medpay report</c> (the hospital grade, 医院等级, of rows without one) must be a
/// grade of the payment pack; <c>--grade</c> of <c>medpay retention</c> and <c>--quality-grade</c> of <c>medpay report</c> (the quality grade,
/// 质量等级) a grade of the retention policy.
/// </summary>
internal static class GradeOption
{
    /// <summary>The usual names of the numeric hospital grades (医院等级: 一级, 二级, 三级 hospitals); other grade codes are listed as they are.</summary>
    private static readonly Dictionary<string, LocalizedText> HospitalGradeNames = new(StringComparer.Ordinal)
    {
        ["1"] = new("一级医院", "primary hospital"), ["2"] = new("二级医院", "secondary hospital"), ["3"] = new("三级医院", "tertiary hospital"),
    };

    /// <summary>
    /// Whether <paramref name="grade"/> is a hospital grade of the pack: one of its grade coefficients (a pack without any takes every grade
    /// at 1, as the payment engine does); otherwise prints the valid grades and returns false.
    /// </summary>
    public static bool CheckHospitalGrade(string option, string grade, PaymentParameters parameters)
    {
        if (parameters.GradeCoefficients.IsEmpty) return true;
        var choices = parameters.GradeCoefficients.Keys.OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => new OptionChoices.Choice(k, HospitalGradeNames.TryGetValue(k, out var name) ? name : null)).ToArray();
        return OptionChoices.Check(option, grade, new LocalizedText($"参数包 {parameters.Identity.Id} 中的医院等级", $"a hospital grade of the payment pack {parameters.Identity.Id}"), choices);
    }

    /// <summary>Whether <paramref name="grade"/> (when given) is a quality grade of the policy; otherwise prints the policy's grades and returns false.</summary>
    public static bool CheckQualityGrade(string option, string? grade, RetentionPolicy policy)
    {
        if (grade is null || policy.Grade(grade) is not null) return true;
        var id = policy.Identity?.Id ?? "retention policy";
        OptionChoices.Refuse(option, grade, new LocalizedText($"政策 {id} 中的质量等级", $"a quality grade of the policy {id}"),
            policy.Grades.OrderByDescending(g => g.Rank).Select(g => new OptionChoices.Choice(g.Code, g.Name)).ToArray());
        return false;
    }
}
