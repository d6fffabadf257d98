using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Payment;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// <see cref="HospitalYearTotals"/>, the year-end sums fed case by case: equal to a plain reference (group the cases by hospital,
/// department and DRG and add them up), whatever the mix of hospitals and the order; the special-review cap and the overflow finding
/// per hospital as <see cref="HospitalYearResult.Compute"/> states them.
/// </summary>
public class HospitalYearTotalsTests
{
    private static readonly string[] Hospitals = { "H-A", "H-B", "", "医院甲" };
    private static readonly string[] Departments = { "普外科", "心内科", "", "ICU" };
    private static readonly string[] Drgs = { "HC25", "FV25", "0000", "AH19", "ZZ99" };

    private static Gen<PaymentCase[]> Year =>
        Gen.ListOf(
            from hospital in Gen.Elements(Hospitals)
            from department in Gen.Elements(Departments)
            from drg in Gen.Elements(Drgs)
            from cost in Gen.Choose(0, 400_000)
            from personal in Gen.Choose(0, 30_000)
            select Case(drg, cost / 100m * 7, personal, hospital: hospital, department: department)).Select(l => l.ToArray());

    private static string Line(HospitalYearLine l) => $"{l.Key}:{l.Cases}:{l.DrgPaymentTotal}:{l.FeeForItemTotal}:{l.FundShareTotal}";

    private static string Describe(HospitalYearResult h) =>
        $"{h.Hospital} {h.Cases}/{h.InvalidCases} {h.DrgPaymentTotal} {h.FeeForItemTotal} {h.FundShareTotal} {h.SpecialReviewCases}/{h.SpecialReviewCap} " +
        $"[{string.Join(" ", h.ByDepartment.Select(Line))}] [{string.Join(" ", h.ByDrg.Select(Line))}] {string.Join(" ", h.Issues.Select(i => i.Code + ":" + i.Message.En))}";

    /// <summary>The reference: the year as a query over all the cases at once.</summary>
    private static IEnumerable<string> Reference(PaymentCase[] cases, CasePayment[] payments)
    {
        var rows = cases.Select((c, i) => (Case: c, Payment: payments[i])).ToList();
        string HospitalOf(PaymentCase c) => string.IsNullOrEmpty(c.Hospital) ? "-" : c.Hospital!;
        foreach (var hospital in rows.GroupBy(r => HospitalOf(r.Case)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var valid = hospital.Where(r => r.Payment.Status != PaymentStatus.InvalidInput).ToList();
            string Lines(Func<PaymentCase, string> key) => string.Join(" ", valid.GroupBy(r => key(r.Case)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}:{g.Count()}:{g.Sum(r => r.Payment.Payment)}:{g.Sum(r => r.Case.TotalCost)}:{g.Sum(r => r.Payment.FundShare)}"));
            var review = valid.Count(r => r.Payment.SpecialReview);
            var cap = (int)Math.Floor(0.05m * valid.Count); // special_review_cap 0.05 of the example pack
            yield return $"{hospital.Key} {valid.Count}/{hospital.Count() - valid.Count} {valid.Sum(r => r.Payment.Payment)} {valid.Sum(r => r.Case.TotalCost)} " +
                $"{valid.Sum(r => r.Payment.FundShare)} {review}/{cap} [{Lines(c => string.IsNullOrEmpty(c.Department) ? "-" : c.Department!)}] " +
                $"[{Lines(c => c.HasDrg ? c.DrgCode : "0000")}] " +
                (review > cap ? $"PAY_YEAR_SPECIAL_REVIEW_OVER_CAP:{HospitalYearResult.Compute(hospital.Select(r => r.Case).ToArray(), hospital.Select(r => r.Payment).ToArray(), Example.Policy)[0].Issues[0].Message.En}" : string.Empty);
        }
    }

    [Property(MaxTest = 150)]
    public Property Fed_case_by_case_the_year_equals_the_sums_over_all_cases() =>
        Prop.ForAll(Arb.From(Year), cases =>
        {
            var payments = cases.Select(c => Engine.Pay(c)).ToArray();
            var totals = new HospitalYearTotals(Example.Policy);
            for (var i = 0; i < cases.Length; i++) totals.Add(cases[i], payments[i]);
            Assert.Equal(cases.Length, totals.CasesAdded);
            var fed = totals.ToResults();
            Assert.Equal(Reference(cases, payments), fed.Select(Describe));
            Assert.Equal(fed.Select(Describe), HospitalYearResult.Compute(cases, payments, Example.Policy).Select(Describe));
        });

    [Fact]
    public void The_worked_year_is_the_same_fed_case_by_case()
    {
        // HospitalYearResultTests.Year, worked by hand there: H-A 4 cases, DRG 78,520.50 vs by item 77,000.50; H-B 1 case and 1 invalid.
        var cases = HospitalYearResultTests.Year;
        var payments = HospitalYearResultTests.PayAll(Engine, cases);
        var totals = new HospitalYearTotals(Example.Policy);
        for (var i = 0; i < cases.Length; i++) totals.Add(cases[i], payments[i]);
        var results = totals.ToResults();
        Assert.Equal((4, 78520.50m, 77000.50m), (results[0].Cases, results[0].DrgPaymentTotal, results[0].FeeForItemTotal));
        Assert.Equal((1, 1, -5892.50m), (results[1].Cases, results[1].InvalidCases, results[1].Balance));
    }

    [Fact]
    public void A_hospital_whose_sums_leave_decimal_range_is_reported_alone_with_zero_totals()
    {
        // Two by-item cases of 6 × 10^28 yuan each (by item: above the high threshold of HC25) sum to 1.2 × 10^29 > decimal.MaxValue ≈ 7.9 × 10^28.
        var huge = 60_000_000_000_000_000_000_000_000_000m;
        var cases = new[]
        {
            Case("HC25", 15000m, hospital: "H-A"), Case("HC25", huge, hospital: "H-X"), Case("HC25", 15000m, hospital: "H-B"), Case("HC25", huge, hospital: "H-X"),
        };
        var payments = cases.Select(c => Engine.Pay(c)).ToArray();
        var totals = new HospitalYearTotals(Example.Policy);
        for (var i = 0; i < cases.Length; i++) totals.Add(cases[i], payments[i]);
        var results = totals.ToResults();
        Assert.Equal(new[] { "H-A", "H-B", "H-X" }, results.Select(r => r.Hospital));
        var x = results[2];
        Assert.Equal("PAY_AMOUNT_OVERFLOW", Assert.Single(x.Issues).Code);
        Assert.Equal((2, 0m, 0m, 0m), (x.Cases + x.InvalidCases, x.DrgPaymentTotal, x.FeeForItemTotal, x.FundShareTotal));
        Assert.Empty(x.ByDepartment);
        Assert.Equal(17325.00m, results[0].DrgPaymentTotal); // 10,000 × 1.65 × 1.05, as in HospitalYearResultTests
        Assert.Equal(results.Select(Describe), HospitalYearResult.Compute(cases, payments, Example.Policy).Select(Describe));
    }
}
