using System.Collections.Immutable;
using MedPay.Rules.Dip;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// Point values (domain-primer §3.8, DIP spec summary): budget point value = weighted (1 : 2 : 7) mean yearly total cost ÷ Σ(score × cases);
/// settlement point value = (fund available ÷ reimbursement ratio) ÷ Σ scores; floating vs fixed. Every figure is worked by hand below.
/// </summary>
public class DipPointValueTests
{
    [Fact]
    public void Budget_point_value_weights_three_years_1_2_7()
    {
        // (1 × 900000 + 2 × 1000000 + 7 × 1100000) ÷ 10 = 10600000 ÷ 10 = 1060000; ÷ 100000 points = 10.6.
        var budget = DipPointValues.Budget(new[] { 900000m, 1000000m, 1100000m }, 100000m);
        Assert.Equal(1060000m, budget.WeightedMeanCost);
        Assert.Equal(10.6m, budget.PointValue);
        Assert.Equal(2, budget.Steps.Length);
        Assert.Empty(budget.Issues);
    }

    [Fact]
    public void Budget_point_value_reports_a_zero_score_instead_of_dividing()
    {
        var budget = DipPointValues.Budget(new[] { 1m, 2m, 3m }, 0m);
        Assert.Null(budget.PointValue);
        Assert.Equal("DIP_YEAR_ZERO_TOTAL_SCORE", Assert.Single(budget.Issues).Code);
    }

    private static DipYearEndInput Region(DipPointValueMethod method, decimal? budgetPointValue = null) => new()
    {
        Method = method,
        Budgets = ImmutableArray.Create(new DipFundBudget { Fund = DipFund.Unspecified, FundAvailable = 1000000m, ReimbursementRatio = 0.8m, BudgetPointValue = budgetPointValue }),
        Cases = new[]
        {
            new DipScoredCase("H1", DipFund.Employee, 20000m, 1000m), new DipScoredCase("H1", DipFund.Resident, 10000m, 500m),
            new DipScoredCase("H2", DipFund.Employee, 50000m, 2000m), new DipScoredCase("H3", DipFund.Unspecified, 45000m),
        },
    };

    [Fact]
    public void Floating_point_value_distributes_the_budget()
    {
        // D = 1000000 ÷ 0.8 = 1250000.00; S = 20000 + 10000 + 50000 + 45000 = 125000; point value = 10.
        // H1 30000 × 10 = 300000.00 (fund share 300000 − 1500 = 298500.00), H2 500000.00, H3 450000.00; Σ = D.
        var report = DipPointValues.YearEnd(Region(DipPointValueMethod.Floating));
        var fund = Assert.Single(report.Funds);
        Assert.Equal(1250000.00m, fund.DistributableBudget);
        Assert.Equal(125000m, fund.TotalScore);
        Assert.Equal(10m, fund.PointValue);
        Assert.Equal(0m, fund.Gap);
        Assert.Equal(new[] { "H1", "H2", "H3" }, report.Hospitals.Select(h => h.HospitalId));
        Assert.Equal(new[] { 300000.00m, 500000.00m, 450000.00m }, report.Hospitals.Select(h => h.Payment));
        Assert.Equal(298500.00m, report.Hospitals[0].FundShare);
        Assert.Equal(2, report.Hospitals[0].CaseCount);
    }

    [Fact]
    public void Fixed_point_value_pays_the_budget_value_and_reports_the_gap()
    {
        // Point value 9.5: H1 30000 × 9.5 = 285000.00, H2 475000.00, H3 427500.00; Σ 1187500.00; gap 1250000 − 1187500 = 62500.00.
        var report = DipPointValues.YearEnd(Region(DipPointValueMethod.Fixed, 9.5m));
        Assert.Equal(new[] { 285000.00m, 475000.00m, 427500.00m }, report.Hospitals.Select(h => h.Payment));
        Assert.Equal(62500.00m, report.Funds[0].Gap);
    }

    [Fact]
    public void Fund_share_counts_a_case_whose_own_payment_exceeds_its_payment_as_zero()
    {
        // primer §2.2: the fund's share of a case is payment − own payments, "a negative result counts as 0".
        // D = 1000 ÷ 1 = 1000.00; S = 60 + 40 + 0 = 100; point value 10.
        // H1: payment 100 × 10 = 1000.00; its cases are paid 60 × 10 = 600 and 40 × 10 = 400; own payments 100 and 500:
        //     fund share = (600 − 100) + max(0, 400 − 500) = 500 + 0 = 500.00 (not 1000 − 600 = 400); own payments above the payment: 100.00.
        // H2: a case that was not grouped (score 0, payment 0.00) with an own payment of 300: fund share max(0, 0 − 300) = 0.00 (not −300.00);
        //     above: 300.00.
        var report = DipPointValues.YearEnd(new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(new DipFundBudget { FundAvailable = 1000m }),
            Cases = new[]
            {
                new DipScoredCase("H1", DipFund.Unspecified, 60m, 100m), new DipScoredCase("H1", DipFund.Unspecified, 40m, 500m),
                new DipScoredCase("H2", DipFund.Unspecified, 0m, 300m),
            },
        });
        Assert.Equal(10m, report.Funds[0].PointValue);
        Assert.Equal(new[] { 1000.00m, 0.00m }, report.Hospitals.Select(h => h.Payment));
        Assert.Equal(new[] { 600.00m, 300.00m }, report.Hospitals.Select(h => h.PersonalPayments));
        Assert.Equal(new[] { 500.00m, 0.00m }, report.Hospitals.Select(h => h.FundShare));
        Assert.Equal(new[] { 100.00m, 300.00m }, report.Hospitals.Select(h => h.PersonalPaymentsAbovePayment));
    }

    [Fact]
    public void Fund_share_under_the_fixed_point_value_is_also_never_negative()
    {
        // Fixed point value 8: H1 = 50 × 8 = 400.00 against own payments 450 → fund share max(0, 400 − 450) = 0.00, above 50.00.
        var report = DipPointValues.YearEnd(new DipYearEndInput
        {
            Method = DipPointValueMethod.Fixed,
            Budgets = ImmutableArray.Create(new DipFundBudget { FundAvailable = 1000m, BudgetPointValue = 8m }),
            Cases = new[] { new DipScoredCase("H1", DipFund.Unspecified, 50m, 450m) },
        });
        var h = Assert.Single(report.Hospitals);
        Assert.Equal(400.00m, h.Payment);
        Assert.Equal(0.00m, h.FundShare);
        Assert.Equal(50.00m, h.PersonalPaymentsAbovePayment);
    }

    [Fact]
    public void Rounding_remainder_goes_by_largest_remainder_then_hospital_id()
    {
        // D = 100.00 over three equal scores: 33.333… each, floor 33.33 × 3 = 99.99, one fen left; equal fractions → first id "A".
        var report = DipPointValues.YearEnd(new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(new DipFundBudget { FundAvailable = 100m }),
            Cases = new[] { new DipScoredCase("C", DipFund.Unspecified, 1m), new DipScoredCase("A", DipFund.Unspecified, 1m), new DipScoredCase("B", DipFund.Unspecified, 1m) },
        });
        Assert.Equal(new[] { 33.34m, 33.33m, 33.33m }, report.Hospitals.Select(h => h.Payment));
        Assert.Equal(1, report.Funds[0].RemainderFen);
        Assert.Equal(100.00m, report.Funds[0].TotalPayment);
    }

    [Fact]
    public void Absurd_sums_are_an_issue_not_an_exception()
    {
        var report = DipPointValues.YearEnd(new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(new DipFundBudget { FundAvailable = 100m }),
            Cases = new[] { new DipScoredCase("A", DipFund.Unspecified, decimal.MaxValue), new DipScoredCase("A", DipFund.Unspecified, decimal.MaxValue) },
        });
        Assert.Equal("DIP_YEAR_OVERFLOW", Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void Employee_and_resident_funds_are_priced_separately()
    {
        // Employee: D = 600000 ÷ 0.75 = 800000.00, S = 20000 + 50000 = 70000, point value = 800000 / 70000 = 11.428571…;
        //   H1 = 800000 × 20000 / 70000 = 228571.428… → 228571.42 + remainder? fractions: H1 .857…(fen), H2 571428.571…→ .142…; Σ floor
        //   = 228571.42 + 571428.57 = 799999.99, one fen to the largest fraction (H1: 22857142.857… fen, fraction .857) → 228571.43.
        // Resident: D = 100000.00 (ratio 1), S = 10000 → point value 10; H1 = 100000.00. Unspecified cases (H3) have no budget → issue.
        var report = DipPointValues.YearEnd(new DipYearEndInput
        {
            Budgets = ImmutableArray.Create(
                new DipFundBudget { Fund = DipFund.Employee, FundAvailable = 600000m, ReimbursementRatio = 0.75m },
                new DipFundBudget { Fund = DipFund.Resident, FundAvailable = 100000m }),
            Cases = Region(DipPointValueMethod.Floating).Cases,
        });
        Assert.Equal(new[] { DipFund.Employee, DipFund.Resident }, report.Funds.Select(f => f.Fund));
        Assert.Equal(new[] { 228571.43m, 571428.57m, 100000.00m }, report.Hospitals.Select(h => h.Payment));
        Assert.Equal(10m, report.Funds[1].PointValue);
        Assert.Equal("DIP_YEAR_NO_BUDGET", Assert.Single(report.Issues).Code);
    }
}

/// <summary>Catalogue arithmetic of domain-primer §3.4–§3.6, worked by hand.</summary>
public class DipScoreMathTests
{
    [Fact]
    public void Group_score_from_three_years_weighted_1_2_7()
    {
        // group: (1 × 10000 + 2 × 11000 + 7 × 12000) ÷ 10 = 116000 ÷ 10 = 11600; all cases: (9000 + 19000 + 70000) ÷ 10 = 9800;
        // score × 1000 = 11600 ÷ 9800 × 1000 = 1183.67… ; × 100 = 118.367…
        Assert.Equal(11600m, DipScoreMath.WeightedMean(new[] { 10000m, 11000m, 12000m }));
        var score = DipScoreMath.GroupScore(new[] { 10000m, 11000m, 12000m }, new[] { 9000m, 9500m, 10000m }, 1000)!.Value;
        Assert.Equal(1183.67m, Math.Round(score, 2));
        Assert.Equal(118.37m, Math.Round(DipScoreMath.GroupScore(new[] { 10000m, 11000m, 12000m }, new[] { 9000m, 9500m, 10000m }, 100)!.Value, 2));
    }

    [Fact]
    public void Grade_and_auxiliary_coefficients_are_ratios_of_means()
    {
        // grade: (12000 + 2 × 12500 + 7 × 13000) ÷ 10 = 12800; city: (10000 + 2 × 10500 + 7 × 11000) ÷ 10 = 10800; 12800 ÷ 10800 = 1.185185…
        Assert.Equal(1.1852m, Math.Round(DipScoreMath.GradeCoefficient(new[] { 12000m, 12500m, 13000m }, new[] { 10000m, 10500m, 11000m })!.Value, 4));
        // subtype mean 13500 over group mean 10000 = 1.35 (the III entry of the example catalogue)
        Assert.Equal(1.35m, DipScoreMath.AuxiliaryCoefficient(13500m, 10000m));
        Assert.Null(DipScoreMath.WeightedMean(new[] { 1m, 2m }));
    }
}
