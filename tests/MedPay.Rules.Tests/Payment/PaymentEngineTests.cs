using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// Hand-worked cases, in yuan to the fen. Formulas: payment standard = rate × weight × coefficients (domain-primer §2.2, rehr; rate method,
/// textbook); high-cost outlier when cost &gt; standard × 3 (tertiary) or × 2 (secondary), paid by item (domain-primer §2.4, CHS-DRG
/// specification as quoted by 360doc / jiusong / 中国医院 2024); Zhejiang weight bands 3× / 2× / 1.5× the DRG average cost (§2.4, 中国医院 2024);
/// incomplete stays pro rata, capped at the standard (§2.3, Hangzhou); stays over 60 days by item (§2.4, Chongqing 2025); ungroupable
/// cases by item (§2.6, jiusong). The example pack's numbers are illustrative (rules/drg-payment-example/SOURCES.md): employee rate
/// 10,000.00, resident 9,000.00, grade coefficients 1.05 / 0.95 / 0.85, HC25 weight 1.6500 with average cost 16,500.00.
/// </summary>
public class PaymentEngineTests
{
    [Fact]
    public void Normal_case_is_paid_the_standard()
    {
        // standard = 10,000.00 × 1.6500 × 1.05 = 17,325.00; thresholds 3 × 17,325 = 51,975.00 and 0.4 × 17,325 = 6,930.00;
        // 15,000.00 lies between → normal; fund = 17,325.00 − 3,000.00 = 14,325.00; balance = 17,325.00 − 15,000.00 = 2,325.00.
        var r = Engine.Pay(Case("HC25", 15000m, 3000m));
        Assert.Equal(PaymentStatus.Paid, r.Status);
        Assert.Equal(CostOutlierClass.Normal, r.OutlierClass);
        Assert.Equal(PaymentMethod.DrgStandard, r.Method);
        Assert.Equal(17325.00m, r.Standard);
        Assert.Equal(17325.00m, r.Payment);
        Assert.Equal(14325.00m, r.FundShare);
        Assert.Equal(2325.00m, r.Balance);
    }

    [Fact]
    public void High_cost_case_in_a_tertiary_hospital_is_paid_by_item_above_three_times_the_standard()
    {
        // threshold 3 × 17,325.00 = 51,975.00 (strict >): 52,000.50 > 51,975.00 → high, paid by item 52,000.50;
        // fund = 52,000.50 − 8,000.00 = 44,000.50; balance 0.
        var high = Engine.Pay(Case("HC25", 52000.50m, 8000m));
        Assert.Equal(CostOutlierClass.High, high.OutlierClass);
        Assert.Equal(PaymentMethod.FeeForItem, high.Method);
        Assert.Equal(52000.50m, high.Payment);
        Assert.Equal(44000.50m, high.FundShare);
        Assert.Equal(0m, high.Balance);

        // exactly 51,975.00 is not above the threshold → normal, paid 17,325.00; balance = 17,325.00 − 51,975.00 = −34,650.00.
        var edge = Engine.Pay(Case("HC25", 51975.00m, 8000m));
        Assert.Equal(CostOutlierClass.Normal, edge.OutlierClass);
        Assert.Equal(17325.00m, edge.Payment);
        Assert.Equal(-34650.00m, edge.Balance);
    }

    [Fact]
    public void Secondary_hospital_resident_case_uses_twice_the_standard()
    {
        // standard = 9,000.00 × 1.6500 × 0.95 = 14,107.50; high threshold 2 × 14,107.50 = 28,215.00.
        var normal = Engine.Pay(Case("HC25", 28215.00m, 5000m, grade: "2", fund: InsuredFund.Resident));
        Assert.Equal(14107.50m, normal.Standard);
        Assert.Equal(CostOutlierClass.Normal, normal.OutlierClass);
        Assert.Equal(9107.50m, normal.FundShare); // 14,107.50 − 5,000.00
        var high = Engine.Pay(Case("HC25", 28215.01m, 5000m, grade: "2", fund: InsuredFund.Resident));
        Assert.Equal(CostOutlierClass.High, high.OutlierClass);
        Assert.Equal(28215.01m, high.Payment);
    }

    [Fact]
    public void Low_cost_case_below_the_illustrative_forty_percent_is_paid_by_item()
    {
        // low threshold 0.4 × 17,325.00 = 6,930.00 (strict <): 6,929.99 → low, paid 6,929.99; 6,930.00 → normal, paid 17,325.00.
        var low = Engine.Pay(Case("HC25", 6929.99m, 1000m));
        Assert.Equal(CostOutlierClass.Low, low.OutlierClass);
        Assert.Equal(6929.99m, low.Payment);
        Assert.Equal(5929.99m, low.FundShare);
        var normal = Engine.Pay(Case("HC25", 6930.00m, 1000m));
        Assert.Equal(CostOutlierClass.Normal, normal.OutlierClass);
        Assert.Equal(17325.00m, normal.Payment);
    }

    [Fact]
    public void Add_on_coefficients_multiply_the_standard()
    {
        // CW19 weight 0.7200, grade 3, day surgery 1.10: 10,000.00 × 0.72 × 1.05 × 1.10 = 7,200 × 1.155 = 8,316.00.
        var daySurgery = Example.FindAddOn("day_surgery")!.Bit;
        Assert.Equal(8316.00m, Engine.Pay(Case("CW19", 5000m, addOns: daySurgery)).Standard);
        // BV39 0.4800, resident, grade 2, TCM 1.05: 9,000.00 × 0.48 × 0.95 × 1.05 = 4,320 × 0.9975 = 4,309.20.
        var tcm = Example.FindAddOn("TCM")!.Bit;
        Assert.Equal(4309.20m, Engine.Pay(Case("BV39", 3000m, grade: "2", fund: InsuredFund.Resident, addOns: tcm)).Standard);
    }

    [Fact]
    public void The_standard_is_rounded_half_away_from_zero_to_the_fen()
    {
        // rate 1,000.01 × weight 0.5000 = 500.005 → 500.01 (half away from zero; banker's rounding would give 500.00).
        var engine = EngineOf(Memory(rates: "fund,grade,rate\n*,*,1000.01\n", weights: "drg,weight,average_cost,average_los\nXX19,0.5000,500,3\n"));
        Assert.Equal(500.01m, engine.Pay(Case("XX19", 480m)).Standard);
    }

    [Fact]
    public void Long_stays_ungroupable_cases_and_unpriced_drgs_are_paid_by_item()
    {
        // 61 days > 60 (Chongqing rule in the example pack) → excluded, paid its cost 20,000.00; fund 20,000.00 − 4,000.00 = 16,000.00.
        var excluded = Engine.Pay(Case("HC25", 20000m, 4000m, los: 61));
        Assert.Equal((PaymentStatus.Excluded, PaymentMethod.FeeForItem, 20000m, 16000m), (excluded.Status, excluded.Method, excluded.Payment, excluded.FundShare));
        Assert.Equal(PaymentStatus.Paid, Engine.Pay(Case("HC25", 20000m, 4000m, los: 60)).Status);

        var ungroupable = Engine.Pay(Case("0000", 9000m, 900m));
        Assert.Equal((PaymentStatus.Ungroupable, PaymentMethod.FeeForItem, 9000m, 8100m, false), (ungroupable.Status, ungroupable.Method, ungroupable.Payment, ungroupable.FundShare, ungroupable.SpecialReview));

        var unpriced = Engine.Pay(Case("GQY", 9000m, 900m));
        Assert.Equal((PaymentStatus.NoWeight, 9000m), (unpriced.Status, unpriced.Payment));
        Assert.Same(PaymentIssues.DrgWithoutWeight, unpriced.Problem);
    }

    [Fact]
    public void Special_review_policy_flags_ungroupable_and_special_review_outliers()
    {
        var engine = EngineOf(Memory(parameters: "name,value\nungroupable_payment,special_review\n",
            outliers: "grade,high_multiple,high_payment\n*,3,special_review\n"));
        Assert.True(engine.Pay(Case("0000", 9000m)).SpecialReview);
        // standard 10,000 × 1.65 = 16,500.00 (no grade coefficients → 1); threshold 49,500.00; 50,000.00 → high, by item, under review.
        var high = engine.Pay(Case("HC25", 50000m));
        Assert.Equal((CostOutlierClass.High, PaymentMethod.FeeForItem, 50000m, true), (high.OutlierClass, high.Method, high.Payment, high.SpecialReview));
    }

    [Fact]
    public void Incomplete_stay_is_paid_pro_rata_to_the_average_cost_and_never_above_the_standard()
    {
        // Hangzhou incomplete stay: base × coefficient × (actual ÷ DRG average), ≤ base (domain-primer §2.3); low threshold illustrative 0.4 × average.
        var engine = EngineOf(Memory(coefficients: "kind,key,coefficient\ngrade,3,1.05\n",
            outliers: "grade,low_multiple,low_base,low_payment\n*,0.4,average_cost,pro_rata\n"));
        // standard 17,325.00; low threshold 0.4 × 16,500.00 = 6,600.00; cost 5,000.00 → low;
        // payment = 17,325.00 × 5,000.00 ÷ 16,500.00 = 5,250.00 (17,325 ÷ 16,500 = 1.05).
        var low = engine.Pay(Case("HC25", 5000m));
        Assert.Equal((CostOutlierClass.Low, PaymentMethod.ProRata, 5250.00m), (low.OutlierClass, low.Method, low.Payment));
        // cost 3,333.33: 17,325 × 3,333.33 ÷ 16,500 = 3,499.9965 → 3,500.00.
        Assert.Equal(3500.00m, engine.Pay(Case("HC25", 3333.33m)).Payment);
    }

    [Fact]
    public void Zhejiang_weight_bands_compare_the_cost_with_multiples_of_the_average_cost()
    {
        // Zhejiang / Hangzhou 2020 (domain-primer §2.4): RW ≤ 1: cost ≥ 3 × average; 1 < RW ≤ 3: ≥ 2 ×; RW > 3: ≥ 1.5 ×.
        var engine = EngineOf(Memory(outliers: "grade,weight_min,weight_max,high_multiple,high_base,high_operator\n" +
            "*,,1,3,average_cost,>=\n*,1,3,2,average_cost,>=\n*,3,,1.5,average_cost,>=\n"));
        // HC25 RW 1.65 → band 2: 2 × 16,500.00 = 33,000.00; 33,000.00 ≥ 33,000.00 → high; 32,999.99 → normal.
        Assert.Equal(CostOutlierClass.High, engine.Pay(Case("HC25", 33000m)).OutlierClass);
        Assert.Equal(CostOutlierClass.Normal, engine.Pay(Case("HC25", 32999.99m)).OutlierClass);
        // AH29 RW 9 → band 3: 1.5 × 90,000.00 = 135,000.00.
        Assert.Equal(CostOutlierClass.High, engine.Pay(Case("AH29", 135000m)).OutlierClass);
        Assert.Equal(CostOutlierClass.Normal, engine.Pay(Case("AH29", 134999.99m)).OutlierClass);
        // BV39 RW 0.48 → band 1: 3 × 4,800.00 = 14,400.00.
        Assert.Equal(CostOutlierClass.High, engine.Pay(Case("BV39", 14400m)).OutlierClass);
        Assert.Equal(CostOutlierClass.Normal, engine.Pay(Case("BV39", 14399.99m)).OutlierClass);
    }

    [Fact]
    public void The_most_specific_rate_row_applies()
    {
        var engine = EngineOf(Memory(rates: "fund,grade,rate\nemployee,3,11000\nemployee,*,10000\n*,*,9000\n"));
        Assert.Equal(18150.00m, engine.Pay(Case("HC25", 10000m)).Standard);           // 11,000 × 1.65
        Assert.Equal(16500.00m, engine.Pay(Case("HC25", 10000m, grade: "2")).Standard); // 10,000 × 1.65
        Assert.Equal(14850.00m, engine.Pay(Case("HC25", 10000m, fund: InsuredFund.Resident)).Standard); // 9,000 × 1.65
    }

    [Fact]
    public void Invalid_input_is_a_status_with_a_catalogue_entry()
    {
        Assert.Same(PaymentIssues.BadAmount, Engine.Pay(Case("HC25", 1000m, 1000.01m)).Problem);
        Assert.Same(PaymentIssues.BadAmount, Engine.Pay(Case("HC25", -1m)).Problem);
        Assert.Same(PaymentIssues.BadLengthOfStay, Engine.Pay(Case("HC25", 1000m, los: -1)).Problem);
        Assert.Same(PaymentIssues.UnknownGrade, Engine.Pay(Case("HC25", 1000m, grade: "9")).Problem);
        Assert.Same(PaymentIssues.UnknownAddOn, Engine.Pay(Case("HC25", 1000m, addOns: 1u << 20)).Problem);
        var noResidentRate = EngineOf(Memory(rates: "fund,grade,rate\nemployee,*,10000\n"));
        var r = noResidentRate.Pay(Case("HC25", 1000m, fund: InsuredFund.Resident));
        Assert.Equal((PaymentStatus.InvalidInput, PaymentMethod.None, 0m), (r.Status, r.Method, r.Payment));
        Assert.Same(PaymentIssues.NoRate, r.Problem);
        var explained = noResidentRate.Explain(Case("HC25", 1000m, fund: InsuredFund.Resident));
        Assert.Equal("PAY_CASE_NO_RATE", Assert.Single(explained.Issues).Code);
    }

    [Fact]
    public void A_grouping_result_pays_through_its_drg()
    {
        // examples/cases.csv E03 (F, 45, K80.101 with 51.2300) groups to HC25 under the embedded 2.0 excerpt; paid as the first case above: 17,325.00.
        var grouping = DrgScheme.LoadDefault().CreateGrouper().Group(new DrgCase
        {
            Sex = Sex.Female, AgeYears = 45, AgeDays = 16450, LengthOfStayDays = 4, Discharge = 1, Diagnoses = new[] { "K80.101" }, Procedures = new[] { "51.2300" },
        });
        Assert.Equal("HC25", grouping.DrgCode);
        var r = Engine.Pay(PaymentCase.FromGrouping(grouping, 15000m, 3000m, InsuredFund.Employee, "3", 4));
        Assert.Equal((PaymentStatus.Paid, 17325.00m, 14325.00m), (r.Status, r.Payment, r.FundShare));
    }

    [Fact]
    public void Raising_a_weight_by_ten_percent_raises_the_standard_by_ten_percent()
    {
        // seed-mechanisms P1: payment standard = base payment × the DRG's weight; a region raised one group's weight by 10% after a hospital
        // showed it was under-paid. HC25 (weights.csv row HC25: 1.6500) raised by hand: 1.6500 × 1.1 = 1.8150.
        // Before: 10,000.00 × 1.6500 × 1.05 = 16,500.00 × 1.05 = 17,325.00. After: 10,000.00 × 1.8150 × 1.05 = 18,150.00 × 1.05 = 19,057.50.
        // Ratio 19,057.50 ÷ 17,325.00 = 1.1 exactly (17,325.00 × 1.1 = 17,325.00 + 1,732.50 = 19,057.50).
        var raised = new DrgPaymentEngine(Example.WithWeights(new[] { new DrgWeight("HC25", string.Empty, 1.8150m, 16500m, 7m) }));
        var before = Engine.Pay(Case("HC25", 15000m)).Standard;
        var after = raised.Pay(Case("HC25", 15000m)).Standard;
        Assert.Equal((17325.00m, 19057.50m), (before, after));
        Assert.Equal(1.1m, after / before);
    }

    [Fact]
    public void Batch_payment_equals_case_by_case_payment()
    {
        var cases = new[] { Case("HC25", 15000m), Case("HC25", 60000m), Case("0000", 500m), Case("CW19", 7000m, grade: "1"), Case("HC25", -5m) };
        var results = new CasePayment[cases.Length];
        Engine.PayBatch(cases, results);
        for (var i = 0; i < cases.Length; i++) Assert.Equal(Engine.Pay(cases[i]).ToString(), results[i].ToString());
        Assert.Throws<ArgumentException>(() => Engine.PayBatch(cases, new CasePayment[1]));
    }

    [Fact]
    public void The_batch_path_allocates_nothing_per_case()
    {
        var cases = new[]
        {
            Case("HC25", 15000m), Case("HC25", 60000m), Case("HC25", 100m), Case("0000", 500m), Case("GQY", 500m), Case("CW19", 7000m, grade: "1", addOns: 1),
            Case("HC25", 5000m, los: 70), Case("HC25", -5m), Case("HC25", 10m, grade: "9"), Case("HC25", 10m, addOns: 1u << 30),
        };
        var results = new CasePayment[cases.Length];
        Engine.PayBatch(cases, results); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) Engine.PayBatch(cases, results);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
