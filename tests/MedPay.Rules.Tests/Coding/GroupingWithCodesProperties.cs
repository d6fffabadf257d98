using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>The grouper with version maps and each unknown-code policy, on the national scheme: never throws, never silent.</summary>
public class GroupingWithCodesProperties
{
    private static readonly DrgGrouper[] Groupers = Enum.GetValues(typeof(UnknownCodePolicy)).Cast<UnknownCodePolicy>()
        .Select(p => ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { ApplyVersionMaps = true, UnknownCodes = p })).ToArray();

    /// <summary>
    /// Generated cases with clinical-version codes the maps translate, dictionary codes, messy spellings and junk (one in five cases
    /// wholly arbitrary). Counted in GeneratorReachTests: under drop_and_report 80% of the mapped-code cases group (2,000 sampled),
    /// with CODE_MAPPED, CODE_NORMALIZED and CODE_DROPPED all reached; random strings alone grouped none.
    /// </summary>
    private static readonly Gen<DrgCase> Cases = Gen.Frequency((4, NationalGenerators.CaseWithMappedCodes), (1, NationalGenerators.ArbitraryCase));

    [Property(MaxTest = 300)]
    public Property Grouping_with_maps_never_throws_and_every_left_out_code_is_reported() =>
        Prop.ForAll(Arb.From(Cases), Arb.From(Gen.Choose(0, Groupers.Length - 1)), (@case, policy) =>
        {
            var result = Groupers[policy].Group(@case);
            if (result.Status == DrgGroupingStatus.InvalidInput) Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error);
            // Every dropped, mapped or normalised code names its own field and value, and the main diagnosis is never dropped.
            foreach (var issue in result.Issues.Where(i => i.Code is "CODE_DROPPED" or "CODE_MAPPED" or "CODE_NORMALIZED"))
            {
                var list = issue.Field!.StartsWith("diagnoses", StringComparison.Ordinal) ? @case.Diagnoses : @case.Procedures;
                var index = int.Parse(issue.Field.Substring(issue.Field.IndexOf('[') + 1).TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(list[index], issue.Value);
                Assert.False(issue.Code == "CODE_DROPPED" && issue.Field == "diagnoses[0]");
            }
        });
}
