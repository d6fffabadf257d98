using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// The year-end JSON inputs use snake_case keys, as every other JSON of the library and the CSV columns do (<c>fee_for_item</c>,
/// <c>quality_grade</c>, <c>share_rule</c>, <c>insurance_quota</c>…); the camelCase keys of earlier versions are still read, each with the warning
/// <c>RETENTION_INPUT_DEPRECATED_KEY</c> naming the new key, so an existing year-end file gives the same figures.
/// </summary>
public class RetentionInputKeyStyleTests
{
    private const string Hospital = """
        {"hospital":{"id":"H","payment":100,"fee_for_item":"90.5"},"quality_grade":"excellent","quality_score":95,
         "groups":[{"id":"G","payment":1,"fee_for_item":2}]}
        """;

    private const string OldHospital = """
        {"hospital":{"id":"H","payment":100,"feeForItem":"90.5"},"qualityGrade":"excellent","qualityScore":95,
         "groups":[{"id":"G","payment":1,"feeForItem":2}]}
        """;

    private const string Alliance = """
        {"budget":1000,"share_rule":"alliance_60_40","quality_grade":"qualified","quality_score":70,
         "members":[{"id":"T","level":"tertiary","cost":500},{"id":"P","level":"primary","cost":300}],
         "referrals":[{"from":"T","to":"P","direction":"down","group_cost":40,"insurance_quota":15}],
         "adverse_events":[{"primary":"P","upper":"T","cause":"referral_guidance","amount":3}]}
        """;

    private const string OldAlliance = """
        {"budget":1000,"shareRule":"alliance_60_40","qualityGrade":"qualified","qualityScore":70,
         "members":[{"id":"T","level":"tertiary","cost":500},{"id":"P","level":"primary","cost":300}],
         "referrals":[{"from":"T","to":"P","direction":"down","groupCost":40,"insuranceQuota":15}],
         "adverseEvents":[{"primary":"P","upper":"T","cause":"referral_guidance","amount":3}]}
        """;

    [Fact]
    public void Snake_case_hospital_keys_are_read_without_warnings()
    {
        var totals = RetentionInput.ReadYearEnd(Hospital, "in.json", out var issues)!;
        Assert.Empty(issues);
        Assert.Equal((100m, 90.5m, "excellent", 95m), (totals.Hospital.Payment, totals.Hospital.FeeForItem, totals.QualityGrade, totals.QualityScore));
        Assert.Equal(2m, Assert.Single(totals.Groups).FeeForItem);
    }

    [Fact]
    public void Old_camel_case_hospital_keys_are_still_read_with_a_warning_naming_the_new_key()
    {
        var totals = RetentionInput.ReadYearEnd(OldHospital, "in.json", out var issues)!;
        Assert.Equal((100m, 90.5m, "excellent", 95m), (totals.Hospital.Payment, totals.Hospital.FeeForItem, totals.QualityGrade, totals.QualityScore));
        Assert.Equal(2m, Assert.Single(totals.Groups).FeeForItem);
        Assert.All(issues, i => Assert.Equal(("RETENTION_INPUT_DEPRECATED_KEY", IssueSeverity.Warning), (i.Code, i.Severity)));
        Assert.Equal(new[] { "hospital.feeForItem", "qualityGrade", "qualityScore", "groups[0].feeForItem" }, issues.Select(i => i.Field));
        var grade = issues.Single(i => i.Field == "qualityGrade");
        Assert.Equal("输入键 qualityGrade 已弃用，请改用 quality_grade（本次仍读取）", grade.Message.Zh);
        Assert.Equal("the input key qualityGrade is deprecated; use quality_grade (still read this time)", grade.Message.En);
        Assert.Contains(issues, i => i.Message.En.Contains("use groups[0].fee_for_item", StringComparison.Ordinal));
    }

    [Fact]
    public void Old_and_new_hospital_files_settle_to_the_same_report()
    {
        var policy = RetentionPolicy.Seed;
        var now = HospitalYearEnd.Compute(policy, RetentionInput.ReadYearEnd(Hospital, "in.json", out _)!).ToCsv();
        var before = HospitalYearEnd.Compute(policy, RetentionInput.ReadYearEnd(OldHospital, "in.json", out _)!).ToCsv();
        Assert.Equal(now, before);
    }

    [Fact]
    public void When_both_keys_are_given_the_new_one_counts_and_the_old_one_is_reported()
    {
        var totals = RetentionInput.ReadYearEnd("""{"hospital":{"id":"H","payment":100,"fee_for_item":80,"feeForItem":90}}""", "in.json", out var issues)!;
        Assert.Equal(80m, totals.Hospital.FeeForItem);
        Assert.Equal(("RETENTION_INPUT_DEPRECATED_KEY", "hospital.feeForItem"), (Assert.Single(issues).Code, issues[0].Field));
    }

    [Fact]
    public void Snake_case_alliance_keys_are_read_and_old_ones_still_are_with_warnings()
    {
        var input = RetentionInput.ReadAlliance(Alliance, "a.json", new AllianceYearEndInput(), out var issues)!;
        Assert.Empty(issues);
        var old = RetentionInput.ReadAlliance(OldAlliance, "a.json", new AllianceYearEndInput(), out var oldIssues)!;
        foreach (var i in new[] { input, old })
        {
            Assert.Equal(("alliance_60_40", "qualified", 70m), (i.ShareRule, i.QualityGrade, i.QualityScore));
            var referral = Assert.Single(i.Referrals);
            Assert.Equal((40m, 15m), (referral.GroupCost, referral.InsuranceQuota));
            Assert.Equal(3m, Assert.Single(i.AdverseEvents).Amount);
        }

        Assert.Equal(new[] { "referrals[0].groupCost", "referrals[0].insuranceQuota", "adverseEvents", "shareRule", "qualityGrade", "qualityScore" },
            oldIssues.Select(x => x.Field));
        Assert.All(oldIssues, x => Assert.Equal("RETENTION_INPUT_DEPRECATED_KEY", x.Code));
    }

    [Fact]
    public void Reports_write_snake_case_keys_and_the_policy_as_a_pack()
    {
        using var hospital = System.Text.Json.JsonDocument.Parse(HospitalYearEnd.Compute(RetentionPolicy.Seed, RetentionInput.ReadYearEnd(Hospital, "in.json", out _)!).ToJson());
        var pack = hospital.RootElement.GetProperty("pack");
        Assert.Equal((RetentionPolicy.Seed.Identity!.Id, RetentionPolicy.Seed.Identity.ContentHash), (pack.GetProperty("id").GetString(), pack.GetProperty("hash").GetString()));
        Assert.False(hospital.RootElement.TryGetProperty("policy", out _));
        // 100 − 90.5 = 9.5 surplus.
        Assert.Equal(90.50m, hospital.RootElement.GetProperty("hospital").GetProperty("fee_for_item").GetDecimal());
        Assert.True(hospital.RootElement.GetProperty("hospital").TryGetProperty("surplus_to_fund", out _));

        using var alliance = System.Text.Json.JsonDocument.Parse(AllianceYearEnd.Compute(RetentionPolicy.Seed, RetentionInput.ReadAlliance(Alliance, "a.json", new AllianceYearEndInput(), out _)!).ToJson());
        Assert.True(alliance.RootElement.TryGetProperty("risk_fund_net", out _));
        Assert.True(alliance.RootElement.GetProperty("members")[0].TryGetProperty("referral_in", out _));
    }
}
