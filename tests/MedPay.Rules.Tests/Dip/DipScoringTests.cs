using MedPay.Rules.Dip;
using static MedPay.Rules.Tests.Dip.DipCases;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// Hand-worked case scores and payments on the example catalogue (rules/dip-example). Formulas: domain-primer §3.5 (score),
/// §3.6 (grade coefficient; basic groups get none), §3.7 (deviation: low score × r, high score × [(r − 2) + 1], national bounds
/// r &lt; 0.5 / r &gt; 2 by default and Node-DIP's ≤ / ≥ as a parameter, Jining/Tai'an "+ hospital coefficient" without a second
/// multiplication), §3.4 (auxiliary: highest coefficient wins; a subtype's deviation is measured against the subtype's reference),
/// §3.8 (payment = final score × point price), §2.2 (fund share, never negative). Every figure is worked in the comment next to it.
/// </summary>
public class DipScoringTests
{
    private static readonly DipPointPrices Price = new(10.5m);

    private static DipEngine Variant(Func<DipParameters, DipParameters> change) =>
        new(DipCatalogue.Example.WithParameters(change(DipCatalogue.Example.Parameters)));

    [Fact]
    public void Normal_case_at_a_tertiary_hospital()
    {
        // K80.1-01 score 1180; grade-3 mean 12500 (grade_costs.csv); r = 12000 / 12500 = 0.96 → normal.
        // score = 1180 × 1.00 = 1180; payment = 1180 × 10.5 = 12390.00; fund share = 12390.00 − 3000 = 9390.00 (§3.8).
        var r = Evaluate(Case("K80.100", "51.2300", cost: 12000m, grade: "3", personal: 3000m), Price);
        Assert.Equal(DipDeviation.Normal, r.Deviation);
        Assert.Equal(0.96m, r.ScoreDetail.CostRatio);
        Assert.Equal(1180m, r.Score);
        Assert.Equal(12390.00m, r.Payment);
        Assert.Equal(9390.00m, r.FundShare);
    }

    [Fact]
    public void Fund_share_of_a_case_is_never_negative()
    {
        // primer §2.2: the fund's share of a case is what is left of the payment after the insured person's own payments, "a negative
        // result counts as 0". K80.1-01 at grade 2, cost 4800: r = 0.48 < 0.5 → low 1180 × 0.48 × 0.90 = 509.76;
        // payment at 8 yuan a point = 509.76 × 8 = 4078.08; own payment 4500 > 4078.08 → fund share max(0, 4078.08 − 4500) = 0.00
        // (not −421.92). With an own payment of 1000: 4078.08 − 1000 = 3078.08.
        var r = Evaluate(Case("K80.100", "51.2300", cost: 4800m, grade: "2", personal: 4500m), new DipPointPrices(8m));
        Assert.Equal(4078.08m, r.Payment);
        Assert.Equal(0.00m, r.FundShare);
        Assert.Equal(3078.08m, Evaluate(Case("K80.100", "51.2300", cost: 4800m, grade: "2", personal: 1000m), new DipPointPrices(8m)).FundShare);
    }

    [Fact]
    public void Low_deviation_uses_the_ratio_and_the_grade_mean()
    {
        // grade 2: mean 10000, coefficient 0.90; r = 4800 / 10000 = 0.48 ≤ 0.5 → low: 1180 × 0.48 × 0.90 = 509.76 (§3.7 Node-DIP base).
        // payment = 509.76 × 10.5 = 5352.48.
        var r = Evaluate(Case("K80.100", "51.2300", cost: 4800m, grade: "2"), Price);
        Assert.Equal(DipDeviation.Low, r.Deviation);
        Assert.Equal(509.76m, r.Score);
        Assert.Equal(5352.48m, r.Payment);
    }

    [Fact]
    public void High_deviation_plus_one()
    {
        // grade 3: r = 30000 / 12500 = 2.4 ≥ 2 → 1180 × [(2.4 − 2) + 1] × 1.00 = 1652; payment 1652 × 10.5 = 17346.00 (§3.7 national).
        var r = Evaluate(Case("K80.100", "51.2300", cost: 30000m, grade: "3"), Price);
        Assert.Equal(DipDeviation.High, r.Deviation);
        Assert.Equal(1652m, r.Score);
        Assert.Equal(17346.00m, r.Payment);
    }

    [Fact]
    public void High_deviation_with_the_hospital_coefficient_in_place_of_plus_one()
    {
        // grade 2: r = 25000 / 10000 = 2.5.
        // Node-DIP base: 1180 × (2.5 − 2 + 1) × 0.90 = 1180 × 1.35 = 1593.
        // Jining/Tai'an: 1180 × (2.5 − 2 + 0.90), no second coefficient = 1180 × 1.4 = 1652 (§3.7 table).
        var c = Case("K80.100", "51.2300", cost: 25000m, grade: "2");
        Assert.Equal(1593m, Evaluate(c).Score);
        var jining = Variant(p => p with { HighFormula = DipHighFormula.HospitalCoefficient, CoefficientAfterDeviation = false });
        Assert.Equal(1652m, jining.Evaluate(c).Score);
    }

    [Fact]
    public void Default_bounds_are_strict_as_in_the_national_text()
    {
        // primer §3.7, national text as summarised: low when r < 0.5, high when r > 2; r exactly on a bound is a normal case.
        // K80.1-01 at grade 2: mean 10000 (grade_costs.csv), coefficient 0.90 (grade_coefficients.csv), score 1180.
        // r = 5000 / 10000 = 0.5 exactly → normal: 1180 × 0.90 = 1062.
        var atHalf = Evaluate(Case("K80.100", "51.2300", cost: 5000m, grade: "2"));
        Assert.Equal(0.5m, atHalf.ScoreDetail.CostRatio);
        Assert.Equal(DipDeviation.Normal, atHalf.Deviation);
        Assert.Equal(1062m, atHalf.Score);

        // r = 20000 / 10000 = 2 exactly → normal: 1180 × 0.90 = 1062.
        var atTwo = Evaluate(Case("K80.100", "51.2300", cost: 20000m, grade: "2"));
        Assert.Equal(2m, atTwo.ScoreDetail.CostRatio);
        Assert.Equal(DipDeviation.Normal, atTwo.Deviation);
        Assert.Equal(1062m, atTwo.Score);

        // Just inside each side: r = 4999 / 10000 = 0.4999 → low 1180 × 0.4999 × 0.90 = 530.8938;
        // r = 20001 / 10000 = 2.0001 → high 1180 × (2.0001 − 2 + 1) × 0.90 = 1180 × 1.0001 × 0.9 = 1062.1062.
        var below = Evaluate(Case("K80.100", "51.2300", cost: 4999m, grade: "2"));
        Assert.Equal(DipDeviation.Low, below.Deviation);
        Assert.Equal(530.8938m, below.Score);
        var above = Evaluate(Case("K80.100", "51.2300", cost: 20001m, grade: "2"));
        Assert.Equal(DipDeviation.High, above.Deviation);
        Assert.Equal(1062.1062m, above.Score);
    }

    [Fact]
    public void A_pack_without_parameters_gets_the_strict_bounds()
    {
        // No parameters.csv: the code defaults apply (docs/dip.md §2.7). Group G: score 100, mean 1000, no grade → coefficient 1.
        //   r = 500 / 1000 = 0.5 and r = 2000 / 1000 = 2 → normal 100 (national r < 0.5 / r > 2, primer §3.7);
        //   r = 499 / 1000 = 0.499 → low 100 × 0.499 = 49.9;  r = 2001 / 1000 = 2.001 → high 100 × (2.001 − 2 + 1) = 100.1.
        var pack = MedPay.Rules.RulePacks.RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"bare\",\"format\":\"dip-catalogue/1\"}",
            ["procedure_types.csv"] = "code,type\n",
            ["groups.csv"] = "code,kind,diagnosis,score,avg_cost\nG,core,X01.0,100,1000\n",
        });
        var engine = new DipEngine(DipCatalogue.Load(pack));
        DipCaseResult At(decimal cost) => engine.Evaluate(Case("X01.000", cost: cost));
        Assert.Equal((DipDeviation.Normal, 100m), (At(500m).Deviation, At(500m).Score));
        Assert.Equal((DipDeviation.Normal, 100m), (At(2000m).Deviation, At(2000m).Score));
        Assert.Equal((DipDeviation.Low, 49.9m), (At(499m).Deviation, At(499m).Score));
        Assert.Equal((DipDeviation.High, 100.1m), (At(2001m).Deviation, At(2001m).Score));
    }

    [Fact]
    public void Inclusive_bounds_are_a_parameter()
    {
        // Node-DIP base (primer §3.7): low when r ≤ 0.5, high when r ≥ 2.
        var nodeDip = Variant(p => p with { LowInclusive = true, HighInclusive = true });

        // r = 0.5: low 1180 × 0.5 × 0.90 = 531 (half the normal 1062: the low side is not continuous, primer §3.7).
        var atHalf = nodeDip.Evaluate(Case("K80.100", "51.2300", cost: 5000m, grade: "2"));
        Assert.Equal(DipDeviation.Low, atHalf.Deviation);
        Assert.Equal(531m, atHalf.Score);

        // r = 2: high 1180 × (2 − 2 + 1) × 0.90 = 1062, the same as the normal score (the high side is continuous, primer §3.7).
        var atTwo = nodeDip.Evaluate(Case("K80.100", "51.2300", cost: 20000m, grade: "2"));
        Assert.Equal(DipDeviation.High, atTwo.Deviation);
        Assert.Equal(1062m, atTwo.Score);
    }

    [Fact]
    public void Severity_subtype_is_measured_against_the_subtype_reference()
    {
        // The example: I21.0-00 (score 900, mean 9000, groups.csv; grade 3 coefficient 1.00, no grade mean for the group),
        // other diagnosis R57 on the "severe" list and LOS 5 > 3 → subtype III × 1.35 (auxiliary.csv): base score 900 × 1.35 = 1215.
        // The subtype has no avg_cost of its own, so its reference = group mean × coefficient = 9000 × 1.35 = 12150 (primer §3.4:
        // the coefficient is the subtype's mean ÷ the group's mean, so this is the subtype mean it came from).
        // r = 20000 / 12150 = 1.646… → normal: 1215 × 1.00 = 1215.
        var c = Case("I21.000|R57.000", cost: 20000m, grade: "3", los: 5);
        var r = Evaluate(c);
        Assert.Equal("III", r.Auxiliary?.Subtype);
        Assert.Equal(12150m, r.ScoreDetail.ReferenceCost);
        Assert.Equal(1.646091m, Math.Round(r.ScoreDetail.CostRatio!.Value, 6));
        Assert.Equal(DipDeviation.Normal, r.Deviation);
        Assert.Equal(1215m, r.Score);
    }

    [Fact]
    public void Group_mean_reading_of_the_ratio_is_a_parameter()
    {
        // The old reading (severity counted twice): r = 20000 / 9000 = 2.222… > 2 → high: 1215 × (20000/9000 − 2 + 1) = 1215 × 11/9 = 1485.
        var groupMean = Variant(p => p with { DeviationReference = DipDeviationReference.Group });
        var r = groupMean.Evaluate(Case("I21.000|R57.000", cost: 20000m, grade: "3", los: 5));
        Assert.Equal(9000m, r.ScoreDetail.ReferenceCost);
        Assert.Equal(DipDeviation.High, r.Deviation);
        Assert.Equal(1485m, r.Score);
    }

    [Fact]
    public void Subtype_with_its_own_reference_cost_in_the_catalogue()
    {
        // C34.1-00 (score 1100, mean 11000) + radiotherapy 92.2400 (typed none, on the radiotherapy list) → T-V-A × 1.90: base 2090.
        // T-V-A carries avg_cost 22000 in auxiliary.csv (the example's invented figure; it need not equal 11000 × 1.90 = 20900).
        // Case cost 43000, grade 3 (coefficient 1.00):
        //   own reference     r = 43000 / 22000 = 1.9545… → normal 2090;
        //   group × coeff.    r = 43000 / 20900 = 2.0574… → high 2090 × (43000/20900 − 1) = 4300 − 2090 = 2210 (if avg_cost were ignored);
        //   group mean        r = 43000 / 11000 = 3.9090… → high 2090 × (43000/11000 − 1) = 8170 − 2090 = 6080.
        var c = Case("C34.100", "92.2400", cost: 43000m, grade: "3");
        var own = Evaluate(c);
        Assert.Equal("T-V-A", own.Auxiliary?.Subtype);
        Assert.Equal(22000m, own.ScoreDetail.ReferenceCost);
        Assert.Equal(DipDeviation.Normal, own.Deviation);
        Assert.Equal(2090m, own.Score);
        var groupMean = Variant(p => p with { DeviationReference = DipDeviationReference.Group }).Evaluate(c);
        Assert.Equal(DipDeviation.High, groupMean.Deviation);
        Assert.Equal(6080m, groupMean.Score);
    }

    [Fact]
    public void Extreme_cases_are_flagged_and_scored_by_the_region_rule()
    {
        // grade 3: r = 75000 / 12500 = 6 > 5 → national: high formula 1180 × (6 − 2 + 1) = 5900, listed for expert review.
        // Jining: score × hospital coefficient = 1180 × 1.00 = 1180 (§3.7 table).
        var c = Case("K80.100", "51.2300", cost: 75000m, grade: "3");
        var national = Evaluate(c);
        Assert.Equal(DipDeviation.Extreme, national.Deviation);
        Assert.True(national.ScoreDetail.SpecialReview);
        Assert.Equal(5900m, national.Score);
        Assert.Equal(1180m, Variant(p => p with { ExtremeFormula = DipExtremeFormula.Coefficient }).Evaluate(c).Score);
    }

    [Fact]
    public void Group_specific_grade_coefficient_and_mean()
    {
        // I21.0-02 score 3200, grade 3: own coefficient 1.05 and mean 33000; cost 33000 → r = 1 → 3200 × 1.05 = 3360;
        // payment 3360 × 10.5 = 35280.00.
        var r = Evaluate(Case("I21.000", "36.0700", cost: 33000m, grade: "3"), Price);
        Assert.Equal(1.05m, r.ScoreDetail.Coefficient);
        Assert.Equal(3360m, r.Score);
        Assert.Equal(35280.00m, r.Payment);
    }

    [Fact]
    public void Basic_groups_take_the_basic_coefficient_at_every_grade()
    {
        // JC-K35.8-01 score 780, basic coefficient 0.95, no grade coefficient (§3.2, §3.6): 780 × 0.95 = 741 at grades 1, 2 and 3.
        foreach (var grade in new[] { "1", "2", "3" }) Assert.Equal(741m, Evaluate(Case("K35.800", "47.0100", grade: grade)).Score);
    }

    [Theory]
    // severity II: moderate list (E87) and LOS > 3: I21.0-00 900 × 1.12 = 1008
    [InlineData("I21.000|E87.100", "", 45, 0, 5, 1, "II", 1008)]
    // severity III: severe list (R57) and LOS > 3: 900 × 1.35 = 1215
    [InlineData("I21.000|R57.000", "", 45, 0, 5, 1, "III", 1215)]
    // LOS 3: neither severity entry applies
    [InlineData("I21.000|R57.000", "", 45, 0, 3, 1, null, 900)]
    // death within 3 days: 900 × 0.65 = 585
    [InlineData("I21.000", "", 45, 0, 2, 5, "IV-A", 585)]
    // death after 10 days with shock: IV-B 1.45 and III 1.35 both hold, the highest wins: 900 × 1.45 = 1305
    [InlineData("I21.000|R57.000", "", 45, 0, 10, 5, "IV-B", 1305)]
    // tumour chemotherapy: C34.1-00 1100 × 1.25 = 1375
    [InlineData("C34.100", "99.2501", 60, 0, 5, 1, "T-V-B", 1375)]
    // tumour metastasis beats chemotherapy: 1100 × 1.30 = 1430
    [InlineData("C34.100|C78.000", "99.2501", 60, 0, 5, 1, "T-IV", 1430)]
    // radiotherapy: 1100 × 1.90 = 2090
    [InlineData("C34.100|C78.000", "92.2400|99.2501", 60, 0, 5, 1, "T-V-A", 2090)]
    // newborn (10 days, "*" entry): JC-J18.9-00 420 × 1.5 = 630
    [InlineData("J18.900", "", 0, 10, 5, 1, "AGE-1", 630)]
    // age not given at all: no age entry holds (JC-J18.9-00 420)
    [InlineData("J18.900", "", -1, null, 5, 1, null, 420)]
    // infant 200 days: 420 × 1.30 = 546
    [InlineData("J18.900", "", 0, 200, 5, 1, "AGE-2", 546)]
    // child 4 years: 420 × 1.15 = 483
    [InlineData("J18.900", "", 4, 0, 5, 1, "AGE-3", 483)]
    // elderly ≥ 66 with hip replacement: S72.0-01 4500 × 1.10 = 4950
    [InlineData("S72.000", "81.5100", 70, 0, 12, 1, "AGE-5", 4950)]
    // 65 years: no age entry: 4500
    [InlineData("S72.000", "81.5100", 65, 0, 12, 1, null, 4500)]
    public void Auxiliary_catalogue_adjusts_the_score(string diagnoses, string procedures, int ageYears, int? ageDays, int los, int discharge, string? subtype, int expected)
    {
        var r = Evaluate(Case(diagnoses, procedures, grade: "3", ageYears: ageYears < 0 ? null : ageYears, ageDays: ageDays, los: los, discharge: discharge));
        Assert.Equal(subtype, r.Auxiliary?.Subtype);
        Assert.Equal((decimal)expected, r.Score);
    }

    [Fact]
    public void Separate_point_values_for_employee_and_resident_funds()
    {
        // §3.6/§3.8 (Node-DIP DipConfigSettle): 1180 × 11.2 = 13216.00 (employee), 1180 × 9.8 = 11564.00 (resident).
        var prices = new DipPointPrices(10m, employee: 11.2m, resident: 9.8m);
        Assert.Equal(13216.00m, Evaluate(Case("K80.100", "51.2300", fund: DipFund.Employee), prices).Payment);
        Assert.Equal(11564.00m, Evaluate(Case("K80.100", "51.2300", fund: DipFund.Resident), prices).Payment);
        Assert.Equal(11800.00m, Evaluate(Case("K80.100", "51.2300", fund: DipFund.Unspecified), prices).Payment);
    }

    [Fact]
    public void Scores_are_rounded_to_the_pack_decimals()
    {
        // grade 2: r = 4321 / 10000 = 0.4321 → 1180 × 0.4321 × 0.9 = 458.8902 (4 decimals, exact); with 2 decimals 458.89.
        var c = Case("K80.100", "51.2300", cost: 4321m, grade: "2");
        Assert.Equal(458.8902m, Evaluate(c).Score);
        Assert.Equal(458.89m, Variant(p => p with { ScoreDecimals = 2 }).Evaluate(c).Score);
    }

    [Fact]
    public void Group_with_score_zero_is_paid_the_actual_cost()
    {
        // primer §3.8 (Node-DIP): a group with score 0 is paid the case's actual cost: 3456.78 → 3456.78; fund share 3456.78 − 456.78 = 3000.00.
        var pack = MedPay.Rules.RulePacks.RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"zero\",\"format\":\"dip-catalogue/1\"}",
            ["procedure_types.csv"] = "code,type\n",
            ["groups.csv"] = "code,kind,diagnosis,score,avg_cost\nZ,core,X01.0,0,1000\n",
        });
        var r = new DipEngine(DipCatalogue.Load(pack)).Evaluate(Case("X01.000", cost: 3456.78m, personal: 456.78m), new DipPointPrices(10m));
        Assert.Equal(3456.78m, r.Payment);
        Assert.Equal(3000.00m, r.FundShare);
    }

    [Fact]
    public void Absurd_costs_saturate_instead_of_throwing()
    {
        // decimal.MaxValue ÷ 12500 × 1180 fits; × a point value of 1000 it does not: the payment is left out, nothing throws.
        var r = Evaluate(Case("K80.100", "51.2300", cost: decimal.MaxValue, grade: "3"), new DipPointPrices(1000m));
        Assert.Equal(DipDeviation.Extreme, r.Deviation);
        Assert.True(r.ScoreDetail.SpecialReview);
        Assert.Null(r.Payment);
        // a mean cost of 0.01 makes r itself overflow: the score saturates.
        var s = DipScoring.Compute(100m, 1m, 1m, decimal.MaxValue, 0.01m, DipParameters.Default);
        Assert.Equal(decimal.MaxValue, s.Score);
        Assert.True(s.SpecialReview);
    }
}
