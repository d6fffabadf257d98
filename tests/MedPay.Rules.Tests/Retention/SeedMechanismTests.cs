using MedPay.Rules.Retention;
using MedPay.Rules.Retention.Budgets;
using MedPay.Rules.Retention.Capitation;
using static MedPay.Rules.Tests.Retention.RetentionTestData;

namespace MedPay.Rules.Tests.Retention;

/// <summary>
/// Every numeric example of /work/shared/docs/seed-mechanisms.md (papers P0–P4), reproduced to the fen through the embedded
/// <c>retention-seed</c> policy. Each test names its paper and section; the hand computation is in the comment. Where the seed gives a
/// rule but no input amount, the input is stated as illustrative and only the seed's rule produces the expected value.
/// </summary>
public class SeedMechanismTests
{
    // ---- Case payment ----

    [Fact]
    public void P1_case_payment_weight_raised_ten_percent()
    {
        // P1: payment standard = base payment × weight; one group's weight raised by 10% (the pack's weight_raise adjustment).
        // Illustrative weight 1.2000 → 1.2000 × 1.10 = 1.3200. With an illustrative base payment of 10,000.00 the standard is 12,000.00
        // before; raising the weight by 10% raises the standard by 10%: 12,000 × 1.10 = 13,200.00.
        var weightRaise = Seed.Adjustment("weight_raise")!;
        Assert.Equal(1.32m, weightRaise.Apply(1.2000m));
        Assert.Equal(13200.00m, Money.RoundToFen(weightRaise.Apply(12000.00m)));
    }

    [Theory]
    [InlineData("quality_tilt_10", 1100000.00)] // P4: 10% tilt: 1,000,000 × 1.10 = 1,100,000.00
    [InlineData("quality_tilt_15", 1150000.00)] // P4: 15% tilt: 1,000,000 × 1.15 = 1,150,000.00
    [InlineData("value_based_incentive_5", 1050000.00)] // P0, P2: 5% abroad: 1,000,000 × 1.05
    [InlineData("value_based_incentive_15", 1150000.00)] // P0, P2: 15% abroad: 1,000,000 × 1.15
    public void P4_P0_P2_quality_payment_tilt_on_one_million(string adjustment, double expected) =>
        Assert.Equal((decimal)expected, Money.RoundToFen(Seed.Adjustment(adjustment)!.Apply(1000000m)));

    [Fact]
    public void P4_quality_grade_moves_the_payment_coefficient_in_the_year_end()
    {
        // P4 tilt through the year-end with quality_coefficient_on_payment = 1: payment 1,000,000, fee 1,000,000.
        // excellent: 1,000,000 × 1.10 = 1,100,000 → surplus 100,000 → retained 70% = 70,000.00.
        // unqualified (10% deduction, illustrative): 1,000,000 × 0.90 = 900,000 → overspend 100,000 = 10% of 900,000, inside the 20% band:
        // fund 50% = 50,000.00, hospital 50,000.00.
        var policy = Seed.WithParameters(Seed.Parameters.With("quality_coefficient_on_payment", 1m));
        var excellent = HospitalYearEnd.Compute(policy, Hospital(1000000m, 1000000m, "excellent")).Hospital!;
        Assert.Equal((1100000.00m, 100000.00m, 70000.00m), (excellent.AdjustedPayment, excellent.Surplus, excellent.Retained));
        var poor = HospitalYearEnd.Compute(policy, Hospital(1000000m, 1000000m, "unqualified")).Hospital!;
        Assert.Equal((900000.00m, 100000.00m, 50000.00m, 50000.00m), (poor.AdjustedPayment, poor.Overspend, poor.FundBorne, poor.HospitalBorne));
    }

    [Fact]
    public void P0_thirty_percent_of_payment_tied_to_quality_in_Germany()
    {
        // P0: 30% of payment tied to quality: 1,000,000 → 300,000.00 quality-linked, 700,000.00 other.
        var split = Seed.ShareRule("quality_tied_payment")!.Split(1000000m);
        Assert.Equal(new[] { 300000.00m, 700000.00m }, split.Select(s => s.Value));
    }

    // ---- Hospital retention and overspend ----

    [Theory]
    [InlineData("excellent", 700000.00, 300000.00)] // P4: 1,000,000 × 70%; the fund keeps 1,000,000 − 700,000
    [InlineData("qualified", 500000.00, 500000.00)] // P4: 1,000,000 × 50%
    [InlineData("unqualified", 200000.00, 800000.00)] // P4: 1,000,000 × 20%; the fund keeps 800,000
    public void P4_surplus_of_one_million_retained_by_quality_grade(string grade, double retained, double toFund)
    {
        // Payment 11,000,000, fee-for-item 10,000,000 → surplus 1,000,000.00; the fund keeps the rest.
        var outcome = HospitalYearEnd.Compute(Seed, Hospital(11000000m, 10000000m, grade)).Hospital!;
        Assert.Equal(1000000.00m, outcome.Surplus);
        Assert.Equal((decimal)retained, outcome.Retained);
        Assert.Equal((decimal)toFund, outcome.SurplusToFund);
    }

    [Fact]
    public void P1_department_gets_half_its_surplus_and_bears_thirty_percent_of_its_overspend()
    {
        // P1: department A surplus 200,000 → performance pay 50% = 100,000.00.
        //     department B overspend 100,000 → borne by the department 30% = 30,000.00.
        var totals = new YearEndTotals(new YearEndLine("H1", "医院", 2000000m, 1900000m))
        {
            QualityGrade = "qualified",
            Departments = [new YearEndLine("A", "心内科", 1200000m, 1000000m), new YearEndLine("B", "骨科", 800000m, 900000m)],
        };
        var report = HospitalYearEnd.Compute(Seed, totals);
        Assert.Equal(100000.00m, report.Departments[0].DepartmentPerformancePay);
        Assert.Equal(0.00m, report.Departments[0].DepartmentBorne);
        Assert.Equal(30000.00m, report.Departments[1].DepartmentBorne);
        Assert.Equal(0.00m, report.Departments[1].DepartmentPerformancePay);
    }

    [Fact]
    public void P0_P4_half_of_the_retained_surplus_to_staff_later_phase_seventy_percent()
    {
        // P0, P4: excellent hospital retains 700,000 (P4 example) → staff 50% = 350,000.00, development 350,000.00.
        // P0 later phase: usable share 70% → 700,000 × 0.7 = 490,000.00.
        var outcome = HospitalYearEnd.Compute(Seed, Hospital(11000000m, 10000000m, "excellent")).Hospital!;
        Assert.Equal((350000.00m, 350000.00m), (outcome.StaffPool, outcome.DevelopmentFund));
        var later = Seed.WithParameters(Seed.Parameters.With("staff_share", 0.70m));
        Assert.Equal(490000.00m, HospitalYearEnd.Compute(later, Hospital(11000000m, 10000000m, "excellent")).Hospital!.StaffPool);
    }

    [Fact]
    public void P0_one_province_gives_thirty_percent_of_retained_funds_to_its_best_operations_teams()
    {
        // P0: 30% of the retained funds; on the P0 retained 8,000,000: 2,400,000.00 to the teams, 5,600,000.00 otherwise.
        Assert.Equal(new[] { 2400000.00m, 5600000.00m }, Seed.ShareRule("retained_operations_teams")!.Split(8000000m).Select(s => s.Value));
    }

    [Fact]
    public void P0_worked_split_of_eight_million_retained()
    {
        // P0: 8,000,000 retained → 4,000,000 operations system, 2,000,000 staff rewards, 2,000,000 equipment (shares 4:2:2).
        var split = Seed.ShareRule("retained_use_p0")!.Split(8000000m);
        Assert.Equal(new[] { "operations_system", "staff_rewards", "equipment" }, split.Select(s => s.Key));
        Assert.Equal(new[] { 4000000.00m, 2000000.00m, 2000000.00m }, split.Select(s => s.Value));
    }

    [Fact]
    public void P0_P3_reasonable_overspend_shared_unreasonable_not_compensated()
    {
        // P0, P3 (超支不补，合理超支可申请调整) with the primer 4.2 band: payment 1,000,000, fee 1,150,000 → overspend 150,000, of which
        // 50,000 found unreasonable (borne wholly by the hospital). Reasonable 100,000 ≤ 20% × 1,000,000 = 200,000 → fund 50% = 50,000.00;
        // hospital = 150,000 − 50,000 = 100,000.00.
        var outcome = HospitalYearEnd.Compute(Seed, Hospital(1000000m, 1150000m, "qualified", disallowed: 50000m)).Hospital!;
        Assert.Equal((150000.00m, 50000.00m, 50000.00m, 100000.00m), (outcome.Overspend, outcome.Disallowed, outcome.FundBorne, outcome.HospitalBorne));
    }

    // ---- Medical alliance global budget ----

    [Fact]
    public void P3_alliance_surplus_sixty_forty_between_primary_care_and_tertiary()
    {
        // P3: retained 1,000,000 → primary care 60% = 600,000, tertiary 40% = 400,000.00. Two primary institutions with service volumes
        // 3,000 and 2,000 split the 600,000 by volume: 360,000.00 and 240,000.00.
        var members = new[] { Member("T", "tertiary"), Member("P1", "primary", volume: 3000m), Member("P2", "primary", volume: 2000m) };
        var weights = MemberSplit.Weights(Seed, Seed.ShareRule("alliance_60_40")!, members);
        Assert.Equal(new[] { 400000.00m, 360000.00m, 240000.00m }, MemberSplit.Allocate(1000000m, weights));
    }

    [Fact]
    public void P3_alliance_surplus_thirty_forty_thirty_without_and_with_bonus_points()
    {
        // P3: 30% tertiary, 40% secondary, 30% primary: 1,000,000 → 300,000 / 400,000 / 300,000.
        var plain = new[] { Member("T", "tertiary"), Member("S", "secondary"), Member("P", "primary", volume: 1m) };
        var rule = Seed.ShareRule("alliance_30_40_30")!;
        Assert.Equal(new[] { 300000.00m, 400000.00m, 300000.00m }, MemberSplit.Allocate(1000000m, MemberSplit.Weights(Seed, rule, plain)));

        // Bonus points (P3 criteria; point values illustrative): T posts 3 experts (3 points) and holds 200 remote consultations
        // (200 × 0.01 = 2 points) → weight 35; P cuts a group's cost by 12% ≥ 10% → 5 points → 35; S 40. Σ 110.
        // Exact: T = P = 1,000,000 × 35/110 = 318,181.8181…, S = 363,636.3636…; floors 318,181.81 + 363,636.36 + 318,181.81 = 999,999.98;
        // the 2 fens go to the largest remainders (.8181 for T and P) → 318,181.82 / 363,636.36 / 318,181.82.
        var withPoints = new[]
        {
            Member("T", "tertiary", indicators: new[] { ("experts_posted", 3m), ("remote_consultations", 200m) }),
            Member("S", "secondary", indicators: ("group_cost_reduction", 0.09m)), // 9% < 10%: no points
            Member("P", "primary", volume: 1m, indicators: ("group_cost_reduction", 0.12m)),
        };
        var weights = MemberSplit.Weights(Seed, rule, withPoints);
        Assert.Equal(new[] { 35m, 40m, 35m }, weights.Select(w => w.Weight));
        Assert.Equal(new[] { 318181.82m, 363636.36m, 318181.82m }, MemberSplit.Allocate(1000000m, weights));
    }

    [Fact]
    public void P1_primary_care_DRG_surplus_shared_half_with_the_partner_hospital()
    {
        // P1: 50% to the partner. 123,456.79 → exact 61,728.395 each; floors 61,728.39 twice leave 1 fen; the remainders tie (.5), so the
        // fen goes to the party listed first (primary): 61,728.40 / 61,728.39.
        var split = Seed.ShareRule("primary_drg_surplus")!.Split(123456.79m);
        Assert.Equal(new[] { 61728.40m, 61728.39m }, split.Select(s => s.Value));
    }

    [Fact]
    public void P3_referral_fee_ten_percent_up_and_seventy_percent_of_quota_down()
    {
        // P3: up-referral: coordination fee 10% of the group's cost: illustrative group cost 30,000 → 3,000.00 paid by the upper hospital to
        // the primary institution. Down-referral: 70% of the case's insurance quota; with P3's acute stroke cost of 15,000 yuan as the quota
        // → 15,000 × 70% = 10,500.00 from the upper hospital to the primary institution.
        var input = new AllianceYearEndInput
        {
            Budget = 0m, ShareRule = "alliance_60_40", QualityGrade = "qualified",
            Members = [Member("T", "tertiary"), Member("P", "primary", volume: 1m)],
            Referrals = [new Referral("R1", "P", "T", ReferralDirection.Up, GroupCost: 30000m), new Referral("R2", "T", "P", ReferralDirection.Down, InsuranceQuota: 15000m)],
        };
        var report = AllianceYearEnd.Compute(Seed, input);
        var t = report.Members[0];
        var p = report.Members[1];
        Assert.Equal((0m, 13500.00m), (t.ReferralIn, t.ReferralOut)); // 3,000 + 10,500
        Assert.Equal((13500.00m, 0m), (p.ReferralIn, p.ReferralOut));
    }

    [Fact]
    public void P3_capability_fund_fifteen_percent_of_the_capitation_prepayment()
    {
        // P3: 1,000 enrolled × 1,200 = 1,200,000.00 prepayment → 15% = 180,000.00 set aside, leaving a care budget of 1,020,000.00.
        // A cost of 1,200,000 (the whole prepayment) then overspends the care budget by 180,000.00.
        var result = CapitationSettlement.Settle(Seed, new CapitationInput(1000, 1200000m));
        Assert.Equal((1200000.00m, 180000.00m, 1020000.00m, 180000.00m), (result.Budget, result.CapabilityFund, result.CareBudget, result.Overspend));
    }

    [Fact]
    public void P3_platform_cost_half_tertiary_rest_primary_by_volume()
    {
        // P3: platform cost 1,000,000: tertiary 50% = 500,000.00; primary institutions the rest by volume, giving the 30% / 20% of the
        // paper when their volumes are 3:2 → 300,000.00 and 200,000.00.
        var members = new[] { Member("T", "tertiary"), Member("P1", "primary", volume: 3m), Member("P2", "primary", volume: 2m) };
        Assert.Equal(new[] { 500000.00m, 300000.00m, 200000.00m },
            MemberSplit.Allocate(1000000m, MemberSplit.Weights(Seed, Seed.ShareRule("platform_cost")!, members)));
    }

    [Fact]
    public void P3_risk_fund_contributions_by_level_and_liability_split()
    {
        // P3 contributions: tertiary 1% of 100,000,000 = 1,000,000.00; secondary 0.8% of 50,000,000 = 400,000.00;
        // primary 0.5% of 10,000,000 = 50,000.00.
        // Adverse event of 100,000 due to primary capability: fund 60,000.00, upper 30,000.00, primary 10,000.00;
        // due to the upper hospital's referral guidance the upper and primary shares swap: 60,000 / 10,000 / 30,000.
        var input = new AllianceYearEndInput
        {
            Budget = 0m, ShareRule = "alliance_30_40_30", QualityGrade = "qualified",
            Members = [Member("T", "tertiary", revenue: 100000000m), Member("S", "secondary", revenue: 50000000m), Member("P", "primary", revenue: 10000000m, volume: 1m)],
            AdverseEvents = [new AdverseEvent("E1", "P", "T", "primary_capability", 100000m), new AdverseEvent("E2", "P", "S", "referral_guidance", 100000m)],
        };
        var report = AllianceYearEnd.Compute(Seed, input);
        Assert.Equal(new[] { 1000000.00m, 400000.00m, 50000.00m }, report.Members.Select(m => m.RiskContribution));
        Assert.Equal(new[] { 30000.00m, 10000.00m, 40000.00m }, report.Members.Select(m => m.Liability)); // P: 10,000 + 30,000
        Assert.Equal(1330000.00m, report.RiskFundNet); // contributions 1,450,000 − the fund's 60,000 for each of the two events = 1,330,000.00
        Assert.Equal(new[] { 60000.00m, 30000.00m, 10000.00m }, Seed.ShareRule("liability_primary_capability")!.Split(100000m).Select(s => s.Value));
        Assert.Equal(new[] { 60000.00m, 10000.00m, 30000.00m }, Seed.ShareRule("liability_referral_guidance")!.Split(100000m).Select(s => s.Value));
    }

    // ---- Capitation with outcome bonus ----

    /// <summary>P3's diabetes contract on its own: it measures the cost against the whole 1,200 per patient, so it sets no capability fund aside.</summary>
    private static RetentionPolicy DiabetesContract => Seed.WithParameters(Seed.Parameters.With("capability_fund_rate", 0m));

    [Theory]
    [InlineData(0.80, 100000.00)] // control rate not above 85%: 50% of 200,000
    [InlineData(0.85, 100000.00)] // exactly 85% does not exceed it
    [InlineData(0.86, 120000.00)] // above 85%: a further 10% (seed reading: of the surplus) → 60% of 200,000
    public void P3_diabetes_capitation_reward_half_the_surplus_plus_ten_when_control_exceeds_85_percent(double control, double reward)
    {
        // P3: 1,200 per person per year; 1,000 patients → 1,200,000.00; cost 1,000,000 (1,000 per patient, within 1,200) → surplus 200,000.00.
        var result = CapitationSettlement.Settle(DiabetesContract, new CapitationInput(1000, 1000000m) { Indicators = Indicators(("hba1c_control_rate", (decimal)control)) });
        Assert.Equal(200000.00m, result.Surplus);
        Assert.Equal((decimal)reward, result.Reward);
    }

    [Fact]
    public void P3_capitation_cost_above_1200_per_patient_earns_no_reward()
    {
        // P3: the reward needs the yearly cost per patient within 1,200: 1,000 patients costing 1,250,000 (1,250 each) → overspend 50,000.00, reward 0.
        var result = CapitationSettlement.Settle(DiabetesContract, new CapitationInput(1000, 1250000m) { Indicators = Indicators(("hba1c_control_rate", 0.9m)) });
        Assert.Equal((0m, 50000.00m, 0m), (result.Surplus, result.Overspend, result.Reward));
    }

    [Fact]
    public void P3_stable_coronary_disease_costs_84_percent_less_in_primary_care()
    {
        // P3: 800 a month in primary care against 5,000 in a tertiary hospital: 1 − 800/5,000 = 0.84.
        Assert.Equal(0.84m, CapitationSettlement.RelativeSaving(800m, 5000m));
    }

    // ---- Insured people and staff ----

    [Theory]
    [InlineData("primary_care_reimbursement", 0.70, 0.85)] // P4: 15 points higher on an illustrative 70%
    [InlineData("unreferred_tertiary_reimbursement", 0.70, 0.60)] // P4: 10 points lower
    [InlineData("health_management_reimbursement", 0.60, 0.65)] // P4: serious-illness reimbursement 5 points higher
    [InlineData("contribution_discount", 400.00, 380.00)] // P4: 5% lower contribution: 400 × 0.95 = 380.00
    public void P4_insured_people_incentives(string adjustment, double before, double after) =>
        Assert.Equal((decimal)after, Seed.Adjustment(adjustment)!.Apply((decimal)before));

    [Fact]
    public void P4_three_years_without_admission_qualifies_for_the_contribution_discount()
    {
        Assert.True(Seed.Check("contribution_discount", Indicators(("years_without_admission", 3m))).All(c => c.Met));
        Assert.False(Seed.Check("contribution_discount", Indicators(("years_without_admission", 2m))).All(c => c.Met));
    }

    [Fact]
    public void P4_physician_performance_thirty_twenty_fifty()
    {
        // P4: sub-scores 80 (readmission and chronic control), 90 (satisfaction), 70 (workload): 0.3×80 + 0.2×90 + 0.5×70 = 24 + 18 + 35 = 77.
        var score = Seed.ShareRule("physician_performance")!.WeightedMean(Indicators(("readmission_and_chronic_control", 80m), ("patient_satisfaction", 90m), ("workload", 70m)));
        Assert.Equal(77m, score);
    }

    [Theory]
    [InlineData(0.90, 0.10, 3000.00)] // P1: entry ≥ 90% and variation ≤ 10% (both at the boundary): 15 cases × 200 = 3,000.00
    [InlineData(0.89, 0.05, 0.00)] // entry below 90%
    [InlineData(0.95, 0.11, 0.00)] // variation above 10%
    public void P1_clinical_pathway_reward_200_per_case(double entry, double variation, double reward)
    {
        var amount = PathwayReward.Compute(Seed, 15, Indicators(("pathway_entry_rate", (decimal)entry), ("pathway_variation_rate", (decimal)variation)), out var checks);
        Assert.Equal((decimal)reward, amount);
        Assert.Equal(2, checks.Length);
    }

    [Theory]
    [InlineData(0.20, false)] // P1: alert when a case's variation exceeds 20%
    [InlineData(0.2001, true)]
    public void P1_pathway_variation_alert_above_twenty_percent(double variation, bool alert) =>
        Assert.Equal(alert, Seed.Check("pathway_alert", Indicators(("case_variation_rate", (decimal)variation))).All(c => c.Met));

    // ---- Indicators named as targets ----

    [Theory]
    [InlineData("grouping_rate", 0.65, false)] // P0: from 65% …
    [InlineData("grouping_rate", 0.92, true)] // … to 92%
    [InlineData("code_match_rate", 0.95, true)] // P0: ≥ 95%
    [InlineData("code_match_rate", 0.949, false)]
    [InlineData("cmi_growth", 0.05, true)] // P1: CMI up at least 5%
    [InlineData("cmi_growth", 0.049, false)]
    [InlineData("low_risk_case_share", 0.10, true)] // P1: ≤ 10%
    [InlineData("low_risk_case_share", 0.11, false)]
    [InlineData("high_ratio_case_share", 0.15, false)] // P1: from 15% …
    [InlineData("high_ratio_case_share", 0.05, false)] // … to under 5% (5% itself is not under)
    [InlineData("high_ratio_case_share", 0.049, true)]
    [InlineData("fund_surplus_rate", 0.08, true)] // P0: ≥ 8%
    [InlineData("fund_surplus_rate", 0.079, false)]
    [InlineData("reserve_months", 12, true)] // P0: ≥ 12 months
    [InlineData("reserve_months", 11.9, false)]
    public void P0_P1_indicator_targets(string indicator, double value, bool met)
    {
        var target = Assert.Single(Seed.Targets, t => t.AppliesTo == "indicator" && t.Indicator == indicator);
        Assert.Equal(met, target.IsMet((decimal)value));
    }

    [Fact]
    public void P0_fund_use_efficiency_is_thirty_percent_of_the_performance_score()
    {
        // P0: fund-use efficiency ≥ 30% of a hospital's performance score. The hospital_performance rule gives it 30 / (30 + 70) = 0.30; the
        // target is "at least 30%", so 0.30 meets it and 0.2999 does not.
        Assert.Equal(0.30m, Seed.ShareRule("hospital_performance")!.Fraction("fund_use_efficiency"));
        var target = Assert.Single(Seed.Targets, t => t.Indicator == "fund_use_efficiency_weight");
        Assert.True(target.IsMet(0.30m));
        Assert.False(target.IsMet(0.2999m));
    }
}
