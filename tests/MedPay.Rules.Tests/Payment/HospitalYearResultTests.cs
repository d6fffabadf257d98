using MedPay.Rules.Payment;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// Year-end hospital result, hand-worked on the example pack (illustrative numbers; formulas as in <see cref="PaymentEngineTests"/>):
/// surplus or overspend = DRG payment total − fee-for-item total (Σ cost), the input of balance retention (domain-primer §4).
/// </summary>
public class HospitalYearResultTests
{
    internal static readonly PaymentCase[] Year =
    {
        // H-A, tertiary, employee.
        Case("HC25", 15000m, 3000m, hospital: "H-A", department: "普外科"),    // 10,000 × 1.65 × 1.05 = 17,325.00, normal; fund 14,325.00
        Case("HC25", 52000.50m, 8000m, hospital: "H-A", department: "普外科"), // > 51,975.00 → by item 52,000.50; fund 44,000.50
        Case("FV25", 7000m, 1400m, hospital: "H-A", department: "心内科"),     // 10,000 × 0.59 × 1.05 = 6,195.00 (thresholds 18,585 / 2,478), normal; fund 4,795.00
        Case("0000", 3000m, 600m, hospital: "H-A", department: "心内科"),      // ungroupable → by item 3,000.00; fund 2,400.00
        // H-B, secondary, resident.
        Case("HC25", 20000m, 4000m, grade: "2", fund: InsuredFund.Resident, hospital: "H-B", department: "普外科"), // 9,000 × 1.65 × 0.95 = 14,107.50, normal
        Case("HC25", 100m, 200m, grade: "2", fund: InsuredFund.Resident, hospital: "H-B", department: "普外科"),    // personal > cost → invalid
    };

    internal static CasePayment[] PayAll(DrgPaymentEngine engine, PaymentCase[] cases) => cases.Select(c => engine.Pay(c)).ToArray();

    [Fact]
    public void Surplus_and_overspend_by_hospital_department_and_drg()
    {
        var results = HospitalYearResult.Compute(Year, PayAll(Engine, Year), Example.Policy);
        Assert.Equal(new[] { "H-A", "H-B" }, results.Select(r => r.Hospital));
        var a = results[0];
        // DRG = 17,325.00 + 52,000.50 + 6,195.00 + 3,000.00 = 78,520.50; by item = 15,000 + 52,000.50 + 7,000 + 3,000 = 77,000.50; surplus 1,520.00.
        Assert.Equal((4, 78520.50m, 77000.50m, 1520.00m, true), (a.Cases, a.DrgPaymentTotal, a.FeeForItemTotal, a.Balance, a.IsSurplus));
        Assert.Equal(65520.50m, a.FundShareTotal); // 14,325.00 + 44,000.50 + 4,795.00 + 2,400.00
        // 心内科: 6,195 + 3,000 = 9,195.00 vs 10,000.00 → −805.00; 普外科: 69,325.50 vs 67,000.50 → +2,325.00 (ordinal order of the names).
        Assert.Equal(new[] { ("心内科", -805.00m), ("普外科", 2325.00m) }.OrderBy(x => x.Item1, StringComparer.Ordinal), a.ByDepartment.Select(l => (l.Key, l.Balance)));
        Assert.Equal(new[] { ("0000", 0m), ("FV25", -805.00m), ("HC25", 2325.00m) }, a.ByDrg.Select(l => (l.Key, l.Balance)));
        // ⌊0.05 × 4⌋ = 0 allowed, none requested.
        Assert.Equal((0, 0), (a.SpecialReviewCases, a.SpecialReviewCap!.Value));
        Assert.Empty(a.Issues);

        var b = results[1];
        // 14,107.50 − 20,000.00 = −5,892.50: overspend; the invalid case is counted apart.
        Assert.Equal((1, 1, -5892.50m, true), (b.Cases, b.InvalidCases, b.Balance, b.IsOverspend));
    }

    [Fact]
    public void Special_review_beyond_the_cap_is_reported()
    {
        // Cap 5% of discharges (NHSA 2.0 press conference, domain-primer §2.5): ⌊0.05 × 20⌋ = 1 allowed; ⌊0.05 × 10⌋ = 0.
        var engine = EngineOf(Memory(parameters: "name,value\nungroupable_payment,special_review\nspecial_review_cap,0.05\n"));
        PaymentCase[] Cases(int n) => Enumerable.Range(0, n).Select(i => Case(i == 0 ? "0000" : "HC25", 10000m, hospital: "H")).ToArray();
        var twenty = Cases(20);
        var within = HospitalYearResult.Compute(twenty, PayAll(engine, twenty), engine.Parameters.Policy).Single();
        Assert.Equal((1, 1), (within.SpecialReviewCases, within.SpecialReviewCap!.Value));
        Assert.Empty(within.Issues);
        var ten = Cases(10);
        var over = HospitalYearResult.Compute(ten, PayAll(engine, ten), engine.Parameters.Policy).Single();
        Assert.Equal("PAY_YEAR_SPECIAL_REVIEW_OVER_CAP", Assert.Single(over.Issues).Code);
    }

    [Fact]
    public void Simulation_compares_candidate_parameters()
    {
        var valid = Year.Where(c => c.PersonalPayment <= c.TotalCost).ToArray();
        var current = PaymentSimulation.Run(Example, valid);
        // A candidate with every rate 10% higher: employee 11,000, resident 9,900.
        var candidate = Example.WithRates(new[] { new BaseRate(InsuredFund.Employee, "*", 11000m), new BaseRate(InsuredFund.Resident, "*", 9900m) });
        Assert.EndsWith("+candidate", candidate.Identity.Version);
        var raised = PaymentSimulation.Run(candidate, valid);
        // H-A: HC25 11,000 × 1.65 × 1.05 = 19,057.50 (51,975 → 57,172.50 threshold: 52,000.50 is now normal!), FV25 11,000 × 0.59 × 1.05 = 6,814.50:
        // 19,057.50 + 19,057.50 + 6,814.50 + 3,000.00 = 47,929.50.
        Assert.Equal(78520.50m, current.Hospitals[0].DrgPaymentTotal);
        Assert.Equal(47929.50m, raised.Hospitals[0].DrgPaymentTotal);
        // H-B: 9,900 × 1.65 × 0.95 = 15,518.25.
        Assert.Equal(15518.25m, raised.Hospitals[1].DrgPaymentTotal);
        // Total: 47,929.50 + 15,518.25 = 63,447.75.
        Assert.Equal(63447.75m, raised.TotalPayment);
        // Cost does not depend on the parameters: the five valid cases cost 15,000.00 + 52,000.50 + 7,000.00 + 3,000.00 + 20,000.00 = 97,000.50.
        Assert.Equal((97000.50m, 97000.50m), (current.TotalCost, raised.TotalCost));
    }
}
