using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// One test per construct of the condition language (drg-scheme-tables.md, "Condition expressions"). Each builds a scheme
/// whose only ADRG has the condition under test and checks, for hand-chosen cases, whether the case enters it (ZZ19) or
/// falls through to ungroupable (0000).
/// </summary>
public class ConditionLanguageTests
{
    private static bool Holds(string condition, DrgCase @case, string extraTables = "")
    {
        var result = MiniScheme.WithAdrgCondition(condition, extraTables).CreateGrouper().Group(@case);
        Assert.NotEqual(DrgGroupingStatus.InvalidInput, result.Status);
        return result.DrgCode == "ZZ19";
    }

    private static DrgCase C(string dx, string pr = "") => MiniScheme.Case(dx, pr);

    [Fact]
    public void True_and_false_literals()
    {
        Assert.True(Holds("true", C("A01.000")));
        Assert.False(Holds("false", C("A01.000")));
    }

    [Theory]
    [InlineData("main_dx in T", "A01.000|C01.000", true)]
    [InlineData("main_dx in T", "A02.000|C02.000", false)] // C02 is in T but it is not the main diagnosis
    [InlineData("other_dx in T", "A02.000|C02.000", true)]
    [InlineData("other_dx in T", "A01.000", false)]
    [InlineData("any_dx in T", "A02.000|C02.000", true)]
    [InlineData("any_dx in T", "A02.000|C03.000", false)]
    public void Diagnosis_lists_in_a_table(string condition, string dx, bool expected) =>
        Assert.Equal(expected, Holds(condition, C(dx), "T,A01.000,\nT,C02.000,\n"));

    [Theory]
    [InlineData("main_pr in P", "01.0001|01.0002", true)]
    [InlineData("main_pr in P", "01.0002|01.0001", false)]
    [InlineData("main_pr in P", "", false)] // the spec: main_pr in T is false when the case has no procedure
    [InlineData("other_pr in P", "01.0002|01.0001", true)]
    [InlineData("other_pr in P", "01.0001", false)]
    [InlineData("any_pr in P", "01.0003|01.0001", true)]
    [InlineData("any_pr in P", "", false)]
    [InlineData("not main_pr in P", "", true)]
    public void Procedure_lists_in_a_table(string condition, string pr, bool expected) =>
        Assert.Equal(expected, Holds(condition, C("A01.000", pr), "P,01.0001,\n"));

    [Theory]
    [InlineData("main_dx in {\"A02.000\"}", "A02.000", true)]
    [InlineData("main_dx in {\"A01.000\", \"A02.000\"}", "A02.000", true)]
    [InlineData("other_dx in {\"C01.000\",\"C02.000\"}", "A01.000|C02.000", true)]
    [InlineData("main_dx in {\"C01.000\"}", "A01.000", false)]
    [InlineData("any_pr in {'01.0002'}", "A01.000", false)]
    public void Inline_code_lists(string condition, string dx, bool expected) => Assert.Equal(expected, Holds(condition, C(dx)));

    [Fact]
    public void Inline_code_lists_may_name_codes_outside_every_table()
    {
        // 01.0003 is in the procedure dictionary but in no table: only the inline list makes it known to the condition.
        Assert.True(Holds("any_pr in {\"01.0003\"}", C("A01.000", "01.0001|01.0003")));
    }

    [Theory]
    [InlineData("A01.000|C01.000|C02.000", 2, true)]  // head + chest: two distinct tags
    [InlineData("A01.000|C01.000|C03.000", 2, false)] // C01 and C03 are both tagged head: one tag
    [InlineData("A01.000|C01.000|C03.000", 1, true)]
    [InlineData("A01.000", 1, false)]
    public void Count_tags_counts_distinct_tags(string dx, int atLeast, bool expected) =>
        Assert.Equal(expected, Holds($"count_tags(any_dx, TRAUMA) >= {atLeast}", C(dx), "TRAUMA,C01.000,head\nTRAUMA,C02.000,chest\nTRAUMA,C03.000,head\nTRAUMA,A03.000,\n"));

    [Theory]
    [InlineData("age_years", "==", 40, true)]
    [InlineData("age_years", "!=", 40, false)]
    [InlineData("age_years", "<", 41, true)]
    [InlineData("age_years", "<=", 39, false)]
    [InlineData("age_years", ">", 39, true)]
    [InlineData("age_years", ">=", 41, false)]
    public void Every_comparison_operator(string field, string op, int number, bool expected) =>
        Assert.Equal(expected, Holds($"{field} {op} {number}", C("A01.000")));

    [Fact]
    public void Every_numeric_field_reads_its_case_fact()
    {
        var newborn = MiniScheme.Case("A01.000|C01.000|C01.000|C02.000", "01.0001|01.0002", ageYears: 0, ageDays: 12, birthWeight: 1450, los: 17, icuHours: 96.5);
        Assert.True(Holds("age_years == 0 and age_days == 12", newborn));
        Assert.True(Holds("birth_weight_g < 1500 and birth_weight_g >= 1450", newborn));
        Assert.True(Holds("los_days == 17", newborn));
        Assert.True(Holds("icu_hours > 96 and icu_hours < 97", newborn));
        Assert.False(Holds("icu_hours >= 96.6", newborn));
        Assert.True(Holds("dx_count == 3", newborn)); // the repeated C01.000 is one diagnosis
        Assert.True(Holds("pr_count == 2", newborn));
    }

    [Theory]
    [InlineData("sex == M", Sex.Male, true)]
    [InlineData("sex == 'M'", Sex.Female, false)]
    [InlineData("sex == \"F\"", Sex.Female, true)]
    [InlineData("sex != F", Sex.Male, true)]
    [InlineData("sex != M", Sex.Male, false)]
    public void Sex_conditions(string condition, Sex sex, bool expected) =>
        Assert.Equal(expected, Holds(condition, MiniScheme.Case("A01.000", sex: sex)));

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, true)]
    [InlineData(1, false)]
    [InlineData(0, false)] // not given
    public void Discharge_in_a_set(int discharge, bool expected) =>
        Assert.Equal(expected, Holds("discharge in {4, 5}", MiniScheme.Case("A01.000", discharge: discharge)));

    [Theory]
    [InlineData("ICU", true)]
    [InlineData(" NICU ", true)]
    [InlineData("icu", false)] // department codes compare exactly
    [InlineData(null, false)]
    public void Department_in_a_set(string? dept, bool expected) =>
        Assert.Equal(expected, Holds("dept in {\"ICU\", \"NICU\"}", MiniScheme.Case("A01.000", dept: dept)));

    [Theory]
    [InlineData("true or false and false", true)]    // and binds tighter than or
    [InlineData("(true or false) and false", false)]
    [InlineData("not false and false", false)]       // not binds tighter than and
    [InlineData("not (false and false)", true)]
    [InlineData("not not true", true)]
    public void Precedence_and_parentheses(string condition, bool expected) => Assert.Equal(expected, Holds(condition, C("A01.000")));

    [Fact]
    public void Has_mcc_and_has_cc_read_other_diagnoses_only_and_honour_exclusions()
    {
        // cc.csv of MiniScheme: B01 MCC (group 1), B02 CC (group 2), B03 CC (group 3); group 1 and 2 exclude for main A02,
        // group 3 excludes for main A01.
        Assert.True(Holds("has_mcc", C("A01.000|B01.000")));
        Assert.False(Holds("has_mcc", C("A02.000|B01.000")));          // excluded by group 1 for main A02
        Assert.False(Holds("has_mcc", C("B01.000|A01.000"), "X_DX,B01.000,\n")); // the main diagnosis never counts
        Assert.True(Holds("has_cc", C("A01.000|B02.000")));
        Assert.False(Holds("has_cc", C("A01.000|B01.000")));           // an MCC is not level CC
        Assert.False(Holds("has_cc", C("A01.000|B03.000")));           // excluded by group 3 for main A01
        Assert.True(Holds("has_cc", C("A02.000|B03.000")));
    }
}
