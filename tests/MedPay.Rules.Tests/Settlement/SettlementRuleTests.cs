using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>Every national rule: its breaking list triggers that rule and no other; its passing list triggers nothing.</summary>
public sealed class SettlementRuleTests
{
    private static readonly SettlementValidator Strict = new(SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId),
        RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"strict-staff\",\"name\":\"strict\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
            ["parameters.csv"] = "name,value\nrequire_standard_staff_codes,true\n",
        })), new TestCodeSets());

    private static readonly SettlementValidator WithRegistry = new(Catalogue, new TestCodeSets(), new TestRegistry());

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Catalogue.Rules.Where(r => r.Scope == SettlementRuleScope.List)) data.Add(rule.Id);
        return data;
    }

    [Fact]
    public void The_clean_list_yields_no_finding_under_every_validator()
    {
        Assert.Empty(Validator.Validate(Clean()).Findings);
        Assert.Empty(WithRegistry.Validate(Clean()).Findings);
        Assert.Empty(Validator.Validate(Female()).Findings);
        Assert.Empty(Validator.Validate(Newborn()).Findings);
    }

    [Fact]
    public void The_catalogue_has_the_98_rules_of_the_research_notes_each_with_a_case()
    {
        var list = Catalogue.Rules.Where(r => r.Scope == SettlementRuleScope.List).Select(r => r.Id).ToList();
        Assert.Equal(98, list.Count);
        // Counted by hand in settlement-list-rules.md: RQ 13, CS 6, FM 7, DT 9, NB 8, SX 5, AG 2, MD 13, DX 5, PR 8, IC 6, FE 9, DS 6, GR 1.
        var families = list.GroupBy(id => id.Split('-')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["RQ"] = 13, ["CS"] = 6, ["FM"] = 7, ["DT"] = 9, ["NB"] = 8, ["SX"] = 5, ["AG"] = 2,
            ["MD"] = 13, ["DX"] = 5, ["PR"] = 8, ["IC"] = 6, ["FE"] = 9, ["DS"] = 6, ["GR"] = 1,
        }, families);
        Assert.Equal(list.OrderBy(x => x), SettlementRuleCases.All.Select(c => c.Rule).OrderBy(x => x));
        Assert.True(Catalogue.IsValid, string.Join("\n", Catalogue.Issues));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Breaking_list_triggers_exactly_its_rule(string id)
    {
        var rule = SettlementRuleCases.All.Single(c => c.Rule == id);
        var findings = For(rule).Validate(rule.Breaking()).Findings;
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(id, f.RuleId));
        Assert.All(findings, f => Assert.Equal(Catalogue.Find(id)!.Severity, f.Severity));
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Path)));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Passing_list_triggers_nothing(string id)
    {
        var rule = SettlementRuleCases.All.Single(c => c.Rule == id);
        Assert.Empty(For(rule).Validate(rule.Passing()).Findings);
    }

    [Fact]
    public void Findings_name_the_field_path_value_and_fix()
    {
        var findings = Validator.Validate(Clean().SetRow(SettlementNode.Diseinfo, 1, "DIAG_CODE", UnknownDiagnosis)).Findings;
        var finding = Assert.Single(findings);
        Assert.Equal("diseinfo[1].diag_code", finding.Path);
        Assert.Equal(UnknownDiagnosis, finding.Value);
        Assert.Equal("SL_CS_02", finding.Code);
        Assert.True(finding.GroupingRelevant);
        Assert.Equal(IssueSeverity.Error, finding.Severity);
        Assert.Contains("ZZZ.999", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal("SL_CS_02", finding.ToIssue().Code);
        Assert.NotNull(finding.ToIssue().Hint);
    }

    [Fact]
    public void Diagnosis_name_must_match_the_dictionary()
    {
        var finding = Assert.Single(Validator.Validate(Clean().SetRow(SettlementNode.Diseinfo, 1, "DIAG_NAME", "原发性高血压")).Findings);
        Assert.Equal("CS-02", finding.RuleId);
        Assert.Equal("diseinfo[1].diag_name", finding.Path);
    }

    [Fact]
    public void Same_day_stay_counts_as_the_pack_says()
    {
        // Admitted and discharged on 2024-03-08: national counting gives 0 days.
        var sameDay = Clean().Set("ADM_TIME", "2024-03-08 08:00:00").Set("ACT_IPT_DAYS", "0").Set("LV1_NURSCARE_DAYS", null).Set("SCD_NURSCARE_DAYS", null)
            .Set("SETL_BEGN_DATE", "2024-03-08").WithRows(SettlementNode.Icuinfo, Array.Empty<SettlementRecord>())
            .SetRow(SettlementNode.Oprninfo, 0, "OPRN_OPRT_DATE", "2024-03-08 09:00:00").SetRow(SettlementNode.Oprninfo, 1, "OPRN_OPRT_DATE", "2024-03-08 08:30:00");
        Assert.Empty(Validator.Validate(sameDay).Findings);
        var region = new SettlementValidator(SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId),
            RulePack.FromTexts(new Dictionary<string, string>
            {
                ["pack.json"] = "{\"id\":\"same-day-1\",\"name\":\"x\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
                ["parameters.csv"] = "name,value\nsame_day_stay_days,1\n",
            })), new TestCodeSets());
        var finding = Assert.Single(region.Validate(sameDay).Findings);
        Assert.Equal("DT-02", finding.RuleId);
    }

    private static SettlementValidator For(SettlementRuleCases.RuleCase rule) => rule.Validator switch
    {
        "strict" => Strict,
        "registry" => WithRegistry,
        _ => Validator,
    };
}
