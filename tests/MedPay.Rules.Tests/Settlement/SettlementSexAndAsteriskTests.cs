using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>SX-01/SX-02 grade a sex-specific diagnosis by its position, and MD-02 pairs each asterisk code with a dagger
/// code of its own. Expectations from the research notes (settlement-list-rules.md §7 SX-01/SX-02: "REJECT-G when main,
/// WARN otherwise"; §8 MD-02: "any asterisk code in the list must appear with its paired dagger (etiology) code") and
/// ICD-10 Vol. 1's asterisk categories (S19): G63.2* diabetic polyneuropathy pairs with E10–E14 fourth character .4,
/// H36.0* diabetic retinopathy with .3, G01* meningitis with A17.0 tuberculous meningitis among others.</summary>
public sealed class SettlementSexAndAsteriskTests
{
    public static TheoryData<string, string, string, string, IssueSeverity> SexCases() => new()
    {
        // rule, sex, code, position, expected severity
        { "SX-01", "1", "N70.000", "main", IssueSeverity.Error },    // grouper stops on a sex-conflicting main diagnosis (S18)
        { "SX-01", "1", "N70.000", "other", IssueSeverity.Warning },
        { "SX-02", "2", "N40.x00", "main", IssueSeverity.Error },
        { "SX-02", "2", "N40.x00", "other", IssueSeverity.Warning },
    };

    [Theory]
    [MemberData(nameof(SexCases))]
    public void A_sex_specific_main_diagnosis_is_rejected_and_an_other_diagnosis_warned(string rule, string sex, string code, string position, IssueSeverity expected)
    {
        var list = (sex == "1" ? Clean() : Female());
        list = position == "main" ? list.SetDiagnosis(0, code, "诊断") : list.AddDiagnosis(code, "诊断");
        var report = Validator.Validate(list);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(position == "main" ? "diseinfo[0].diag_code" : "diseinfo[2].diag_code", finding.Path);
        Assert.Equal(expected, finding.Severity);
        Assert.Equal(expected, finding.ToIssue().Severity);
        Assert.Equal(position == "main", report.IsRejected);
    }

    [Fact]
    public void Main_and_other_diagnoses_of_one_list_get_their_own_severities()
    {
        // A man with N70.000 as main and N80.000 as other: one reject (main), one warning (other), in row order.
        var findings = Validator.Validate(Clean().SetDiagnosis(0, "N70.000", "急性输卵管炎").AddDiagnosis("N80.000", "子宫内膜异位症")).Findings;
        Assert.Equal(new[] { ("diseinfo[0].diag_code", IssueSeverity.Error), ("diseinfo[2].diag_code", IssueSeverity.Warning) },
            findings.Select(f => (f.Path, f.Severity)));
        Assert.All(findings, f => Assert.Equal("SX-01", f.RuleId));
        // The batch copy of a finding keeps its own severity.
        Assert.Equal(IssueSeverity.Warning, findings[1].AtList(3).Severity);
    }

    [Fact]
    public void The_two_severities_are_pack_data_and_a_region_can_change_them()
    {
        Assert.Equal((IssueSeverity.Error, IssueSeverity.Warning), (Catalogue.Find("SX-01")!.Severity, Catalogue.Find("SX-01")!.OtherSeverity));
        Assert.Equal((IssueSeverity.Error, IssueSeverity.Warning), (Catalogue.Find("SX-02")!.Severity, Catalogue.Find("SX-02")!.OtherSeverity));
        Assert.False(Catalogue.Find("SX-03")!.HasOtherSeverity);

        // SX-01 rejected wherever it stands; SX-02 a warning as main and as other diagnosis (no other_severity: one severity).
        var region = SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"sex-strict\",\"name\":\"x\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
            ["overrides.csv"] = "rule,severity,other_severity\nSX-01,reject,reject\nSX-02,warning,\n",
        }));
        Assert.Equal((IssueSeverity.Error, IssueSeverity.Error), (region.Find("SX-01")!.Severity, region.Find("SX-01")!.OtherSeverity));
        Assert.Equal((IssueSeverity.Warning, IssueSeverity.Warning), (region.Find("SX-02")!.Severity, region.Find("SX-02")!.OtherSeverity));
        var validator = new SettlementValidator(region, new TestCodeSets());
        Assert.Equal(IssueSeverity.Error, Assert.Single(validator.Validate(Clean().AddDiagnosis("N70.000", "急性输卵管炎")).Findings).Severity);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(validator.Validate(Female().SetDiagnosis(0, "N40.x00", "前列腺增生")).Findings).Severity);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("fatal")]
    public void A_bad_other_severity_is_a_pack_issue(string value)
    {
        var catalogue = SettlementRuleCatalogue.TryLoad(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"bad\",\"name\":\"x\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
            ["overrides.csv"] = "rule,severity,other_severity\nSX-01,reject," + value + "\n",
        }));
        var issue = Assert.Single(catalogue.Issues);
        Assert.Equal(("PACK_VALUE_NOT_ALLOWED", "other_severity"), (issue.Code, issue.Field));
    }

    public static TheoryData<string, string[], int, string?> AsteriskCases() => new()
    {
        // description, diagnosis codes after the clean main I21.000 and other I10.x00 (a code starting "main:" replaces the
        // main), the row MD-02 reports (-1: none), and the detail it gives.
        { "dagger on its own row, asterisk on another", new[] { "E11.400", "G63.2*" }, -1, null },
        { "dagger written with †", new[] { "E11.400†", "G63.2*" }, -1, null },
        { "dagger as main diagnosis", new[] { "main:E11.400", "G63.2*" }, -1, null },
        { "combined dagger+asterisk code", new[] { "E11.400+G63.2*" }, -1, null },
        { "combined code as main diagnosis", new[] { "main:E11.400+G63.2*" }, -1, null },
        { "combined code with the dagger sign", new[] { "E11.400†G63.2*" }, -1, null },
        { "dagger part of another combined code", new[] { "E11.400+G59.0*", "G63.2*" }, -1, null },
        { "combined code the pack lists no pairing for", new[] { "B37.500+G02.1*" }, -1, null },
        { "asterisk code alone", new[] { "G63.2*" }, 2, "G63.2* (no dagger: E10.4|E11.4|E12.4|E13.4|E14.4)" },
        { "asterisk with an unrelated dagger elsewhere", new[] { "A17.000+G01*", "G63.2*" }, 3, "G63.2* (no dagger: E10.4|E11.4|E12.4|E13.4|E14.4)" },
        { "asterisk with a diabetes code of the wrong complication", new[] { "E11.300", "G63.2*" }, 3, "G63.2* (no dagger: E10.4|E11.4|E12.4|E13.4|E14.4)" },
        { "combined code with an unrelated dagger", new[] { "A17.000+G63.2*" }, 2, "A17.000+G63.2* (A17.000 does not pair with G63.2*)" },
        { "asterisk code as main diagnosis", new[] { "main:G63.2*", "E11.400" }, 0, "G63.2* (main)" },
        { "asterisk code the pack lists no pairing for", new[] { "E11.400+G63.2*", "G02.1*" }, 3, "G02.1* (no dagger pairing listed)" },
    };

    [Theory]
    [MemberData(nameof(AsteriskCases))]
    public void An_asterisk_code_pairs_with_a_dagger_code_of_its_own(string description, string[] codes, int row, string? detail)
    {
        var list = Clean();
        foreach (var code in codes) list = code.StartsWith("main:", StringComparison.Ordinal) ? list.SetDiagnosis(0, code.Substring(5)) : list.AddDiagnosis(code);
        var findings = Validator.Validate(list).Findings;
        if (row < 0)
        {
            Assert.True(findings.IsEmpty, description + ": " + string.Join("; ", findings));
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal("MD-02", finding.RuleId);
        Assert.Equal("diseinfo[" + row + "].diag_code", finding.Path);
        Assert.Equal(detail, finding.Detail);
        Assert.Equal(IssueSeverity.Warning, finding.Severity); // MD-02: WARN (notes §8)
    }

    [Fact]
    public void The_pairings_are_pack_data_a_region_can_extend()
    {
        // The national pack lists no pairing for G02.1* (meningitis in mycoses, B37.5 candidal meningitis); a region adds it.
        // A region's code_pairs.csv replaces the national rows, so it restates the G63.2 row it keeps.
        var list = Clean().AddDiagnosis("B37.500", "念珠菌性脑膜炎").AddDiagnosis("G02.1*", "真菌病性脑膜炎");
        Assert.Equal("MD-02", Assert.Single(Validator.Validate(list).Findings).RuleId);
        var region = SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"pairs\",\"name\":\"x\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
            ["code_pairs.csv"] = "rule,left_kind,left,relation,right_kind,right,suggestion,source\nMD-02,dx,G02.1,requires,dx,B37.5,,x\nMD-02,dx,G63.2,requires,dx,E11.4,,x\n",
        }));
        var validator = new SettlementValidator(region, new TestCodeSets());
        Assert.Empty(validator.Validate(list).Findings);
        Assert.Empty(validator.Validate(Clean().AddDiagnosis("E11.400").AddDiagnosis("G63.2*")).Findings);
        Assert.Single(validator.Validate(Clean().AddDiagnosis("E10.400").AddDiagnosis("G63.2*")).Findings); // the region kept only E11.4
    }
}
