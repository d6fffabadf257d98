using System.Management.Automation;
using MedPay.Rules.Drg;
using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>The cmdlets in real scripts: <c>Import-Csv | Invoke-MedPayDrgGroup | Export-Csv</c>, DIP, rule packs, bad input.</summary>
public class PipelineTests
{
    [Fact]
    public void Import_Csv_through_Invoke_MedPayDrgGroup_to_Export_Csv_writes_the_expected_groups()
    {
        var folder = Pwsh.TempFolder();
        File.Copy(Path.Combine(Pwsh.RepositoryRoot, "examples", "cases.csv"), Path.Combine(folder, "cases.csv"));
        var run = Pwsh.Run("Import-Module $MedPayModule\nImport-Csv cases.csv | Invoke-MedPayDrgGroup | Export-Csv out.csv", folder);
        Assert.Empty(run.Errors);

        var output = CsvText.ReadFile(Path.Combine(folder, "out.csv"));
        Assert.Equal(new[] { "Id", "Mdc", "Adrg", "Drg", "Status", "DrgName", "Issues", "Messages", "Scheme", "Result" }, output[0]);
        // examples/cases.csv carries each case's expected mdc, adrg and drg (hand-checked against rules/chs-drg-2.0-excerpt, see SOURCES.md).
        var input = CsvText.ReadFile(Path.Combine(folder, "cases.csv"));
        var column = input[0].IndexOf("mdc");
        Assert.Equal(40, input.Count - 1);
        Assert.Equal(input.Count, output.Count);
        for (var i = 1; i < input.Count; i++)
        {
            var expected = input[i];
            var actual = output[i];
            Assert.Equal(expected[0], actual[0]);
            Assert.Equal((expected[column], expected[column + 1], expected[column + 2]), (actual[1], actual[2], actual[3]));
            if (expected[column + 2] != "0000") Assert.Equal("Grouped", actual[4]);
            else if (actual[4] != "Ungroupable") Assert.True(actual[4] == "InvalidInput" && actual[6].Length > 0, $"{actual[0]}: {actual[4]} without issues");
            Assert.StartsWith(DrgScheme.DefaultEmbeddedPackId + "@", actual[8]);
        }

        // E01 by hand: K80.000x004 (cholelithiasis with cholecystitis) + 51.2300 (laparoscopic cholecystectomy) → MDCH / HC2; its CCs make
        // HC2's first row "has_mcc or has_cc" hold → HC23, named in rules/chs-drg-2.0-excerpt/drg.csv line 18.
        Assert.Equal(new[] { "E01", "MDCH", "HC2", "HC23", "Grouped", "胆囊切除手术，伴合并症或并发症" }, output[1].Take(6));
        Directory.Delete(folder, true);
    }

    [Fact]
    public void An_ungroupable_row_carries_the_engines_filled_in_reason_not_a_fixed_sentence()
    {
        // E36 of examples/cases.csv: main diagnosis S36.500 (an injury), no procedure; rules/chs-drg-2.0-excerpt has no MDC that takes it, so
        // it is ungroupable (0000). The row carries the library's GROUP_NO_ADRG issue with the diagnosis, the procedures and the scheme filled
        // in (as medpay group --columns issues,reason writes it), and the same for a typed DrgCase.
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            [pscustomobject]@{ id = 'E36'; sex = 'M'; age_years = 35; age_days = 12790; birth_weight_g = 0; los_days = 7; discharge = 1; diagnoses = 'S36.500'; procedures = '' } | Invoke-MedPayDrgGroup
            [MedPay.Rules.Drg.DrgCase]@{ Id = 'T1'; Sex = 'Male'; AgeYears = 35; AgeDays = 12790; LengthOfStayDays = 7; Discharge = 1; Diagnoses = [string[]]@('S36.500') } | Invoke-MedPayDrgGroup
            """);
        Assert.Empty(run.Errors);
        foreach (var row in run.Output.Select(o => (DrgGroupRow)o.BaseObject))
        {
            Assert.Equal((DrgGroupingStatus.Ungroupable, "0000"), (row.Status, row.Drg));
            Assert.Equal("GROUP_NO_ADRG", row.Issues);
            Assert.Equal("GROUP_NO_ADRG: 方案 chs-drg-2.0-excerpt 中没有 MDC 或 ADRG 接收主要诊断 S36.500（手术操作：无），未入组（0000） / " +
                "no MDC or ADRG of scheme chs-drg-2.0-excerpt takes main diagnosis S36.500 (procedures: none): ungroupable (0000)", row.Messages);
        }

        Assert.Equal(2, run.Output.Count);
    }

    [Fact]
    public void Rows_with_a_bad_number_or_missing_columns_are_reported_not_dropped()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            @{ id = 'bad'; sex = 'M'; age_years = 'forty'; age_days = 0; birth_weight_g = 0; los_days = 5; discharge = 1; diagnoses = 'K80.000x004'; procedures = '51.2300' },
            [pscustomobject]@{ id = 'short'; diagnoses = 'K80.000x004' } | Invoke-MedPayDrgGroup
            """);
        Assert.Equal(2, run.Output.Count);
        var bad = (DrgGroupRow)run.Output[0].BaseObject;
        Assert.Equal(("bad", DrgGroupingStatus.InvalidInput, "0000"), (bad.Id, bad.Status, bad.Drg));
        Assert.Equal("CASE_FIELD_NOT_A_NUMBER", bad.Issues);
        Assert.Contains(run.Warnings, w => w.StartsWith("bad: CASE_FIELD_NOT_A_NUMBER", StringComparison.Ordinal) && w.Contains("forty"));

        var missing = (DrgGroupRow)run.Output[1].BaseObject;
        Assert.Equal(("short", DrgGroupingStatus.InvalidInput), (missing.Id, missing.Status));
        Assert.Contains("CASE_MISSING_COLUMN", missing.Issues);
        var error = Assert.Single(run.Errors);
        Assert.Equal("CaseColumnsMissing,MedPay.Rules.PowerShell.InvokeDrgGroupCommand", error.FullyQualifiedErrorId);
        Assert.Contains("sex", error.Exception.Message);
    }

    [Fact]
    public void Typed_cases_and_a_scheme_folder_from_Import_MedPayRulePack_group_with_trace()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $scheme = Import-MedPayRulePack $Folder
            $case = [MedPay.Rules.Drg.DrgCase]@{ Id = 'n1'; Sex = 'Male'; AgeYears = 40; AgeDays = 14610; LengthOfStayDays = 5; Discharge = 1; Diagnoses = [string[]]@('D14.302', 'J61.x00x001') }
            $case | Invoke-MedPayDrgGroup -Scheme $scheme -IncludeTrace
            """, variables: new Dictionary<string, object?> { ["Folder"] = SharedFolder("chs-drg-1.1") });
        Assert.Empty(run.Errors);
        var row = (DrgGroupRow)Assert.Single(run.Output).BaseObject;
        // As in the library's GroupCommandTests (national tables): benign lung neoplasm with pneumoconiosis, no procedure → MDCE / ER1 / ER13.
        Assert.Equal(("n1", "MDCE", "ER1", "ER13"), (row.Id, row.Mdc, row.Adrg, row.Drg));
        Assert.NotNull(row.Result!.Value.Trace);
        Assert.StartsWith("chs-drg-1.1", row.Scheme);
    }

    [Fact]
    public void Import_MedPayRulePack_builds_by_manifest_and_reports_a_missing_pack_as_an_error()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Import-MedPayRulePack dip-example
            Import-MedPayRulePack chs-drg-2.0-excerpt
            Import-MedPayRulePack ./no/such/pack
            """, Pwsh.TempFolder());
        Assert.Equal(new[] { "DipCatalogue", "DrgScheme" }, run.Output.Select(o => o.BaseObject.GetType().Name));
        var error = Assert.Single(run.Errors);
        Assert.Equal("RulePackUnreadable,MedPay.Rules.PowerShell.ImportRulePackCommand", error.FullyQualifiedErrorId);
        Assert.Contains("no/such/pack", error.Exception.Message);
    }

    [Fact]
    public void Invoke_MedPayDipGroup_scores_and_prices_a_case()
    {
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            [pscustomobject]@{ id = 'd1'; hospital_id = 'H1'; hospital_grade = '3'; fund = 'employee'; age_years = '45'; los_days = '7'; discharge = '1';
                               diagnoses = 'K80.100'; procedures = '51.2300'; total_cost = '12000'; personal_payment = '3000' } |
                Invoke-MedPayDipGroup -PointValue 10.5
            """);
        Assert.Empty(run.Errors);
        var row = (DipGroupRow)Assert.Single(run.Output).BaseObject;
        // By hand (as DipScoringTests): K80.1-01 scores 1180 (groups.csv); grade-3 mean cost 12500 (grade_costs.csv), 12000 / 12500 = 0.96 →
        // normal; score 1180 × 1.00 = 1180; payment 1180 × 10.5 = 12390.00; fund share 12390.00 − 3000 = 9390.00.
        Assert.Equal(("d1", "H1", "K80.1-01"), (row.Id, row.HospitalId, row.Group));
        Assert.Equal(0.96m, row.CostRatio);
        Assert.Equal(1180m, row.Score);
        Assert.Equal(12390.00m, row.Payment);
        Assert.Equal(9390.00m, row.FundShare);
    }

    internal static string SharedFolder(string name)
    {
        for (var dir = new DirectoryInfo(Pwsh.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "conformance", name);
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }

        return Environment.GetEnvironmentVariable("MEDPAY_SHARED") is { Length: > 0 } env ? Path.Combine(env, "conformance", name) : throw new DirectoryNotFoundException("shared/conformance/" + name);
    }
}
