using MedPay.Rules.Payment;
using MedPay.Rules.Retention;
using MedPay.Rules.Tests.Payment;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Retention;

/// <summary>The payment side's year-end result feeds the retention computation unchanged (issue 5 item 5 → issue 7 item 2).</summary>
public class PaymentBridgeTests
{
    [Fact]
    public void A_hospitals_DRG_year_result_becomes_the_retention_input_line_by_line()
    {
        // Hospital H-A of HospitalYearResultTests, hand-worked there: DRG 78,520.50 vs by item 77,000.50 (surplus 1,520.00);
        // 心内科 9,195.00 vs 10,000.00; 普外科 69,325.50 vs 67,000.50; DRGs 0000 3,000/3,000, FV25 6,195/7,000, HC25 69,325.50/67,000.50.
        var year = HospitalYearResult.Compute(HospitalYearResultTests.Year, HospitalYearResultTests.PayAll(Engine, HospitalYearResultTests.Year), Example.Policy)[0];
        var totals = YearEndTotals.FromPayment(year, qualityGrade: "excellent");

        Assert.Equal(new YearEndLine("H-A", "H-A", 78520.50m, 77000.50m), totals.Hospital);
        Assert.Equal("excellent", totals.QualityGrade);
        Assert.Equal(new[] { ("心内科", 9195.00m, 10000.00m), ("普外科", 69325.50m, 67000.50m) },
            totals.Departments.Select(l => (l.Id, l.Payment, l.FeeForItem)));
        Assert.Equal(new[] { ("0000", 3000.00m, 3000.00m), ("FV25", 6195.00m, 7000.00m), ("HC25", 69325.50m, 67000.50m) },
            totals.Groups.Select(l => (l.Id, l.Payment, l.FeeForItem)));

        // The retention side then settles the same surplus: 78,520.50 − 77,000.50 = 1,520.00; excellent keeps 70% (P4) = 1,064.00, the fund
        // 1,520.00 − 1,064.00 = 456.00; staff 50% of 1,064.00 = 532.00 (P0, P4).
        var outcome = HospitalYearEnd.Compute(RetentionPolicy.Seed, totals).Hospital!;
        Assert.Equal((78520.50m, 1520.00m, 1064.00m, 456.00m, 532.00m), (outcome.Payment, outcome.Surplus, outcome.Retained, outcome.SurplusToFund, outcome.StaffPool));
    }
}
