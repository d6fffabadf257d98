using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>Invariants of the grouper, checked with FsCheck on the national conformance scheme.</summary>
public class GrouperProperties
{
    private static readonly DrgGrouper Grouper = ConformanceFixture.Scheme.CreateGrouper();

    // Generated cases (Support/NationalGenerators.cs) draw their codes from the scheme's dictionaries and tables, with messy
    // spellings and junk mixed in. Counted in GeneratorReachTests on 2,000 sampled cases: NationalGenerators.Case groups 61.5%
    // (2.5% ungroupable, 35.9% invalid input), reaching all 26 MDCs and 278 DRGs; the prefilter mix groups 75.3% over 338 ADRGs
    // and 494 DRGs. Before: the never-throws property fed random strings for codes (0.0% grouped: every case stopped at
    // CODE_UNKNOWN), and the determinism property drew from the first 300 diagnoses and 100 procedures of the dictionaries,
    // procedures among the diagnoses (30% grouped, 10 MDCs, 37 DRGs); the prefilter property drew whole-dictionary codes (86%
    // grouped) but never a messy spelling.

    [Property(MaxTest = 500)]
    public Property The_grouper_never_throws_on_arbitrary_input() => Prop.ForAll(Arb.From(NationalGenerators.AnyCase), @case =>
    {
        var result = Grouper.Group(@case);
        Assert.True(Enum.IsDefined(typeof(DrgGroupingStatus), result.Status));
        var traced = Grouper.Group(@case, includeTrace: true);
        Assert.Equal(result.DrgCode, traced.DrgCode);
        if (result.Status == DrgGroupingStatus.InvalidInput) Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error);
        if (result.IsGrouped) Assert.NotNull(ConformanceFixture.Scheme.FindDrg(result.DrgCode));
    });

    [Property(MaxTest = 300)]
    public Property Real_codes_in_random_combinations_are_grouped_deterministically() => Prop.ForAll(Arb.From(NationalGenerators.Case), @case =>
    {
        var first = Grouper.Group(@case);
        var second = Grouper.Group(@case);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.DrgCode, second.DrgCode);
        Assert.Equal(first.Issues.ToArray(), second.Issues.ToArray());
    });

    /// <summary>
    /// The fast path skips the MDC and ADRG rows the candidate index rules out; the traced path evaluates every row.
    /// Both must always agree: on conformance cases with codes added (two in three) and on generated cases.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property The_candidate_prefilter_never_changes_the_result() =>
        Prop.ForAll(Arb.From(NationalGenerators.PrefilterMix), @case =>
        {
            var fast = Grouper.Group(@case);
            var full = Grouper.Group(@case, includeTrace: true);
            Assert.Equal((full.Status, full.MdcCode, full.AdrgCode, full.DrgCode), (fast.Status, fast.MdcCode, fast.AdrgCode, fast.DrgCode));
        });

    // Conformance cases: 1,853 of the first 2,000 group (92.7%).
    [Property(MaxTest = 400)]
    public void Reordering_or_duplicating_other_diagnoses_and_non_main_procedures_never_changes_the_result(PositiveInt pick, int seed)
    {
        var cases = ConformanceFixture.Cases;
        var original = cases[pick.Get % cases.Count].Case!;
        var random = new Random(seed);
        var expected = Grouper.Group(original);

        var changed = new DrgCase
        {
            Sex = original.Sex, AgeYears = original.AgeYears, AgeDays = original.AgeDays, BirthWeightGrams = original.BirthWeightGrams,
            LengthOfStayDays = original.LengthOfStayDays, Discharge = original.Discharge,
            Diagnoses = ShuffleAndDuplicateTail(original.Diagnoses, random),
            Procedures = ShuffleAndDuplicateTail(original.Procedures, random),
        };
        var actual = Grouper.Group(changed);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.MdcCode, actual.MdcCode);
        Assert.Equal(expected.AdrgCode, actual.AdrgCode);
        Assert.Equal(expected.DrgCode, actual.DrgCode);
    }

    /// <summary>Keeps the first (main) code, shuffles the rest and repeats some of them (and maybe the main one) at random places.</summary>
    private static string[] ShuffleAndDuplicateTail(IReadOnlyList<string> codes, Random random)
    {
        if (codes.Count == 0) return Array.Empty<string>();
        var tail = codes.Skip(1).ToList();
        var copies = random.Next(0, 3);
        for (var i = 0; i < copies && codes.Count > 0; i++) tail.Add(codes[random.Next(codes.Count)]);
        var shuffled = tail.OrderBy(_ => random.Next()).ToList();
        shuffled.Insert(0, codes[0]);
        return shuffled.ToArray();
    }
}
