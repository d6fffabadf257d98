using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using Snapshooter.Xunit;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

public sealed class SettlementCatalogueTests
{
    private static readonly SettlementRuleCatalogue Region = SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId),
        RulePack.Embedded("settlement-example-region"));

    [Fact]
    public void Rule_catalogue_snapshot()
    {
        Snapshot.Match(Catalogue.Rules.Select(r => new
        {
            r.Id, r.Code, Severity = r.Severity.ToString(), OtherSeverity = r.OtherSeverity.ToString(), r.GroupingRelevant, Scope = r.Scope.ToString(), Fields = string.Join(";", r.Fields),
            r.Message.Zh, r.Message.En, FixZh = r.Fix.Zh, FixEn = r.Fix.En, r.Source,
        }).ToArray());
    }

    [Fact]
    public void Error_catalogues_snapshot()
    {
        Snapshot.Match(SettlementReadIssues.All.Concat(SettlementCatalogueIssues.All)
            .Select(d => new { d.Code, Severity = d.Severity.ToString(), d.Zh, d.En }).ToArray());
    }

    [Fact]
    public void The_rendered_catalogue_in_docs_is_up_to_date() =>
        // MEDPAY_WRITE_DOCS=1 rewrites the file and fails the run; refused in CI (Support/ExpectationFile.cs).
        new MedPay.Rules.Tests.Support.ExpectationFile("docs/settlement-rule-catalogue.md", "MEDPAY_WRITE_DOCS",
            "FullyQualifiedName~SettlementCatalogueTests.The_rendered_catalogue_in_docs_is_up_to_date").Check(SettlementCatalogueDocument.ToMarkdown(Catalogue));

    [Fact]
    public void Every_rule_reads_fields_of_the_layout_and_every_code_list_is_used()
    {
        Assert.All(Catalogue.Rules.SelectMany(r => r.Fields).Where(f => f != "*"),
            f => Assert.True(SettlementLayout.FindQualified(f) is not null || SettlementLayout.TryFindNode(f, out _), f));
        // Every list the checks use is in the pack, and every list in the pack is used (by name or as a PR-08 charge tag).
        Assert.All(CodeListNames.All, name => Assert.True(Catalogue.CodeLists.ContainsKey(name), name));
        Assert.All(Catalogue.CodeLists.Keys, name => Assert.True(CodeListNames.All.Contains(name) || name.StartsWith("charge_tag_", StringComparison.Ordinal), name));
        Assert.Equal(26, Catalogue.CodeLists.Count);
    }

    [Fact]
    public void A_region_pack_overrides_severities_switches_rules_off_changes_parameters_and_adds_rules()
    {
        Assert.True(Region.IsValid, string.Join("\n", Region.Issues));
        Assert.Equal(IssueSeverity.Error, Region.Find("RQ-05")!.Severity);
        Assert.Equal("settlement-example-region", Region.Find("RQ-05")!.Origin);
        Assert.False(Region.IsEnabled("DS-06"));
        Assert.Equal(200, Region.Parameters.WeightMinGrams);
        Assert.Equal(20000, Region.Parameters.WeightMaxGrams);
        Assert.Equal(100, Catalogue.Parameters.WeightMinGrams);

        var validator = new SettlementValidator(Region, new TestCodeSets());
        Assert.Empty(validator.Validate(Clean()).Findings);
        // A fall code as an other diagnosis: the national pack accepts it, the region forbids V–Y anywhere (EX-01).
        var fall = validator.Validate(Clean().AddDiagnosis("W19.x00", "跌倒"));
        Assert.Equal("EX-01", Assert.Single(fall.Findings).RuleId);
        Assert.Equal("SL_EX_01", fall.Findings[0].Code);
        Assert.Empty(Validator.Validate(Clean().AddDiagnosis("W19.x00", "跌倒")).Findings);
        // Disposition 9 is off; the resident-only HI_TYPE set rejects the form code 1; the nurse code is required.
        Assert.Empty(validator.Validate(Clean().Set("DSCG_WAY", "9")).Findings);
        Assert.Equal(new[] { "CS-01" }, validator.Validate(Clean().Set("HI_TYPE", "1")).Findings.Select(f => f.RuleId));
        Assert.Equal(new[] { "EX-02" }, validator.Validate(Clean().Set("RESP_NURS_CODE", null)).Findings.Select(f => f.RuleId));
        // Weight range 200–20000 g: a 150 g birth weight passes nationally (≥ 100) but not here.
        var tiny = Female().AddDiagnosis("Z37.000", "单胎活产").Set("NWB_BIR_WT", "150");
        Assert.Empty(Validator.Validate(tiny).Findings);
        Assert.Equal("NB-04", Assert.Single(validator.Validate(tiny).Findings).RuleId);
    }

    [Fact]
    public void Broken_region_packs_are_reported_not_thrown()
    {
        var broken = RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"broken\",\"name\":\"b\",\"version\":\"1\",\"format\":\"settlement-region/1\"}",
            ["overrides.csv"] = "rule,severity\nXX-99,reject\nMD-01,fatal\n",
            ["added_rules.csv"] = "id,kind,target,severity,grouping,zh,en,fix_zh,fix_en,source\nEX-9,required,setlinfo.nope,warning,N,a,b,c,d,e\nEX-8,magic,x,warning,N,a,b,c,d,e\n",
            ["parameters.csv"] = "name,value\nweight_min_grams,heavy\n",
            ["dictionaries.csv"] = "field,code\nsetlinfo.gend,/([/\n",
        });
        var catalogue = SettlementRuleCatalogue.TryLoad(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), broken);
        Assert.False(catalogue.IsValid);
        Assert.Equal(
            new[] { "PACK_VALUE_NOT_ALLOWED", "PACK_VALUE_NOT_ALLOWED", "SETTLEMENT_PACK_BAD_PARAMETER", "SETTLEMENT_PACK_BAD_PATTERN", "SETTLEMENT_PACK_UNKNOWN_FIELD", "SETTLEMENT_PACK_UNKNOWN_RULE" },
            catalogue.Issues.Select(i => i.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Throws<RulePackException>(() => SettlementRuleCatalogue.Load(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId), broken));
        var wrongFormat = SettlementRuleCatalogue.TryLoad(RulePack.Embedded("dip-example"));
        Assert.Contains(wrongFormat.Issues, i => i.Code == "PACK_UNKNOWN_FORMAT");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedPay.Rules.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
