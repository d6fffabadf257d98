using MedPay.Rules.Dip;

namespace MedPay.Rules.Tests.Dip;

/// <summary>The batch entry point of <c>medpay dip</c>: CSV of cases in, group/score/payment out as CSV or JSON.</summary>
public class DipRunTests
{
    private const string Cases =
        "id,hospital_id,hospital_grade,fund,age_years,age_days,los_days,discharge,diagnoses,procedures,total_cost,personal_payment\n"
        + "1,H1,3,employee,45,,7,1,K80.100,51.2300,12000,3000\n"
        + "2,H1,2,居民,45,,7,1,K80.100|E87.100,51.2300,4800,\n"
        + "3,H2,1,,,,,,R50.900,,abc,\n";

    [Fact]
    public void Csv_in_csv_and_json_out()
    {
        var run = DipRun.Execute(DipCatalogue.Example, Cases, "cases.csv", new DipPointPrices(10.5m));

        // row 3: total_cost "abc" is an issue at line 4, column total_cost; the case is still evaluated (no group: R50.9).
        var issue = Assert.Single(run.Issues);
        Assert.Equal("DIP_INPUT_BAD_NUMBER", issue.Code);
        Assert.Equal(4, issue.Location!.Row);
        Assert.Equal("total_cost", issue.Location.ColumnName);

        var lines = run.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", DipRun.OutputColumns), lines[0]);
        // case 1 as worked in DipScoringTests.Normal_case_at_a_tertiary_hospital: 1180 points, 12390.00 yuan, fund share 9390.00.
        Assert.Equal("1,H1,grouped,K80.1-01,胆囊结石伴胆囊炎：腹腔镜胆囊切除术,core,surgical,,1,1180,1.00,12500,0.96,normal,false,1180.00,10.5,12390.00,9390.00", lines[1]);
        // case 2: E87 is on the moderate list and LOS 7 > 3 → II 1.12; grade 2 mean 10000, subtype reference 10000 × 1.12 = 11200,
        // r = 4800 / 11200 = 0.428571 < 0.5 → low 1180 × 1.12 × (4800/11200) × 0.90 = 1180 × 0.48 × 0.90 = 509.76;
        // payment 509.76 × 10.5 = 5352.48.
        Assert.StartsWith("2,H1,grouped,K80.1-01,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",II,1.12,1180,0.90,11200.00,0.428571,low,false,509.7600,10.5,5352.48,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("3,H2,no_group,", lines[3], StringComparison.Ordinal);

        var json = run.ToJson();
        Assert.Contains("\"group\": \"K80.1-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"dip-example\"", json, StringComparison.Ordinal);
        // Amounts are JSON numbers with the CSV's digits: payment 5352.48 (worked above), point value 10.5.
        Assert.Contains("\"payment\": 5352.48,", json, StringComparison.Ordinal);
        Assert.Contains("\"point_value\": 10.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"special_review\": false,", json, StringComparison.Ordinal);
        Assert.Contains("DIP_INPUT_BAD_NUMBER", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_diagnoses_column_is_an_issue_not_an_exception()
    {
        var run = DipRun.Execute(DipCatalogue.Example, "id,procedures\n1,51.2300\n");
        Assert.Empty(run.Cases);
        Assert.Equal("DIP_INPUT_MISSING_COLUMN", Assert.Single(run.Issues).Code);
    }
}

public class DipRunYearEndTests
{
    [Fact]
    public void A_run_settles_the_year_and_renders_the_hospital_rows()
    {
        // Two cases of DipRunTests: H1 employee 1180 points (case 1). Case 2 is resident and has no budget here; case 3 is not grouped (0 points).
        // Employee budget 11800 ÷ 1 = 11800.00 over 1180 points → point value 10; H1 = 11800.00, fund share 11800 − 3000 = 8800.00.
        const string cases = "id,hospital_id,hospital_grade,fund,diagnoses,procedures,total_cost,personal_payment\n"
            + "1,H1,3,employee,K80.100,51.2300,12000,3000\n2,H1,2,resident,K80.100,51.2300,4800,\n";
        var run = DipRun.Execute(DipCatalogue.Example, cases);
        var report = run.SettleYear(DipPointValueMethod.Floating, System.Collections.Immutable.ImmutableArray.Create(new DipFundBudget { Fund = DipFund.Employee, FundAvailable = 11800m }));
        Assert.Equal(10m, report.Funds.Single().PointValue);
        Assert.Equal(("dip-example", "2026.1-example"), (report.Pack!.Id, report.Pack.Version)); // rules/dip-example/pack.json
        Assert.Equal("DIP_YEAR_NO_BUDGET", Assert.Single(report.Issues).Code);
        var csv = report.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fund,hospital_id,case_count,total_score,payment,personal_payments,fund_share,point_value,personal_above_payment", csv[0]);
        Assert.Equal("employee,H1,1,1180.00,11800.00,3000.00,8800.00,10,0.00", csv[1]);
    }
}
