using System.Collections.Immutable;
using MedPay.Rules.Dip;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Dip.DipCases;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// A small synthetic region: three hospitals (tertiary, secondary, primary), employee and resident cases grouped and scored on the
/// example catalogue, then settled at year end with a floating point value per fund. The snapshot records the whole report
/// (point values, each hospital's payment and fund share, steps in zh/en); its totals are checked by hand-worked identities below.
/// </summary>
public class DipYearEndSnapshotTests
{
    private static readonly DipCase[] Region =
    {
        Case("K80.100", "51.2300", cost: 12000m, grade: "3", personal: 2400m, hospital: "H-A 三级医院"),
        Case("K80.100", "51.2300|51.4100", cost: 21000m, grade: "3", personal: 4200m, hospital: "H-A 三级医院"),
        Case("I21.000", "36.0700|00.2400", cost: 41000m, grade: "3", personal: 8000m, hospital: "H-A 三级医院", fund: DipFund.Resident),
        Case("C34.100|C78.000", "99.2501", cost: 13000m, grade: "3", personal: 2600m, hospital: "H-A 三级医院", fund: DipFund.Resident),
        Case("I21.000|R57.000", "", cost: 60000m, grade: "3", los: 12, personal: 9000m, hospital: "H-A 三级医院"),
        Case("K80.100", "51.2300", cost: 4500m, grade: "2", personal: 900m, hospital: "H-B 二级医院"),
        Case("K81.000", "51.2300", cost: 16000m, grade: "2", personal: 3200m, hospital: "H-B 二级医院", fund: DipFund.Resident),
        Case("S72.000", "81.5100", cost: 43000m, grade: "2", ageYears: 78, personal: 8600m, hospital: "H-B 二级医院"),
        Case("J18.900", "", cost: 3900m, grade: "1", ageYears: 3, personal: 800m, hospital: "H-C 一级医院", fund: DipFund.Resident),
        Case("K35.800", "47.0100", cost: 7000m, grade: "1", personal: 1400m, hospital: "H-C 一级医院", fund: DipFund.Resident),
        Case("R50.900", "", cost: 2000m, grade: "1", personal: 400m, hospital: "H-C 一级医院"),
    };

    private static DipYearEndReport Settle()
    {
        var results = Engine.EvaluateAll(Region);
        return DipPointValues.YearEnd(new DipYearEndInput
        {
            Method = DipPointValueMethod.Floating,
            Budgets = ImmutableArray.Create(
                new DipFundBudget { Fund = DipFund.Employee, FundAvailable = 100000m, ReimbursementRatio = 0.8m },
                new DipFundBudget { Fund = DipFund.Resident, FundAvailable = 52000m, ReimbursementRatio = 0.65m }),
            Cases = Region.Select((c, i) => DipScoredCase.From(c, results[i])).ToArray(),
        });
    }

    [Fact]
    public void Year_end_settlement_report_of_a_small_region()
    {
        var report = Settle();

        // Hand-checkable identities: distributable budgets 100000 ÷ 0.8 = 125000.00 and 52000 ÷ 0.65 = 80000.00; payments exhaust them.
        Assert.Equal(new[] { 125000.00m, 80000.00m }, report.Funds.Select(f => f.DistributableBudget));
        foreach (var fund in report.Funds) Assert.Equal(fund.DistributableBudget, report.Hospitals.Where(h => h.Fund == fund.Fund).Sum(h => h.Payment));
        Assert.Empty(report.Issues);

        // Employee pool worked by hand (domain-primer §3.4, §3.7, §3.8; r measured against the subtype's reference, national bounds):
        //   H-A: K80.1-01 r = 12000/12500 = 0.96 → 1180; K80.1-02 r = 21000/18500 = 1.135… → normal 1850;
        //        I21.0-00 with III (R57, LOS 12) 900 × 1.35 = 1215, reference 9000 × 1.35 = 12150, r = 60000/12150 = 4.938… (2 < r ≤ 5: high,
        //        not extreme) → 1215 × (60000/12150 − 2 + 1) = 60000/10 − 1215 = 4785 → H-A 1180 + 1850 + 4785 = 7815.
        //   H-B: K80.1-01 grade 2 r = 4500/10000 = 0.45 < 0.5 → 1180 × 0.45 × 0.9 = 477.9; S72.0-01 age 78 → AGE-5 4500 × 1.10 = 4950,
        //        reference 45000 × 1.10 = 49500, r = 43000/49500 = 0.87 → normal 4950 × 0.9 = 4455 → H-B 4932.9.
        //   H-C: R50.9 not grouped → 0.   S = 7815 + 4932.9 = 12747.9.
        //   Shares of 125000: H-A 125000 × 7815 / 12747.9 = 76630.2685… → 76630.26, H-B 125000 × 4932.9 / 12747.9 = 48369.7314… → 48369.73;
        //   Σ = 124999.99, the remaining fen goes to the larger cut-off fraction (H-A .85 > H-B .15) → H-A 76630.27.
        // Fund shares (primer §2.2, never negative): H-A 76630.27 − (2400 + 4200 + 9000) = 61030.27; H-B 48369.73 − (900 + 8600) = 38869.73
        //   (every case's share of the hospital payment exceeds its own payment); H-C: payment 0.00, own payment 400 → 0.00, not −400.00.
        // Resident pool (unchanged by the subtype reference: no case there is near a bound): D = 80000.00, S = 5490 + 1530 + 1224 = 8244.
        var employee = report.Hospitals.Where(h => h.Fund == DipFund.Employee).ToArray();
        Assert.Equal(12747.9m, report.Funds[0].TotalScore);
        Assert.Equal(new[] { 7815m, 4932.9m, 0m }, employee.Select(h => h.TotalScore));
        Assert.Equal(new[] { 76630.27m, 48369.73m, 0m }, employee.Select(h => h.Payment));
        Assert.Equal(new[] { 61030.27m, 38869.73m, 0.00m }, employee.Select(h => h.FundShare));
        Assert.Equal(8244m, report.Funds[1].TotalScore);
        Assert.All(report.Hospitals, h => Assert.True(h.FundShare >= 0m, h.HospitalId + " " + h.Fund));
        Snapshot.Match(report);
    }

    [Fact]
    public void Issue_catalogue()
    {
        Snapshot.Match(DipIssues.Catalog.Select(d => new { d.Code, Severity = d.Severity.ToString(), d.Zh, d.En }).ToArray());
    }
}

/// <summary>The explanation of one case (trace + zh/en steps) as a reviewable snapshot; its figures are worked in DipRunTests (case 2).</summary>
public class DipExplanationSnapshotTests
{
    [Fact]
    public void Explanation_of_a_low_deviation_case_with_an_auxiliary_subtype()
    {
        // K80.1-01, II (E87, LOS 7) 1180 × 1.12 = 1321.6; grade 2 mean 10000, subtype reference 10000 × 1.12 = 11200,
        // r = 4800 / 11200 = 3/7 = 0.428571… < 0.5 → low 1321.6 × 3/7 × 0.90 = 509.76 (the subtype coefficient cancels: 1180 × 0.48 × 0.9);
        // payment 509.76 × 10.5 = 5352.48; fund share max(0, 5352.48 − 1000) = 4352.48.
        var explanation = DipCases.Engine.Explain(DipCases.Case("K80.100|E87.100", "51.2300", cost: 4800m, grade: "2", personal: 1000m), new MedPay.Rules.Dip.DipPointPrices(10.5m));
        Assert.Equal(509.76m, explanation.Result.Score);
        Assert.Equal(5352.48m, explanation.Result.Payment);
        Assert.Equal(4352.48m, explanation.Result.FundShare);
        Assert.StartsWith("目录：dip-example@2026.1-example#", explanation.Steps[0].Zh, StringComparison.Ordinal);
        Snapshot.Match(new
        {
            Trace = explanation.Trace.Select(t => $"{t.Stage} {t.Code} {(t.Matched ? "✓" : "✗")} {t.Reason}").ToArray(),
            // step 0 names the pack with its content hash, which depends on line endings: checked here, left out of the snapshot
            Steps = explanation.Steps.Skip(1).Select(s => s.ToString()).ToArray(),
            Issues = explanation.Issues.Select(i => i.ToString()).ToArray(),
        });
    }
}
