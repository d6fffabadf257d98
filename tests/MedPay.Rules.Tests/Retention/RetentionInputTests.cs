using MedPay.Rules.Retention;

namespace MedPay.Rules.Tests.Retention;

/// <summary>Reading year-end inputs from CSV and JSON: the layouts of docs/retention.md §6 and their structured errors.</summary>
public class RetentionInputTests
{
    [Fact]
    public void Csv_hospital_with_departments_groups_and_indicators()
    {
        var totals = RetentionInput.ReadYearEnd(
            "level,id,name,payment,fee_for_item,disallowed,quality_score,indicators\n"
            + "hospital,H1,医院,100,90,,75,inpatient_outpatient_ratio=0.01;grouping_rate=0.93\n"
            + "department,D1,内科,60,50,,,\n"
            + "group,G1,组,40,40,5,,\n", "in.csv", out var issues)!;
        Assert.Empty(issues);
        Assert.Equal((100m, 90m, 75m), (totals.Hospital.Payment, totals.Hospital.FeeForItem, totals.QualityScore));
        Assert.Equal(0.93m, totals.Indicators["grouping_rate"]);
        Assert.Equal(("D1", 5m), (totals.Departments.Single().Id, totals.Groups.Single().Disallowed));
    }

    [Fact]
    public void Csv_errors_have_row_and_column()
    {
        Assert.Null(RetentionInput.ReadYearEnd("level,id,payment,fee_for_item\nhospital,H1,1O0,5\nward,W,1,1\n", "in.csv", out var issues));
        Assert.Contains(issues, i => i.Code == "RETENTION_INPUT_NOT_A_NUMBER" && i.Location!.Row == 2 && i.Location.ColumnName == "payment" && i.Value == "1O0");
        Assert.Contains(issues, i => i.Code == "RETENTION_VALUE_NOT_ALLOWED" && i.Location!.Row == 3 && i.Value == "ward");
        Assert.Null(RetentionInput.ReadYearEnd("level,id,payment\nhospital,H1,1\n", "in.csv", out issues));
        Assert.Contains(issues, i => i.Code == "RETENTION_INPUT_MISSING_COLUMN" && i.Field == "fee_for_item");
        Assert.Null(RetentionInput.ReadYearEnd("level,id,payment,fee_for_item\ndepartment,D,1,1\n", "in.csv", out issues));
        Assert.Equal("RETENTION_INPUT_NO_HOSPITAL", Assert.Single(issues).Code);
    }

    [Fact]
    public void Json_hospital_and_bad_json()
    {
        var totals = RetentionInput.ReadYearEnd("""{"hospital":{"id":"H","payment":100,"fee_for_item":"90.5"},"quality_grade":"excellent","groups":[{"id":"G","payment":1,"fee_for_item":2}]}""", "in.json", out var issues)!;
        Assert.Empty(issues);
        Assert.Equal((90.5m, "excellent", 1), (totals.Hospital.FeeForItem, totals.QualityGrade, totals.Groups.Length));
        Assert.Null(RetentionInput.ReadYearEnd("{\"hospital\":", "in.json", out issues));
        Assert.Equal("RETENTION_INPUT_BAD_JSON", Assert.Single(issues).Code);
        Assert.Null(RetentionInput.ReadYearEnd("""{"hospital":{"id":"H","payment":true}}""", "in.json", out issues));
        Assert.Equal(("RETENTION_INPUT_NOT_A_NUMBER", "hospital.payment"), (Assert.Single(issues).Code, issues[0].Field));
    }

    [Fact]
    public void Csv_alliance_members_take_budget_and_rule_from_defaults()
    {
        var input = RetentionInput.ReadAlliance("id,name,level,cost,revenue,volume,indicators\nT,t,tertiary,10,100,,experts_posted=2\nP,p,primary,5,50,3,\n", "m.csv",
            new MedPay.Rules.Retention.Budgets.AllianceYearEndInput { Budget = 20m, ShareRule = "alliance_60_40" }, out var issues)!;
        Assert.Empty(issues);
        Assert.Equal((20m, "alliance_60_40", 2, 2m), (input.Budget, input.ShareRule, input.Members.Length, input.Members[0].Indicators["experts_posted"]));
    }
}
