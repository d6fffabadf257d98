using System.Collections.Immutable;
using MedPay.Rules.Dip;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Hostile;

/// <summary>
/// Hostile values through the library's entry points (issue 14): decimal overflow in money totals, lone surrogate escapes in JSON, amounts
/// that cannot be read, duplicate hospital lines, impossible DIP amounts, a default grouping result — each a structured answer, never an
/// unhandled exception and never a silent loss.
/// </summary>
public class HostileInputTests
{
    // decimal.MaxValue is 79,228,162,514,264,337,593,543,950,335 ≈ 7.9 × 10^28: two costs of 5 × 10^28 add up past it.
    private const decimal Huge = 50_000_000_000_000_000_000_000_000_000m;

    private static readonly PaymentParameters Parameters = PaymentParameters.LoadDefault();
    private static readonly SettlementRuleCatalogue Catalogue = SettlementRuleCatalogue.LoadDefault();

    private static PaymentCase Case(decimal cost, string hospital = "H") => new()
    {
        Id = "c", DrgCode = "AH19", GroupingStatus = DrgGroupingStatus.Grouped, TotalCost = cost, PersonalPayment = 0m, Fund = InsuredFund.Employee,
        Grade = "3", LengthOfStay = 4, Hospital = hospital,
    };

    [Fact]
    public void Two_huge_costs_in_one_hospital_are_an_overflow_issue()
    {
        var engine = new DrgPaymentEngine(Parameters);
        var cases = new[] { Case(Huge), Case(Huge), Case(1000m, "other") };
        var payments = cases.Select(c => engine.Pay(c)).ToArray();
        var results = HospitalYearResult.Compute(cases, payments);
        var h = results.Single(r => r.Hospital == "H");
        Assert.Equal("PAY_AMOUNT_OVERFLOW", Assert.Single(h.Issues).Code);
        Assert.Equal(IssueSeverity.Error, h.Issues[0].Severity);
        Assert.Empty(results.Single(r => r.Hospital == "other").Issues); // the other hospital is summed as usual
    }

    [Fact]
    public void A_calibration_whose_costs_overflow_is_an_issue()
    {
        var calibration = WeightCalibration.Compute(new[] { new HistoricalCase("AH19", Huge), new HistoricalCase("AH19", Huge) });
        Assert.Equal("PAY_AMOUNT_OVERFLOW", Assert.Single(calibration.Issues).Code);
        Assert.Empty(calibration.Weights);
        Assert.Empty(WeightCalibration.Compute(new[] { new HistoricalCase("AH19", 100m) }).Issues);
    }

    [Fact]
    public void A_fen_allocation_beyond_decimal_range_is_an_argument_error()
    {
        // 7 × 10^27 yuan × 100 = 7 × 10^29 fen, past decimal.MaxValue ≈ 7.9 × 10^28.
        Assert.Throws<ArgumentOutOfRangeException>(() => FenAllocation.Allocate(7_000_000_000_000_000_000_000_000_000m, new[] { 1m, 2m }));
        Assert.Equal(new[] { 0.33m, 0.67m }, FenAllocation.Allocate(1m, new[] { 1m, 2m })); // 100 fen × 1/3 = 33.3 → 33, × 2/3 = 66.7 → 66; the spare fen goes to the larger remainder (the second)
    }

    [Fact]
    public void An_alliance_budget_near_decimal_max_is_an_overflow_issue()
    {
        var input = new AllianceYearEndInput
        {
            Budget = decimal.MaxValue, ShareRule = "alliance_30_40_30", QualityGrade = "qualified",
            Members = [Member("T", "tertiary", cost: Huge, revenue: Huge), Member("S", "secondary", cost: Huge), Member("P", "primary", cost: 1m, volume: Huge)],
        };
        var report = AllianceYearEnd.Compute(Seed, input);
        Assert.Null(report.Alliance);
        Assert.Contains(report.Issues, i => i.Code == "RETENTION_AMOUNT_OVERFLOW");
    }

    [Fact]
    public void A_hospital_year_end_near_decimal_max_is_an_overflow_issue()
    {
        var totals = new YearEndTotals(new YearEndLine("H", "H", decimal.MaxValue, 1m))
        {
            QualityGrade = "qualified",
            Departments = [new YearEndLine("D1", "D1", Huge, 0m), new YearEndLine("D2", "D2", Huge, 0m)],
        };
        var report = HospitalYearEnd.Compute(Seed, totals);
        Assert.Null(report.Hospital);
        Assert.Contains(report.Issues, i => i.Code == "RETENTION_AMOUNT_OVERFLOW");
    }

    private const string LoneSurrogate = "\"\\ud800\"";

    [Fact]
    public void A_lone_surrogate_in_a_settlement_list_is_invalid_json()
    {
        var read = SettlementJson.Read("{\"setlinfo\":{\"psn_name\":" + LoneSurrogate + "}}");
        Assert.Empty(read.Lists);
        Assert.Equal("SETTLEMENT_JSON_INVALID", Assert.Single(read.Issues).Code);
        Assert.Equal(1, read.Unreadable);
        var key = SettlementJson.Read("{" + LoneSurrogate + ":1}");
        Assert.Equal("SETTLEMENT_JSON_INVALID", Assert.Single(key.Issues).Code);
    }

    [Fact]
    public void A_lone_surrogate_in_retention_input_is_bad_json()
    {
        Assert.Null(RetentionInput.ReadYearEnd("{\"hospital\":{\"id\":" + LoneSurrogate + ",\"payment\":1,\"fee_for_item\":1}}", "in.json", out var issues));
        Assert.Equal("RETENTION_INPUT_BAD_JSON", Assert.Single(issues).Code);
        Assert.Null(RetentionInput.ReadAlliance("{\"members\":[{\"id\":" + LoneSurrogate + "}]}", "in.json", new AllianceYearEndInput(), out var alliance));
        Assert.Equal("RETENTION_INPUT_BAD_JSON", Assert.Single(alliance).Code);
    }

    [Fact]
    public void A_lone_surrogate_in_a_pack_manifest_is_a_bad_manifest()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string> { ["pack.json"] = "{\"id\":" + LoneSurrogate + "}" }, "fallback");
        Assert.Equal("PACK_BAD_MANIFEST", Assert.Single(pack.Issues).Code);
        Assert.Equal("fallback", pack.Id);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1e400")]
    [InlineData("12.5.3")]
    public void An_amount_that_cannot_be_read_is_a_finding_not_clean(string value)
    {
        var list = SettlementJson.Read("{\"setlinfo\":{\"psn_selfpay\":\"" + value + "\"}}").Lists.Single();
        var report = new SettlementValidator(Catalogue).Validate(list);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "FM-08");
        Assert.Equal("setlinfo.psn_selfpay", finding.Path);
        Assert.Equal(IssueSeverity.Error, finding.Severity);
    }

    [Fact]
    public void An_amount_of_five_thousand_digits_is_a_finding()
    {
        var list = SettlementJson.Read("{\"setlinfo\":{\"psn_selfpay\":" + new string('9', 5000) + "}}").Lists.Single();
        var report = new SettlementValidator(Catalogue).Validate(list);
        Assert.Contains(report.Findings, f => f.RuleId == "FM-08" && f.Path == "setlinfo.psn_selfpay");
    }

    [Fact]
    public void A_json_lines_file_with_an_unreadable_line_does_not_report_zero_rejected()
    {
        // Two clean lists around a line that is not JSON: before, the report read "2 list(s), 0 rejected" — the line was lost silently.
        var clean = SettlementJson.Write(MedPay.Rules.Tests.Settlement.SettlementSamples.Clean());
        var read = SettlementJson.Read(clean + "\n{not json\n" + clean + "\n", "in.jsonl");
        Assert.Equal(2, read.Lists.Length);
        Assert.Equal(1, read.Unreadable);
        var report = new SettlementValidator(Catalogue).ValidateAll(read, audit: false); // no audit: the two copies would be duplicate submissions
        Assert.Equal(1, report.UnreadableLists);
        Assert.Equal(1, report.RejectedLists); // the clean lists pass; the unreadable line counts as rejected
        Assert.True(report.HasRejections);
        Assert.Contains("2 list(s), 1 rejected (1 unreadable, not validated", SettlementReportWriter.ToText(report));
        Assert.Contains("\"unreadable_lists\": 1", SettlementReportWriter.ToJson(report));
        Assert.Equal(0, new SettlementValidator(Catalogue).ValidateAll(read.Lists, audit: false).RejectedLists); // the list-only overload cannot know
    }

    [Fact]
    public void A_second_hospital_row_in_a_retention_input_is_an_error()
    {
        const string csv = "level,id,name,payment,fee_for_item\nhospital,H1,甲,100,90\nhospital,H2,乙,200,190\n";
        Assert.Null(RetentionInput.ReadYearEnd(csv, "in.csv", out var issues));
        var issue = Assert.Single(issues);
        Assert.Equal("RETENTION_INPUT_DUPLICATE_HOSPITAL", issue.Code);
        Assert.Equal(3, issue.Location!.Row);
        Assert.Null(RetentionInput.ReadYearEnd("{\"hospital\":{\"id\":\"H1\",\"payment\":1,\"fee_for_item\":1},\"hospital\":{\"id\":\"H2\",\"payment\":2,\"fee_for_item\":2}}", "in.json", out var json));
        Assert.Equal("RETENTION_INPUT_DUPLICATE_HOSPITAL", Assert.Single(json).Code);
    }

    [Fact]
    public void Dip_cases_with_negative_or_impossible_amounts_are_reported()
    {
        const string csv = "id,diagnoses,total_cost,personal_payment\n"
            + "1,K35.800,-100000000000000000000000000,\n"   // −10^26 cost
            + "2,K35.800,1000,-500\n"                      // a negative personal payment would lift the fund share above the payment
            + "3,K35.800,1000,1500\n"                      // personal payment above the cost
            + "4,K35.800,1000,200\n";                      // fine
        var cases = DipCaseFile.Read(csv, "cases.csv", out var issues);
        Assert.Equal(new[] { "DIP_CASE_NEGATIVE_COST", "DIP_CASE_NEGATIVE_PERSONAL_PAYMENT", "DIP_CASE_PERSONAL_ABOVE_COST" }, issues.Select(i => i.Code));
        Assert.Equal(new int?[] { 2, 3, 4 }, issues.Select(i => i.Location?.Row));
        Assert.Null(cases[0].TotalCost);
        Assert.Null(cases[1].PersonalPayment);
        Assert.Equal(1500m, cases[2].PersonalPayment);
        Assert.Equal(200m, cases[3].PersonalPayment);
    }

    [Fact]
    public void A_default_grouping_result_is_not_grouped()
    {
        var result = default(DrgResult);
        Assert.False(result.IsGrouped);
        Assert.Equal(DrgGroupingStatus.InvalidInput, result.Status);
        Assert.Equal(DrgResult.UngroupableCode, result.DrgCode);
        Assert.Empty(result.Issues);
    }
}
