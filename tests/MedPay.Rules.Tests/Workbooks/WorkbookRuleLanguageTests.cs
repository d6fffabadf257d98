using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>
/// Every construct of the workbook rule language (nhsa-drg-workbook.md), each on a small workbook written by the test: one MDC
/// (ZYZD in DI_X: A01.000, A02.000) with one ADRG ZZ1 whose rule is under test. A case that the rule admits groups to ZZ19; one it
/// refuses is ungroupable. The CC sheet: B01.000 MCC (table 1 lists A02.000), B02.000 CC (table 2 lists A02.000), B03.000 CC
/// (table 3 lists A01.000). Expected values follow from the spec's semantics and these tables, worked out by hand per row.
/// </summary>
public class WorkbookRuleLanguageTests
{
    private static readonly object?[][] Sets =
    {
        new object?[] { "DI_B", "B01.000", "乙一", 1 },
        new object?[] { "DI_C", "C01.000", "丙一", 1 },
        new object?[] { "OP_2", "01.0002", "手术二", 2 },
    };

    private static readonly Dictionary<string, DrgScheme> Schemes = new(StringComparer.Ordinal);

    private static bool Admits(string rule, DrgCase @case)
    {
        DrgScheme scheme;
        lock (Schemes)
        {
            if (!Schemes.TryGetValue(rule, out scheme!)) Schemes[rule] = scheme = TestWorkbook.WithAdrgRule(rule, Sets);
        }

        var result = scheme.CreateGrouper().Group(@case);
        Assert.True(result.Status is DrgGroupingStatus.Grouped or DrgGroupingStatus.Ungroupable, $"{rule}: {result} {string.Join("; ", result.Issues)}");
        return result.DrgCode == "ZZ19";
    }

    private static DrgCase Case(string dx, string pr = "", Sex sex = Sex.Male, int age = 40, int? days = null, int birth = 0, int admission = 0, int los = 5, double icu = 0) =>
        new()
        {
            Sex = sex, AgeYears = age, AgeDays = days ?? age * 365 + 10, BirthWeightGrams = birth, AdmissionWeightGrams = admission,
            LengthOfStayDays = los, IcuHours = icu, Discharge = 1, Diagnoses = DrgCaseCsv.SplitCodes(dx), Procedures = DrgCaseCsv.SplitCodes(pr),
        };

    public static TheoryData<string, string, string, bool> Subjects => new()
    {
        // rule, diagnoses, procedures, admitted
        { "ZYZD in DI_X", "A01.000", "", true },
        { "ZYZD in DI_B", "A01.000|B01.000", "", false },            // B01.000 is an other diagnosis, not the main one
        { "QTZD in DI_B", "A01.000|B01.000", "", true },
        { "QTZD in DI_B", "A01.000|C01.000", "", false },
        { "QTZD in DI_B", "A01.000", "", false },                    // no other diagnosis at all
        { "{ZYZD, QTZD} in DI_B", "A01.000|B01.000", "", true },
        { "{ZYZD, QTZD} in DI_X", "A01.000", "", true },
        { "{ZYZD,QTZD} in DI_C", "A01.000|B01.000", "", false },
        { "ZYSS in OP_XA1", "A01.000", "01.0001", true },
        { "ZYSS in OP_XA1", "A01.000", "01.0002|01.0001", false },  // 01.0001 is not the main procedure
        { "ZYSS in OP_XA1", "A01.000", "", false },                 // no procedure: ZYSS in S is false
        { "QTSS in OP_XA1", "A01.000", "01.0002|01.0001", true },
        { "QTSS in OP_XA1", "A01.000", "01.0001", false },
        { "{ZYSS, QTSS} in OP_XA1", "A01.000", "01.0002|01.0001", true },
        { "{ZYSS, QTSS} in OP_XA1", "A01.000", "01.0001", true },
        { "{ZYSS, QTSS} in OP_XA1", "A01.000", "", false },
        { "{ZYZD, ZYSS} in OP_XA1", "A01.000", "01.0001", true },   // a mixed subject: main diagnosis or main procedure
        { "{ZYZD, ZYSS} in DI_X", "A01.000", "", true },
        { "ZYSS not in OP_XA1", "A01.000", "", true },              // no procedure: ZYSS not in S is true
        { "ZYSS not in OP_XA1", "A01.000", "01.0001", false },
        { "ZYSS not in OP_XA1", "A01.000", "01.0002", true },
        { "{ZYSS, QTSS} not in OP_XA1", "A01.000", "01.0002|01.0001", false },
        { "QTZD not in DI_B", "A01.000|B01.000", "", false },
        { "QTZD not in DI_B", "A01.000|C01.000", "", true },
        { "QTZD in {DI_B, DI_C}", "A01.000|C01.000", "", true },   // a union of sets
        { "QTZD in {DI_B,DI_C}", "A01.000|B01.000", "", true },
        { "QTZD in {DI_B, DI_C}", "A01.000|A02.000", "", false },
        { "QTZD not in {DI_B, DI_C}", "A01.000|A02.000", "", true },
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Subjects_targets_and_negation(string rule, string dx, string pr, bool admitted) => Assert.Equal(admitted, Admits(rule, Case(dx, pr)));

    public static TheoryData<string, string, bool> Complications => new()
    {
        { "QTZD in MCC", "A01.000|B01.000", true },     // B01.000 MCC, table 1 lists A02.000 only
        { "QTZD in MCC", "A02.000|B01.000", false },    // excluded: table 1 lists the main diagnosis A02.000
        { "QTZD in MCC", "A01.000|B02.000", false },    // B02.000 is a CC
        { "QTZD in CC", "A01.000|B02.000", true },
        { "QTZD in CC", "A02.000|B02.000", false },     // table 2 lists A02.000
        { "QTZD in CC", "A01.000|B03.000", false },     // table 3 lists A01.000
        { "QTZD in CC", "A01.000|B01.000", false },     // an MCC is not a CC
        { "QTZD in {MCC, CC}", "A01.000|B01.000", true },
        { "QTZD in {MCC,CC}", "A01.000|B02.000", true },
        { "QTZD in {MCC, CC}", "A01.000|B03.000", false },
        { "QTZD not in {MCC, CC}", "A01.000|B03.000", true },
        { "QTZD in {MCC, DI_C}", "A01.000|C01.000", true }, // a union of MCC and a set
        { "QTZD in {MCC, DI_C}", "A01.000|B01.000", true },
        { "QTZD in {MCC, DI_C}", "A01.000|B02.000", false },
    };

    [Theory]
    [MemberData(nameof(Complications))]
    public void Mcc_and_cc_read_the_cc_sheet_with_its_exclusion_tables(string rule, string dx, bool admitted) => Assert.Equal(admitted, Admits(rule, Case(dx)));

    [Fact]
    public void Fields_compare_age_newborn_age_weight_sex_stay_and_icu_hours()
    {
        Assert.True(Admits("NL >= 70", Case("A01.000", age: 70)));
        Assert.False(Admits("NL >= 70", Case("A01.000", age: 69)));
        Assert.True(Admits("NL=0", Case("A01.000", age: 0, days: 100)));
        Assert.False(Admits("NL > 0", Case("A01.000", age: 0, days: 100)));
        Assert.True(Admits("XSRTL<29", Case("A01.000", age: 0, days: 28, birth: 3000)));
        Assert.False(Admits("XSRTL<29", Case("A01.000", age: 0, days: 29, birth: 3000)));
        Assert.True(Admits("XSRTL <= 28", Case("A01.000", age: 0, days: 28, birth: 3000)));
        // XSRTZ reads the newborn admission weight, and the birth weight when no admission weight is given.
        Assert.True(Admits("XSRTZ < 1000", Case("A01.000", age: 0, days: 3, birth: 1200, admission: 900)));
        Assert.False(Admits("XSRTZ < 1000", Case("A01.000", age: 0, days: 3, birth: 900, admission: 1100)));
        Assert.True(Admits("XSRTZ < 1000", Case("A01.000", age: 0, days: 3, birth: 900)));
        Assert.True(Admits("XSRTZ >= 2000 and XSRTZ < 2500", Case("A01.000", age: 0, days: 3, birth: 2000)));
        Assert.False(Admits("XSRTZ >= 2000 and XSRTZ < 2500", Case("A01.000", age: 0, days: 3, birth: 2500)));
        Assert.True(Admits("XB = 1", Case("A01.000", sex: Sex.Male)));
        Assert.False(Admits("XB = 1", Case("A01.000", sex: Sex.Female)));
        Assert.True(Admits("XB=2", Case("A01.000", sex: Sex.Female)));
        Assert.True(Admits("ZYTS > 60", Case("A01.000", los: 61)));       // regional extension: length of stay
        Assert.False(Admits("ZYTS > 60", Case("A01.000", los: 60)));
        Assert.True(Admits("ZZJHSC >= 24", Case("A01.000", icu: 24)));   // regional extension: intensive-care hours
        Assert.False(Admits("ZZJHSC >= 24", Case("A01.000", icu: 23.5)));
        Assert.True(Admits("NL >= 17.5", Case("A01.000", age: 18)));
    }

    [Fact]
    public void And_binds_tighter_than_or_in_any_case_and_parentheses_group()
    {
        // (ZYZD in DI_X and NL >= 18) or XB = 2: a girl of 10 is admitted through the second clause, a boy of 10 is not.
        const string rule = "ZYZD in DI_X AND NL >= 18 Or XB = 2";
        Assert.True(Admits(rule, Case("A01.000", sex: Sex.Female, age: 10)));
        Assert.False(Admits(rule, Case("A01.000", sex: Sex.Male, age: 10)));
        Assert.True(Admits(rule, Case("A01.000", sex: Sex.Male, age: 18)));
        // Parentheses: (... or XB = 2) and NL >= 18 refuses the girl of 10.
        Assert.False(Admits("(ZYZD in DI_X or XB = 2) and NL >= 18", Case("A01.000", sex: Sex.Female, age: 10)));
        Assert.True(Admits("((ZYZD in DI_X)) and ((NL >= 18))", Case("A01.000", age: 18)));
        Assert.True(Admits("ZYZD IN DI_X and QTZD NOT IN DI_B OR ZYSS In OP_XA1", Case("A01.000")));
        Assert.True(Admits("ZYZD in DI_X or QTZD in DI_B and NL >= 200", Case("A01.000")));
    }

    [Fact]
    public void An_empty_rule_always_holds() => Assert.True(Admits("", Case("A01.000")));

    public static TheoryData<string, int, string> SyntaxErrors => new()
    {
        // rule, 1-based character position, part of the expectation
        { "ZYZD in", 8, "a set name, MCC or CC" },
        { "ZYZD in MCC", 9, "MCC and CC only as targets of QTZD" },
        { "{ZYSS, QTSS} in CC", 17, "MCC and CC only as targets of QTZD" },
        { "NL >> 3", 5, "a number" },
        { "NL = ten", 6, "a number" },
        { "XB = 3", 6, "1 (male) or 2 (female)" },
        { "ZYZD = DI_X", 6, "'in' or 'not in'" },
        { "ZYZD not DI_X", 10, "'in' after 'not'" },
        { "zyzd in DI_X", 1, "a rule atom" },            // subject names are case sensitive
        { "ZYZD in DI_X and", 17, "a rule atom" },
        { "(ZYZD in DI_X", 14, "')'" },
        { "ZYZD in DI_X NL > 1", 14, "'and', 'or'" },
        { "{ZYZD, NL} in DI_X", 8, "ZYZD, QTZD, ZYSS or QTSS" },
        { "QTZD in {DI_B DI_C}", 15, "',' or '}'" },
        { "（ZYZD in DI_X）", 1, "full-width" },
        { "ZYZD in DI_X；", 13, "a name, a number" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void A_rule_that_does_not_parse_names_sheet_row_column_position_and_expectation(string rule, int position, string expected)
    {
        var result = new TestWorkbook()
            .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" }, new object?[] { "ZZ1", "被测", rule, "MDCX", 1 })
            .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" }, new object?[] { "ZZ19", "被测", "", "ZZ1", "MDCX", 1 })
            .Add("集合", Sets).TryLoad();
        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Errors);
        Assert.Equal("PACK_CONDITION_SYNTAX", issue.Code);
        Assert.Equal(new SourceLocation("workbook.xlsx", "ADRG", 2, 3, "ADRG规则", position), issue.Location);
        Assert.Contains(expected, issue.Message.En);
        Assert.Equal(rule, issue.Value);
        Assert.NotNull(result.ImportReport);
        Assert.Contains(issue, result.ImportReport!.Issues);
    }

    [Fact]
    public void A_set_that_is_referenced_but_missing_names_the_cell_and_the_set()
    {
        var result = new TestWorkbook()
            .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" }, new object?[] { "ZZ1", "被测", "ZYZD in DI_X and QTZD in {DI_B, DI_NOPE}", "MDCX", 1 })
            .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" }, new object?[] { "ZZ19", "被测", "", "ZZ1", "MDCX", 1 })
            .Add("集合", Sets).TryLoad();
        var issue = Assert.Single(result.Errors);
        Assert.Equal(("PACK_MISSING_TABLE", "DI_NOPE"), (issue.Code, issue.Value));
        // "ZYZD in DI_X and QTZD in {DI_B, " is 32 characters: DI_NOPE starts at character 33.
        Assert.Equal(new SourceLocation("workbook.xlsx", "ADRG", 2, 3, "ADRG规则", 33), issue.Location);
        Assert.Contains("集合", issue.Message.En);
    }

    [Fact]
    public void Rules_compile_to_the_same_tree_as_the_folder_language_does()
    {
        // The folder pack written from a workbook states each rule in the folder language; loading it back gives the same groups.
        var scheme = TestWorkbook.WithAdrgRule("(ZYSS in OP_XA1 and {ZYSS, QTSS} in OP_2) OR (QTZD in {MCC, CC} and NL>=70) or XSRTZ < 1500", Sets);
        var folder = DrgScheme.Load(RulePack.FromFiles(DrgSchemeExport.Files(scheme), "exported"));
        var rule = Assert.Single(folder.Adrgs).Rules.Single().Condition;
        Assert.Equal("main_pr in OP_XA1 and any_pr in OP_2 or (has_mcc or has_cc) and age_years >= 70 or newborn_weight_g < 1500", rule);
        Assert.Empty(DrgSchemeDiff.Compare(scheme, folder).Where(c => c.Subject is "mdc" or "adrg" or "drg" or "table" or "cc"));
    }
}
