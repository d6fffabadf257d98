using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>What the grouper does with messy and impossible input: a status and issues with stable codes, never an exception.</summary>
public class InputTests
{
    private static readonly DrgGrouper Mini = new MiniScheme().Load().CreateGrouper();

    private static DrgResult Group(DrgCase c) => Mini.Group(c);

    private static void AssertInvalid(DrgResult result, string code, string field)
    {
        Assert.Equal(DrgGroupingStatus.InvalidInput, result.Status);
        Assert.Equal("0000", result.DrgCode);
        Assert.Contains(result.Issues, i => i.Code == code && i.Field == field && i.Severity == IssueSeverity.Error && i.Message.Zh.Length > 0 && i.Message.En.Length > 0);
    }

    [Fact]
    public void Lower_case_full_width_and_padded_codes_are_folded_and_reported()
    {
        var result = Group(MiniScheme.Case(" ａ０１．０００ |b01.000", "０１.０００１"));
        Assert.Equal("XA11", result.DrgCode);
        Assert.Equal(3, result.Issues.Count(i => i.Code == "CODE_FOLDED" && i.Severity == IssueSeverity.Info));
        Assert.Contains(result.Issues, i => i.Field == "diagnoses[0]" && i.Value == " ａ０１．０００ ");
    }

    [Fact]
    public void Unknown_codes_make_the_case_invalid_and_are_named()
    {
        AssertInvalid(Group(MiniScheme.Case("A01.000|Z99.999")), "CODE_UNKNOWN", "diagnoses[1]");
        AssertInvalid(Group(MiniScheme.Case("A01.000", "99.9999")), "CODE_UNKNOWN", "procedures[0]");
    }

    [Fact]
    public void A_procedure_among_the_diagnoses_is_the_wrong_kind()
    {
        AssertInvalid(Group(MiniScheme.Case("A01.000|01.0001")), "CODE_WRONG_KIND", "diagnoses[1]");
    }

    [Fact]
    public void Missing_main_diagnosis()
    {
        AssertInvalid(Group(MiniScheme.Case("")), "CASE_NO_MAIN_DIAGNOSIS", "diagnoses");
        AssertInvalid(Group(MiniScheme.Case(" |A01.000")), "CASE_NO_MAIN_DIAGNOSIS", "diagnoses[0]");
        AssertInvalid(Mini.Group(null!), "CASE_NO_MAIN_DIAGNOSIS", "diagnoses");
    }

    [Theory]
    [InlineData(-1, 10, "CASE_AGE_INVALID", "age_years")]
    [InlineData(151, 55200, "CASE_AGE_INVALID", "age_years")]
    [InlineData(0, -3, "CASE_AGE_DAYS_INVALID", "age_days")]
    [InlineData(40, 400, "CASE_AGE_INCONSISTENT", "age_days")]
    [InlineData(0, 366, "CASE_AGE_INCONSISTENT", "age_days")]
    public void Impossible_ages(int years, int days, string code, string field) =>
        AssertInvalid(Group(MiniScheme.Case("A01.000", ageYears: years, ageDays: days)), code, field);

    [Fact]
    public void Adult_age_in_days_not_given_is_taken_as_a_lower_bound_and_reported()
    {
        var result = Group(MiniScheme.Case("A01.000", ageYears: 40, ageDays: 0));
        Assert.Equal(DrgGroupingStatus.Grouped, result.Status);
        Assert.Contains(result.Issues, i => i.Code == "CASE_AGE_DAYS_DERIVED" && i.Severity == IssueSeverity.Info);
    }

    [Fact]
    public void Other_impossible_facts()
    {
        AssertInvalid(Group(MiniScheme.Case("A01.000", sex: Sex.Unknown)), "CASE_SEX_MISSING", "sex");
        AssertInvalid(Group(MiniScheme.Case("A01.000", birthWeight: -1)), "CASE_BIRTH_WEIGHT_INVALID", "birth_weight_g");
        AssertInvalid(Group(MiniScheme.Case("A01.000", los: -2)), "CASE_LOS_INVALID", "los_days");
        AssertInvalid(Group(MiniScheme.Case("A01.000", discharge: 7)), "CASE_DISCHARGE_INVALID", "discharge");
        AssertInvalid(Group(MiniScheme.Case("A01.000", icuHours: double.NaN)), "CASE_ICU_HOURS_INVALID", "icu_hours");
        AssertInvalid(Group(MiniScheme.Case("A01.000", icuHours: -1)), "CASE_ICU_HOURS_INVALID", "icu_hours");
    }

    [Fact]
    public void Duplicates_and_empty_entries_are_dropped_and_reported()
    {
        var result = Group(MiniScheme.Case("A01.000|B02.000||B02.000|A01.000", "01.0001|01.0001"));
        Assert.Equal("XA13", result.DrgCode);
        Assert.Equal(3, result.Issues.Count(i => i.Code == "CODE_DUPLICATE"));
        Assert.Single(result.Issues, i => i.Code == "CODE_EMPTY" && i.Field == "diagnoses[2]");
    }

    [Fact]
    public void A_table_code_missing_from_the_dictionary_groups_with_a_warning()
    {
        var grouper = new MiniScheme().With("tables.csv", "table,code,tag\nX_DX,A01.000,\nX_DX,A09.000,\nXA1_PR,01.0001,\n").Load().CreateGrouper();
        var result = grouper.Group(MiniScheme.Case("A09.000"));
        Assert.Equal("XR19", result.DrgCode);
        Assert.Contains(result.Issues, i => i.Code == "CODE_NOT_IN_DICTIONARY" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Case_file_rows_with_bad_numbers_become_records_with_issues()
    {
        var records = DrgCaseCsv.Parse("id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures,extra\n" +
            "1,M,40,14610,0,5,1,A01.000,,x\n2,F,forty,0,0,5,1,A01.000,,y\n", "in.csv", out var fileIssues);
        Assert.Empty(fileIssues);
        Assert.NotNull(records[0].Case);
        Assert.Null(records[1].Case);
        var issue = Assert.Single(records[1].Issues);
        Assert.Equal("CASE_FIELD_NOT_A_NUMBER", issue.Code);
        Assert.Equal(new SourceLocation("in.csv", 3, 3, "age_years"), issue.Location);
    }

    [Fact]
    public void Case_file_without_required_columns_is_reported()
    {
        var records = DrgCaseCsv.Parse("id,sex\n1,M\n", "in.csv", out var fileIssues);
        Assert.Empty(records);
        Assert.Equal(7, fileIssues.Count(i => i.Code == "CASE_MISSING_COLUMN"));
    }

    [Theory]
    [InlineData("M", Sex.Male)]
    [InlineData("1", Sex.Male)]
    [InlineData("男", Sex.Male)]
    [InlineData("f", Sex.Female)]
    [InlineData("2", Sex.Female)]
    [InlineData("女", Sex.Female)]
    [InlineData("9", Sex.Unknown)]
    [InlineData(null, Sex.Unknown)]
    public void Sex_as_his_exports_write_it(string? text, Sex sex) => Assert.Equal(sex, DrgCaseCsv.ParseSex(text));
}
