using MedPay.Rules.Retention;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// A hospital's year-end report by department and by group under the seed policy, checked by hand and snapshotted (text, with every step).
/// </summary>
public class YearEndReportTests
{
    private static YearEndTotals Totals() => new(new YearEndLine("H1", "示例医院", 20000000m, 18500000m))
    {
        QualityScore = 75m, // 60 ≤ 75 < 90 → qualified (50%)
        Departments =
        [
            new YearEndLine("CARD", "心内科", 12000000m, 10000000m),
            new YearEndLine("ORTH", "骨科", 8000000m, 8500000m),
        ],
        Groups =
        [
            new YearEndLine("FM19", "急性心肌梗死", 3000000m, 2400000m),
            new YearEndLine("FR29", "心律失常", 1000000m, 1250000m),
        ],
    };

    [Fact]
    public void Hospital_departments_and_groups_by_hand()
    {
        var report = HospitalYearEnd.Compute(Seed, Totals());
        var h = report.Hospital!;
        // Hospital: 20,000,000 − 18,500,000 = 1,500,000 surplus; qualified 50% → 750,000.00 retained, 750,000.00 to the fund;
        // staff 50% of 750,000 = 375,000.00.
        Assert.Equal(("qualified", 1500000.00m, 750000.00m, 750000.00m, 375000.00m), (h.Grade, h.Surplus, h.Retained, h.SurplusToFund, h.StaffPool));
        // Cardiology: 12,000,000 − 10,000,000 = 2,000,000 → retained 1,000,000.00; department performance pay 50% × 2,000,000 = 1,000,000.00.
        var card = report.Departments[0];
        Assert.Equal((2000000.00m, 1000000.00m, 1000000.00m), (card.Surplus, card.Retained, card.DepartmentPerformancePay));
        // Orthopaedics: 8,500,000 − 8,000,000 = 500,000 overspend = 6.25% of 8,000,000, inside the 20% band → fund 50% = 250,000.00,
        // hospital 250,000.00; the department bears 30% × 500,000 = 150,000.00.
        var orth = report.Departments[1];
        Assert.Equal((500000.00m, 250000.00m, 250000.00m, 150000.00m), (orth.Overspend, orth.FundBorne, orth.HospitalBorne, orth.DepartmentBorne));
        // Group FR29: 1,250,000 − 1,000,000 = 250,000 overspend = 25%: the first 20% (200,000) × 50% = 100,000.00 by the fund; the
        // 50,000 beyond × 0 → hospital 150,000.00.
        var fr29 = report.Groups[1];
        Assert.Equal((250000.00m, 100000.00m, 150000.00m), (fr29.Overspend, fr29.FundBorne, fr29.HospitalBorne));
        // Departments add up to the hospital; the two groups listed (4,000,000 / 3,650,000) do not, which is a warning, not an error.
        var warning = Assert.Single(report.Issues);
        Assert.Equal(("RETENTION_LINES_DO_NOT_ADD_UP", IssueSeverity.Warning), (warning.Code, warning.Severity));
        // Group FM19: 3,000,000 − 2,400,000 = 600,000 surplus → qualified 50% = 300,000.00 retained, 300,000.00 to the fund.
        var fm19 = report.Groups[0];
        Assert.Equal((600000.00m, 300000.00m, 300000.00m), (fm19.Surplus, fm19.Retained, fm19.SurplusToFund));
    }

    [Fact]
    public void Surplus_tiers_by_size_are_progressive()
    {
        // Tiers by the size of the surplus (as a ratio of the payment): up to 5% kept at 60%, beyond at 30%.
        // Payment 1,000,000, cost 920,000 → surplus 80,000: first 50,000 × 60% = 30,000 + next 30,000 × 30% = 9,000 → 39,000.00.
        var policy = RetentionPolicy.Load(Pack(("surplus_bands.csv", "grade,up_to,rate\n*,0.05,0.6\n*,,0.3\n")));
        var o = HospitalYearEnd.Compute(policy, Hospital(1000000m, 920000m)).Hospital!;
        Assert.Equal((80000.00m, 39000.00m, 41000.00m), (o.Surplus, o.Retained, o.SurplusToFund));
        Assert.Equal(new[] { 30000.00m, 9000.00m }, o.Steps.Where(s => s.Code == "RETAIN_BAND").Select(s => s.Amount));
    }

    [Fact]
    public void Year_end_report_text() => Snapshot.Match(HospitalYearEnd.Compute(Seed, Totals()).ToText());

    [Fact]
    public void Json_has_the_policy_the_hospital_every_department_and_group_and_the_issues()
    {
        var report = HospitalYearEnd.Compute(Seed, Totals());
        using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal((report.Policy!.Id, report.Policy.Version, report.Policy.ContentHash),
            (root.GetProperty("pack").GetProperty("id").GetString(), root.GetProperty("pack").GetProperty("version").GetString(), root.GetProperty("pack").GetProperty("hash").GetString()));
        Assert.Equal("H1", root.GetProperty("hospital").GetProperty("id").GetString());
        Assert.Equal(new[] { "CARD", "ORTH" }, root.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(new[] { "FM19", "FR29" }, root.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(report.Issues.Length, root.GetProperty("issues").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("hospital").GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public void Csv_has_one_row_per_line_with_amounts_to_the_fen()
    {
        var lines = HospitalYearEnd.Compute(Seed, Totals()).ToCsv().TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        Assert.Equal("hospital,H1,示例医院,qualified,20000000.00,20000000.00,18500000.00,1500000.00,750000.00,750000.00,0.00,0.00,0.00,0.00,375000.00,375000.00,,", lines[1]);
        Assert.Equal("department,ORTH,骨科,qualified,8000000.00,8000000.00,8500000.00,0.00,0.00,0.00,500000.00,0.00,250000.00,250000.00,0.00,0.00,0.00,150000.00", lines[3]);
    }
}
