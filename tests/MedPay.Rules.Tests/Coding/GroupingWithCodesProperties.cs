using FsCheck;
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

    [Property(MaxTest = 300)]
    public void Grouping_with_maps_never_throws_and_every_left_out_code_is_reported(string?[]? diagnoses, string?[]? procedures, byte policy)
    {
        var grouper = Groupers[policy % Groupers.Length];
        var @case = new DrgCase { Sex = Sex.Male, AgeYears = 40, AgeDays = 14610, LengthOfStayDays = 5, Discharge = 1, Diagnoses = diagnoses!, Procedures = procedures! };
        var result = grouper.Group(@case);
        if (result.Status == DrgGroupingStatus.InvalidInput) Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error);
        // Every dropped code names its own field and value, and the main diagnosis is never dropped.
        foreach (var issue in result.Issues.Where(i => i.Code is "CODE_DROPPED" or "CODE_MAPPED" or "CODE_NORMALIZED"))
        {
            var list = issue.Field!.StartsWith("diagnoses", StringComparison.Ordinal) ? diagnoses! : procedures!;
            var index = int.Parse(issue.Field.Substring(issue.Field.IndexOf('[') + 1).TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(list[index], issue.Value);
            Assert.False(issue.Code == "CODE_DROPPED" && issue.Field == "diagnoses[0]");
        }
    }
}
