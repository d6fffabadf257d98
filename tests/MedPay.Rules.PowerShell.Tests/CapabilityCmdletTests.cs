using MedPay.Rules.Payment;
using MedPay.Rules.PowerShell.Tests.Support;
using MedPay.Rules.Retention;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>Payment, settlement-list checks and retention from scripts, with hand-worked figures.</summary>
public class CapabilityCmdletTests
{
    [Fact]
    public void Measure_MedPayPayment_groups_a_case_row_and_pays_it()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            [pscustomobject]@{ id = 'E02'; sex = 'M'; age_years = '68'; age_days = '24855'; birth_weight_g = '0'; los_days = '6'; discharge = '1'
                               diagnoses = 'K80.000x004|K86.000|I10.x04'; procedures = '51.2300'
                               total_cost = '15000'; personal_payment = '3000'; fund = 'employee'; grade = '3' },
            [pscustomobject]@{ id = 'by-drg'; drg = 'HC25'; status = 'grouped'; total_cost = '52000.50'; personal_payment = '8000'; fund = '职工'; los_days = '6' },
            [pscustomobject]@{ id = 'bad'; drg = 'HC25'; total_cost = 'lots'; grade = '3' } | Measure-MedPayPayment -Grade 3
            """);
        Assert.Empty(run.Errors);
        var rows = run.Output.Select(o => (PaymentRow)o.BaseObject).ToArray();
        Assert.Equal(3, rows.Length);
        // E02 groups to HC25 (examples/cases.csv). By hand, as PaymentEngineTests with rules/drg-payment-example: standard = 10,000.00
        // (employee rate) × 1.6500 (HC25 weight) × 1.05 (grade 3) = 17,325.00; 15,000.00 lies between 0.4× and 3× → normal, paid the
        // standard; fund = 17,325.00 − 3,000.00 = 14,325.00; balance = 17,325.00 − 15,000.00 = 2,325.00.
        Assert.Equal(("E02", "HC25", PaymentStatus.Paid, CostOutlierClass.Normal), (rows[0].Id, rows[0].Drg, rows[0].Status, rows[0].OutlierClass));
        Assert.Equal((17325.00m, 17325.00m, 14325.00m, 2325.00m), (rows[0].Standard, rows[0].Payment, rows[0].FundShare, rows[0].Balance));
        // A DRG column, grade from -Grade: 52,000.50 > 3 × 17,325.00 = 51,975.00 → high outlier paid by item 52,000.50; fund 44,000.50.
        Assert.Equal((CostOutlierClass.High, PaymentMethod.FeeForItem), (rows[1].OutlierClass, rows[1].Method));
        Assert.Equal((52000.50m, 44000.50m), (rows[1].Payment, rows[1].FundShare));
        // The same reader as medpay pay: an unreadable amount is PAY_INPUT_BAD_VALUE with the column and the value.
        Assert.Equal((PaymentStatus.InvalidInput, "PAY_INPUT_BAD_VALUE", (decimal?)null), (rows[2].Status, rows[2].Issues, rows[2].Payment));
        Assert.Contains(run.Warnings, w => w.StartsWith("bad: PAY_INPUT_BAD_VALUE", StringComparison.Ordinal) && w.Contains("lots"));
    }

    [Fact]
    public void Test_MedPaySettlementList_rejects_a_list_without_diagnoses_and_reports_bad_json()
    {
        var folder = Pwsh.TempFolder();
        File.WriteAllText(Path.Combine(folder, "upload.json"), """{ "setlinfo": { "setl_id": "S0001" } }""");
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Test-MedPaySettlementList upload.json
            '{ "setlinfo": ' | Test-MedPaySettlementList
            [System.IO.FileInfo]::new($Upload) | Test-MedPaySettlementList
            """, folder, new Dictionary<string, object?> { ["Upload"] = Path.Combine(folder, "upload.json") });
        Assert.Equal(2, run.Output.Count);
        // A file object from the pipeline binds by its FullName, as Get-ChildItem output does.
        Assert.Equal(((SettlementCheckRow)run.Output[0].BaseObject).Rules, ((SettlementCheckRow)run.Output[1].BaseObject).Rules);
        var row = (SettlementCheckRow)run.Output[0].BaseObject;
        // rules/settlement-national/rules.csv: RQ-03 (reject) fires when diseinfo is empty; RQ-01 (reject) lists the required setlinfo
        // fields, of which only setl_id is given here.
        Assert.Equal(("upload.json", 0, "S0001", true), (row.Source, row.Index, row.SetlId, row.IsRejected));
        Assert.Contains("RQ-03", row.Rules.Split("; "));
        Assert.Contains("RQ-01", row.Rules.Split("; "));
        Assert.Contains(row.Findings, f => f.RuleId == "RQ-03" && f.Message.En.Contains("no diagnosis rows"));
        var error = Assert.Single(run.Errors);
        Assert.Equal("SettlementJsonInvalid,MedPay.Rules.PowerShell.TestSettlementListCommand", error.FullyQualifiedErrorId);
        Directory.Delete(folder, true);
    }

    [Fact]
    public void Invoke_MedPayRetention_settles_a_quota_year()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $policy = Import-MedPayRulePack retention-quota-example
            [pscustomobject]@{ id = 'H1'; name = 'Hospital 1'; payment = '1000000'; fee_for_item = '800000'; inpatient_outpatient_ratio = '0.018' },
            [pscustomobject]@{ id = 'H2'; name = 'Hospital 2'; payment = '1000000'; fee_for_item = '1300000' },
            [pscustomobject]@{ id = 'H3'; payment = 'n/a'; fee_for_item = '1' } | Invoke-MedPayRetention -Policy $policy
            """);
        var outcomes = run.Output.Select(o => (RetentionOutcome)o.BaseObject).ToArray();
        Assert.Equal(2, outcomes.Length);
        // domain-primer §4.2 per-case quota, as PrimerExampleTests: quota 1,000,000, cost 800,000 → saving 200,000; 30% = 60,000 is above
        // the cap 3% × 1,000,000 = 30,000 → retained 30,000.00, the fund keeps 170,000.00.
        Assert.Equal(("H1", 200000.00m, 30000.00m, 170000.00m), (outcomes[0].Id, outcomes[0].Surplus, outcomes[0].Retained, outcomes[0].SurplusToFund));
        // Cost 1,300,000: overspend 300,000; the first 20% (200,000) shared half → fund 100,000; the 100,000 beyond wholly by the hospital.
        Assert.Equal((300000m, 100000m, 200000m), (outcomes[1].Overspend, outcomes[1].FundBorne, outcomes[1].HospitalBorne));
        var error = Assert.Single(run.Errors);
        Assert.Equal("RetentionRowInvalid,MedPay.Rules.PowerShell.InvokeRetentionCommand", error.FullyQualifiedErrorId);
        Assert.Contains("RETENTION_INPUT_", error.Exception.Message);
        Assert.Contains("n/a", error.Exception.Message);
    }
}
