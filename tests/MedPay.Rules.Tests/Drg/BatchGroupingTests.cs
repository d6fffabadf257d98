using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;
using Xunit;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// The batch entry points (<see cref="DrgGrouper.Group(System.ReadOnlySpan{DrgCase}, System.Span{DrgResult})"/> and
/// <see cref="DrgGrouper.GroupParallel"/>) prefetch the cases ahead and pass the code ids the prefetching found to the grouping
/// as hints (docs/performance.md, 2026-12-02). They must give, case by case, exactly what grouping one case at a time gives:
/// the same status, MDC, ADRG, DRG and the same issues in the same order.
/// </summary>
public class BatchGroupingTests
{
    private static readonly DrgGrouper Grouper = ConformanceFixture.Scheme.CreateGrouper();
    private static readonly DrgGrouper MappingGrouper = ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true });

    [Fact]
    public void Every_conformance_case_groups_in_a_batch_and_in_parallel_as_it_does_alone()
    {
        var cases = ConformanceFixture.Cases.Where(r => r.Case is not null).Select(r => r.Case!).ToArray();
        Assert.True(cases.Length > 30_000, "the fixture holds the national conformance cases");
        var batch = new DrgResult[cases.Length];
        Grouper.Group(cases, batch);
        var parallel = Grouper.GroupParallel(cases, 2);
        var listed = Grouper.GroupParallel(cases.ToList(), 2); // not an array: copied to a rented buffer per range
        for (var i = 0; i < cases.Length; i++)
        {
            var alone = Grouper.Group(cases[i]);
            AssertSame(alone, batch[i], i);
            AssertSame(alone, parallel[i], i);
            AssertSame(alone, listed[i], i);
        }
    }

    [Property(MaxTest = 60)]
    public Property Batches_of_messy_junk_and_mapped_codes_group_as_their_cases_do_alone() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, NationalGenerators.AnyCase), (1, NationalGenerators.CaseWithMappedCodes)), n))), cases =>
        {
            foreach (var grouper in new[] { Grouper, MappingGrouper })
            {
                var batch = new DrgResult[cases.Length];
                grouper.Group(cases, batch);
                for (var i = 0; i < cases.Length; i++) AssertSame(grouper.Group(cases[i]), batch[i], i);
            }
        });

    [Fact]
    public void A_case_with_more_codes_than_the_prefetching_keeps_groups_as_it_does_alone()
    {
        // 40 diagnoses and 10 procedures: beyond the 32 codes per case whose ids the prefetching keeps (CasePrefetcher.CodesPerCase),
        // with duplicates, an empty entry and a lower-case spelling among them; in a batch long enough for the prefetching to run.
        var source = ConformanceFixture.Cases.Select(r => r.Case).OfType<DrgCase>().Where(c => c.Procedures.Count > 0).Take(60).ToArray();
        var diagnoses = source.Select(c => c.Diagnoses[0]).Take(38).Concat(new[] { "", source[0].Diagnoses[0].ToLowerInvariant() }).ToArray();
        var procedures = source.Select(c => c.Procedures[0]).Take(10).ToArray();
        var wide = new DrgCase { Sex = Sex.Male, AgeYears = 50, AgeDays = 50 * 365 + 10, LengthOfStayDays = 7, Discharge = 1, Diagnoses = diagnoses, Procedures = procedures };
        var cases = source.Take(30).Append(wide).Concat(source.Skip(30)).ToArray();
        var batch = new DrgResult[cases.Length];
        Grouper.Group(cases, batch);
        Assert.Contains(Grouper.Group(wide).Issues, i => i.Code == "CODE_DUPLICATE");
        for (var i = 0; i < cases.Length; i++) AssertSame(Grouper.Group(cases[i]), batch[i], i);
    }

    private static void AssertSame(DrgResult expected, DrgResult actual, int index)
    {
        Assert.True(expected.Status == actual.Status, $"case {index}: status {actual.Status}, alone {expected.Status}");
        Assert.True(ReferenceEquals(expected.Mdc, actual.Mdc) && ReferenceEquals(expected.Adrg, actual.Adrg) && ReferenceEquals(expected.Drg, actual.Drg),
            $"case {index}: {actual}, alone {expected}");
        Assert.True(expected.Issues.SequenceEqual(actual.Issues), $"case {index}: issues [{string.Join("; ", actual.Issues)}], alone [{string.Join("; ", expected.Issues)}]");
        Assert.Null(actual.Trace);
    }
}
