using System.Text;
using MedPay.Rules.Drg;
using MedPay.Rules.PowerShell.Tests.Support;

namespace MedPay.Rules.PowerShell.Tests;

/// <summary>
/// <c>Invoke-MedPayDrgGroup -Path</c>: a case file streamed through the library's ordered grouping pipeline in a real pwsh session —
/// every row out, in file order, equal to the reference grouper's expected groups; bad rows in place; encodings; errors as errors.
/// </summary>
public class PathStreamingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_national_case_file_streams_in_file_order_with_the_reference_groupers_groups(int threads)
    {
        // The conformance cases carry the independent reference grouper's mdc, adrg and drg per row.
        var folder = PipelineTests.SharedFolder("chs-drg-1.1");
        var cases = Path.Combine(folder, "cases.csv");
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $scheme = Import-MedPayRulePack $Scheme
            Invoke-MedPayDrgGroup -Path $Cases -Scheme $scheme -ThrottleLimit $Threads | ForEach-Object { $_.Id + ',' + $_.Mdc + ',' + $_.Adrg + ',' + $_.Drg }
            """, variables: new Dictionary<string, object?> { ["Scheme"] = folder, ["Cases"] = cases, ["Threads"] = threads });
        Assert.Empty(run.Errors);
        var expected = File.ReadLines(cases).Skip(1).Select(line => line.Split(',')).Select(f => string.Join(",", f[0], f[^3], f[^2], f[^1])).ToList();
        Assert.Equal(30_615, expected.Count);
        Assert.Equal(expected, run.Output.Select(o => o.ToString()).ToList());
    }

    [Fact]
    public void Path_rows_equal_Import_Csv_rows_and_carry_their_columns_on_to_Measure_MedPayPayment()
    {
        // examples/cases-with-costs.csv through both ways: the same rows, and the same payments (the -Path rows keep the file's cost columns).
        var examples = Path.Combine(Pwsh.RepositoryRoot, "examples");
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            $file = Join-Path $Examples 'cases-with-costs.csv'
            $a = Import-Csv $file | Invoke-MedPayDrgGroup | Measure-MedPayPayment | ForEach-Object { "$($_.Id) $($_.Drg) $($_.Status) $($_.Payment) $($_.FundShare)" }
            $b = Invoke-MedPayDrgGroup -Path $file | Measure-MedPayPayment | ForEach-Object { "$($_.Id) $($_.Drg) $($_.Status) $($_.Payment) $($_.FundShare)" }
            [pscustomobject]@{ A = $a -join "`n"; B = $b -join "`n"; Count = $a.Count }
            """, variables: new Dictionary<string, object?> { ["Examples"] = examples });
        Assert.Empty(run.Errors);
        var result = Assert.Single(run.Output);
        Assert.Equal(10, (int)result.Properties["Count"].Value); // the file's 10 rows
        Assert.Equal(result.Properties["A"].Value, result.Properties["B"].Value);
        Assert.Contains(" Paid ", (string)result.Properties["B"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_stays_in_place_as_invalid_input_with_a_warning_and_GB18030_reads_like_UTF8()
    {
        var folder = Pwsh.TempFolder();
        var text = "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures,dept\n" +
                   "a1,男,68,24855,0,7,1,K80.000x004|K86.000,51.2300,普外科\n" +
                   "a2,F,forty,0,0,5,1,K80.000x004,,普外科\n" +
                   "a3,女,68,24855,0,6,1,K80.000x004|K86.000|I10.x04,51.2300,普外科\n";
        File.WriteAllText(Path.Combine(folder, "utf8.csv"), text, new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(folder, "gb.csv"), CodePagesEncoding().GetBytes(text));
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            foreach ($f in 'utf8.csv', 'gb.csv') { Invoke-MedPayDrgGroup -Path $f | ForEach-Object { "$f $($_.Id) $($_.Status) $($_.Drg) $($_.Issues)" } }
            """, folder);
        Assert.Empty(run.Errors);
        var lines = run.Output.Select(o => o.ToString()).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal(lines.Take(3).Select(l => l["utf8.csv".Length..]), lines.Skip(3).Select(l => l["gb.csv".Length..]));
        Assert.StartsWith("utf8.csv a1 Grouped ", lines[0]);
        Assert.StartsWith("utf8.csv a2 InvalidInput 0000 ", lines[1]);
        Assert.StartsWith("utf8.csv a3 Grouped ", lines[2]);
        Assert.Equal(2, run.Warnings.Count); // a2's age_years, once per file
        Assert.All(run.Warnings, w => Assert.Contains("a2", w, StringComparison.Ordinal));
        Directory.Delete(folder, true);
    }

    [Fact]
    public void A_file_without_the_case_columns_a_missing_file_a_bad_encoding_and_a_bad_ThrottleLimit_are_errors()
    {
        var folder = Pwsh.TempFolder();
        File.WriteAllText(Path.Combine(folder, "costs.csv"), "id,total_cost\nx,100\n");
        File.WriteAllBytes(Path.Combine(folder, "bad.csv"), Encoding.ASCII.GetBytes("id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\n")
            .Concat(new byte[] { 0x61, 0x31, 0x2C, 0xFF, 0xFE, 0x0A }).ToArray());
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Invoke-MedPayDrgGroup -Path costs.csv
            Invoke-MedPayDrgGroup -Path no-such.csv
            Invoke-MedPayDrgGroup -Path bad.csv -Encoding utf-8
            try { Invoke-MedPayDrgGroup -Path costs.csv -ThrottleLimit 0 } catch { $_.FullyQualifiedErrorId }
            try { Invoke-MedPayDrgGroup -Path costs.csv -Encoding latin9 } catch { $_.FullyQualifiedErrorId }
            """, folder);
        Assert.Equal(new[] { "CaseColumnsMissing", "CaseFileUnreadable", "CaseFileEncoding" }, run.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Contains("the case file", run.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("缺少必需的列", run.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", run.Errors[2].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "ThrottleLimitInvalid", "EncodingInvalid" }, run.Output.Select(o => o.ToString().Split(',')[0]));
        Directory.Delete(folder, true);
    }

    [Fact]
    public void Select_Object_First_stops_the_stream_early_without_an_error()
    {
        var folder = PipelineTests.SharedFolder("chs-drg-1.1");
        var run = Pwsh.Run("""
            Import-Module $MedPayModule
            Invoke-MedPayDrgGroup -Path (Join-Path $Folder 'cases.csv') -Scheme $Folder | Select-Object -First 3 | ForEach-Object Id
            """, variables: new Dictionary<string, object?> { ["Folder"] = folder });
        Assert.Empty(run.Errors);
        Assert.Equal(File.ReadLines(Path.Combine(folder, "cases.csv")).Skip(1).Take(3).Select(l => l.Split(',')[0]), run.Output.Select(o => o.ToString()));
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
