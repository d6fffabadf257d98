using MedPay.Rules.Coding;
using MedPay.Rules.Tests.Support;
using Snapshooter.Xunit;

namespace MedPay.Rules.Tests.Coding;

/// <summary>The code layer's error catalogue, reason codes and optional dictionary columns.</summary>
public class CatalogueTests
{
    [Fact]
    public void Catalogue_and_reason_codes()
    {
        Snapshot.Match(new
        {
            Issues = CodingIssues.All.Select(d => $"{d.Code} [{d.Severity}] {d.Zh} | {d.En}"),
            Reasons = Enum.GetValues(typeof(CodeNormalizationReason)).Cast<CodeNormalizationReason>().Select(r => $"{(int)r} {r.Code()} text-fold={r.IsTextFold()}"),
            Policies = Enum.GetValues(typeof(UnknownCodePolicy)).Cast<UnknownCodePolicy>().Select(p => p.Name()),
        });
    }

    [Fact]
    public void Optional_dictionary_columns_are_read_and_bad_values_reported()
    {
        var scheme = new MiniScheme()
            .With("diagnoses.csv", "code,name,sex,age_min,age_max,not_main\nA01.000,甲一,,,,\nA02.000,甲二,F,12,55,\nB01.000,乙一,男,,,1\nB02.000,乙二,,,,\nB03.000,乙三,,,,\n")
            .With("procedures.csv", "code,name,or\n01.0001,手术一,1\n01.0002,手术二,0\n")
            .Load();
        Assert.True(scheme.Diagnoses.TryGet("A02.000", out var female));
        Assert.Equal(SexRestriction.Female, female.Sex);
        Assert.Equal(12, female.MinAgeYears);
        Assert.Equal(55, female.MaxAgeYears);
        Assert.True(scheme.Diagnoses.TryGet("B01.000", out var male));
        Assert.Equal(SexRestriction.Male, male.Sex);
        Assert.True(male.NotMainDiagnosis);
        Assert.True(scheme.Diagnoses.TryGet("A01.000", out var plain));
        Assert.Equal((SexRestriction.None, (int?)null, false), (plain.Sex, plain.MinAgeYears, plain.NotMainDiagnosis));
        Assert.True(scheme.Procedures.TryGet("01.0001", out var or) && or.IsOperatingRoom);
        Assert.True(scheme.Procedures.TryGet("01.0002", out var notOr) && !notOr.IsOperatingRoom);

        var bad = new MiniScheme().With("diagnoses.csv", "code,name,sex,age_min\nA01.000,甲一,X,old\nA02.000,甲二,,\n").TryLoad();
        Assert.Contains(bad.Issues, i => i.Code == "PACK_VALUE_NOT_ALLOWED" && new SourceLocation("diagnoses.csv", 2, 3, "sex").Equals(i.Location));
        Assert.Contains(bad.Issues, i => i.Code == "PACK_NOT_A_NUMBER" && new SourceLocation("diagnoses.csv", 2, 4, "age_min").Equals(i.Location));
    }
}

/// <summary>The grouper warns, and still groups, when a case breaks the dictionary's restrictions.</summary>
public class RestrictionTests
{
    private static readonly MedPay.Rules.Drg.DrgGrouper Grouper = new MiniScheme()
        .With("diagnoses.csv", "code,name,sex,age_min,age_max,not_main\nA01.000,甲一,,,,\nA02.000,甲二,F,12,55,\nB01.000,乙一,M,,,\nB02.000,乙二,,,,1\nB03.000,乙三,,,,\n")
        .Load().CreateGrouper();

    [Fact]
    public void Restrictions_give_warnings_and_the_case_still_groups()
    {
        // A02.000 is in X_DX (main) but female-only, ages 12–55: a 60-year-old man breaks both; B01.000 (male-only) is fine for him.
        var result = Grouper.Group(MiniScheme.Case("A02.000|B01.000", sex: MedPay.Rules.Drg.Sex.Male, ageYears: 60));
        Assert.True(result.IsGrouped);
        Assert.Equal(new[] { "CODE_SEX_CONFLICT", "CODE_AGE_CONFLICT" }, result.Issues.Select(i => i.Code));
        Assert.Equal("code A02.000 applies to ages 12–55 years; the patient is 60", result.Issues[1].Message.En);
        Assert.All(result.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        // B02.000 may not be the main diagnosis; as another diagnosis it is fine.
        var notMain = Grouper.Group(MiniScheme.Case("B02.000|A01.000"));
        Assert.Single(notMain.Issues, i => i.Code == "CODE_NOT_MAIN_DIAGNOSIS" && i.Value == "B02.000");
        Assert.Empty(Grouper.Group(MiniScheme.Case("A01.000|B02.000")).Issues);
    }
}
