using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>The national CHS-DRG 1.1 fixture (../shared/conformance/chs-drg-1.1): every case must get the reference grouper's result.</summary>
public class ConformanceTests
{
    [Fact]
    public void Fixture_scheme_loads_with_the_published_counts()
    {
        // Counted from the fixture's own files, so the test holds for whatever scheme the folder holds.
        var folder = SharedFixtures.ChsDrg11;
        var scheme = ConformanceFixture.Scheme;
        Assert.True(FixtureFacts.DistinctCodes(folder, "mdc.csv", 1) == scheme.Mdcs.Length, $"{folder}/mdc.csv: MDC count differs from the loaded scheme's {scheme.Mdcs.Length}");
        Assert.True(FixtureFacts.DistinctCodes(folder, "adrg.csv", 2) == scheme.Adrgs.Length, $"{folder}/adrg.csv: ADRG count differs from the loaded scheme's {scheme.Adrgs.Length}");
        Assert.True(FixtureFacts.RowCount(folder, "drg.csv") == scheme.Drgs.Length, $"{folder}/drg.csv: DRG count differs from the loaded scheme's {scheme.Drgs.Length}");
        Assert.True(scheme.Mdcs.Length > 0 && scheme.Drgs.Length > 0, $"{folder}: no MDC or DRG rows");
        Assert.DoesNotContain(scheme.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(64, scheme.Identity.ContentHash.Length);
    }

    [Fact]
    public void Every_conformance_case_gets_the_reference_result()
    {
        var folder = SharedFixtures.ChsDrg11;
        var grouper = ConformanceFixture.Scheme.CreateGrouper();
        var cases = ConformanceFixture.Cases;
        var rows = FixtureFacts.RowCount(folder, "cases.csv");
        Assert.True(rows > 0 && cases.Count == rows, $"{folder}/cases.csv has {rows} case rows, the reader gave {cases.Count}");
        var mismatches = new List<string>();
        foreach (var record in cases)
        {
            Assert.NotNull(record.Case);
            var result = grouper.Group(record.Case!);
            var mdc = result.IsGrouped ? result.MdcCode : string.Empty;
            var adrg = result.IsGrouped ? result.AdrgCode : string.Empty;
            if (mdc != record.ExpectedMdc || adrg != record.ExpectedAdrg || result.DrgCode != record.ExpectedDrg)
            {
                mismatches.Add($"{record.Id}: expected {record.ExpectedMdc}/{record.ExpectedAdrg}/{record.ExpectedDrg}, got {result} {string.Join("; ", result.Issues)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{folder}: {mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches.Take(30)));
    }

    [Fact]
    public void Eight_threads_at_once_give_the_same_results_as_one()
    {
        var grouper = ConformanceFixture.Scheme.CreateGrouper();
        var cases = ConformanceFixture.Cases.Select(r => r.Case!).ToArray();
        var expected = cases.Select(c => grouper.Group(c).DrgCode).ToArray();
        var runs = new string[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var codes = new string[cases.Length];
            // Each thread walks the cases from a different start so that threads hit different rows at the same time.
            for (var k = 0; k < cases.Length; k++)
            {
                var i = (k + t * 3917) % cases.Length;
                codes[i] = grouper.Group(cases[i]).DrgCode;
            }

            runs[t] = codes;
        });
        foreach (var run in runs) Assert.Equal(expected, run);
    }
}
