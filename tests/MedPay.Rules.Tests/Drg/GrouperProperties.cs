using FsCheck;
using FsCheck.Xunit;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>Invariants of the grouper, checked with FsCheck on the national conformance scheme.</summary>
public class GrouperProperties
{
    private static readonly DrgGrouper Grouper = ConformanceFixture.Scheme.CreateGrouper();

    private static readonly string[] SomeCodes = ConformanceFixture.Scheme.Diagnoses.Entries.Take(300).Select(e => e.Code)
        .Concat(ConformanceFixture.Scheme.Procedures.Entries.Take(100).Select(e => e.Code)).ToArray();

    [Property(MaxTest = 500)]
    public void The_grouper_never_throws_on_arbitrary_input(string?[]? diagnoses, string?[]? procedures, int ageYears, int ageDays, int birthWeight,
        int los, int discharge, double icuHours, string? dept, int sex)
    {
        var @case = new DrgCase
        {
            Sex = (Sex)(Math.Abs(sex % 4)),
            AgeYears = ageYears,
            AgeDays = ageDays,
            BirthWeightGrams = birthWeight,
            LengthOfStayDays = los,
            Discharge = discharge,
            IcuHours = icuHours,
            Department = dept,
            Diagnoses = diagnoses!,
            Procedures = procedures!,
        };
        var result = Grouper.Group(@case);
        Assert.True(Enum.IsDefined(typeof(DrgGroupingStatus), result.Status));
        var traced = Grouper.Group(@case, includeTrace: true);
        Assert.Equal(result.DrgCode, traced.DrgCode);
        if (result.Status == DrgGroupingStatus.InvalidInput) Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error);
    }

    [Property(MaxTest = 300)]
    public void Real_codes_in_random_combinations_are_grouped_deterministically(int seed)
    {
        var random = new Random(seed);
        var dx = Enumerable.Range(0, random.Next(1, 8)).Select(_ => SomeCodes[random.Next(SomeCodes.Length)]).ToArray();
        var pr = ConformanceFixture.Scheme.Procedures.Entries;
        var procedures = Enumerable.Range(0, random.Next(0, 4)).Select(_ => pr[random.Next(pr.Length)].Code).ToArray();
        var years = random.Next(0, 100);
        var @case = new DrgCase
        {
            Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female, AgeYears = years, AgeDays = years * 365 + random.Next(365),
            LengthOfStayDays = random.Next(0, 60), Discharge = 1, Diagnoses = dx, Procedures = procedures,
        };
        var first = Grouper.Group(@case);
        var second = Grouper.Group(@case);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.DrgCode, second.DrgCode);
        Assert.Equal(first.Issues.ToArray(), second.Issues.ToArray());
    }

    /// <summary>
    /// The fast path skips the MDC and ADRG rows the candidate index rules out; the traced path evaluates every row.
    /// Both must always agree, for any mix of real codes from the whole dictionaries.
    /// </summary>
    [Property(MaxTest = 2000)]
    public void The_candidate_prefilter_never_changes_the_result(int seed)
    {
        var random = new Random(seed);
        var dictionary = ConformanceFixture.Scheme.Diagnoses.Entries;
        var pr = ConformanceFixture.Scheme.Procedures.Entries;
        // Half the cases start from a real conformance case (so deep ADRG rows are reached) with random codes added.
        var start = random.Next(2) == 0 ? ConformanceFixture.Cases[random.Next(ConformanceFixture.Cases.Count)].Case : null;
        var dx = (start?.Diagnoses ?? Array.Empty<string>())
            .Concat(Enumerable.Range(0, random.Next(start is null ? 1 : 0, 4)).Select(_ => dictionary[random.Next(dictionary.Length)].Code)).ToArray();
        var procedures = (start?.Procedures ?? Array.Empty<string>())
            .Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => pr[random.Next(pr.Length)].Code)).ToArray();
        var years = random.Next(0, 3) == 0 ? 0 : random.Next(0, 100);
        var @case = new DrgCase
        {
            Sex = random.Next(2) == 0 ? Sex.Male : Sex.Female, AgeYears = years, AgeDays = years * 365 + random.Next(365),
            BirthWeightGrams = years == 0 ? random.Next(0, 5000) : 0, LengthOfStayDays = random.Next(0, 60), Discharge = random.Next(0, 6),
            Diagnoses = dx, Procedures = procedures,
        };
        var fast = Grouper.Group(@case);
        var full = Grouper.Group(@case, includeTrace: true);
        Assert.Equal((full.Status, full.MdcCode, full.AdrgCode, full.DrgCode), (fast.Status, fast.MdcCode, fast.AdrgCode, fast.DrgCode));
    }

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
