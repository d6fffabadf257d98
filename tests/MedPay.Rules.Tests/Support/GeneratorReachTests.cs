using FsCheck;
using FsCheck.Fluent;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using Xunit.Abstractions;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// What the generators of <see cref="NationalGenerators"/> reach, counted on a fixed sample (seed 20240601): a property fed with
/// cases that all stop at the first unknown code proves nothing about grouping. The counts are written to the test output.
/// </summary>
public sealed class GeneratorReachTests
{
    private const int Samples = 2000;

    private readonly ITestOutputHelper _log;

    public GeneratorReachTests(ITestOutputHelper log) => _log = log;

    private static T[] Sample<T>(Gen<T> gen) => Gen.Sample(gen, Samples, new Rnd(20240601UL), 50);

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => items.Count(predicate) / (double)items.Count;

    [Fact]
    public void Generated_cases_mostly_reach_a_grouped_result_and_every_status()
    {
        var grouper = ConformanceFixture.Scheme.CreateGrouper();
        var results = Sample(NationalGenerators.Case).Select(c => grouper.Group(c)).ToList();
        var grouped = Share(results, r => r.IsGrouped);
        var ungroupable = Share(results, r => r.Status == DrgGroupingStatus.Ungroupable);
        var invalid = Share(results, r => r.Status == DrgGroupingStatus.InvalidInput);
        var mdcs = results.Where(r => r.IsGrouped).Select(r => r.MdcCode).Distinct().Count();
        var drgs = results.Where(r => r.IsGrouped).Select(r => r.DrgCode).Distinct().Count();
        // A split by complications was made: a DRG of an ADRG that has more than one DRG.
        var split = results.Count(r => r.IsGrouped && r.Adrg is { } a && a.Drgs.Length > 1);
        _log.WriteLine($"grouped {grouped:P1}, ungroupable {ungroupable:P1}, invalid {invalid:P1}; {mdcs} MDCs, {drgs} DRGs; {split} in split ADRGs");
        Assert.True(grouped >= 0.5, $"only {grouped:P1} of generated cases grouped");
        Assert.True(ungroupable > 0 && invalid > 0, "generated cases must also reach the ungroupable and invalid paths");
        Assert.True(mdcs >= 20, $"only {mdcs} MDCs reached");
        Assert.True(drgs >= 150, $"only {drgs} DRGs reached");
        Assert.True(split >= Samples / 10, $"only {split} cases in ADRGs split by complications");
    }

    [Fact]
    public void The_prefilter_mix_groups_most_cases_across_the_scheme()
    {
        var grouper = ConformanceFixture.Scheme.CreateGrouper();
        var results = Sample(NationalGenerators.PrefilterMix).Select(c => grouper.Group(c)).ToList();
        var grouped = Share(results, r => r.IsGrouped);
        var adrgs = results.Where(r => r.IsGrouped).Select(r => r.AdrgCode).Distinct().Count();
        var drgs = results.Where(r => r.IsGrouped).Select(r => r.DrgCode).Distinct().Count();
        _log.WriteLine($"prefilter mix: grouped {grouped:P1}; {adrgs} ADRGs, {drgs} DRGs");
        Assert.True(grouped >= 0.6, $"only {grouped:P1} grouped");
        Assert.True(adrgs >= 200 && drgs >= 300, $"{adrgs} ADRGs, {drgs} DRGs");
    }

    [Fact]
    public void Arbitrary_strings_alone_almost_never_group()
    {
        // Why the generators above exist: the cases the properties used to get (random strings for codes) reach no grouping path.
        var grouper = ConformanceFixture.Scheme.CreateGrouper();
        var strings = ArbMap.Default.GeneratorFor<string?[]>();
        var results = Sample(strings.SelectMany(dx => strings.Select(pr => new DrgCase
        {
            Sex = Sex.Male, AgeYears = 40, AgeDays = 14610, LengthOfStayDays = 5, Discharge = 1, Diagnoses = dx!, Procedures = pr!,
        }))).Select(c => grouper.Group(c)).ToList();
        var grouped = Share(results, r => r.IsGrouped);
        _log.WriteLine($"random strings: grouped {grouped:P1}");
        Assert.True(grouped < 0.01, $"{grouped:P1}");
    }

    [Fact]
    public void Generated_code_texts_mostly_resolve_and_reach_every_normalisation_status()
    {
        var dx = ConformanceFixture.Scheme.Diagnoses;
        var reports = Sample(NationalGenerators.CodeText).Select(t => dx.Normalize(t)).ToList();
        var resolved = Share(reports, r => r.IsResolved);
        var statuses = reports.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        _log.WriteLine($"resolved {resolved:P1}; " + string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(resolved >= 0.5, $"only {resolved:P1} of generated code texts resolved");
        Assert.All(Enum.GetValues(typeof(CodeNormalizationStatus)).Cast<CodeNormalizationStatus>(), s => Assert.True(statuses.ContainsKey(s), $"no {s}"));
    }

    [Fact]
    public void Generated_cases_with_version_maps_reach_mapping_and_every_dropping_issue()
    {
        var grouper = ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true, UnknownCodes = UnknownCodePolicy.DropAndReport });
        var results = Sample(NationalGenerators.CaseWithMappedCodes).Select(c => grouper.Group(c)).ToList();
        var grouped = Share(results, r => r.IsGrouped);
        var codes = results.SelectMany(r => r.Issues).GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.Count());
        _log.WriteLine($"grouped {grouped:P1}; " + string.Join(", ", codes.Where(kv => kv.Key.StartsWith("CODE_", StringComparison.Ordinal)).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(grouped >= 0.5, $"only {grouped:P1} grouped");
        Assert.All(new[] { "CODE_MAPPED", "CODE_DROPPED", "CODE_NORMALIZED" }, code => Assert.True(codes.ContainsKey(code), $"no {code}"));
    }
}
