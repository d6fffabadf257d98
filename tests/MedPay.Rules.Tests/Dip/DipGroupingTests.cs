using MedPay.Rules.Dip;
using static MedPay.Rules.Tests.Dip.DipCases;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// The matching order of domain-primer §3.3 (Node-DIP): core groups by the main-diagnosis key (5 characters) with the best
/// procedure match, conservative core group only for conservative cases, basic groups, comprehensive groups by prefix 3/2/1 then by
/// chapter range, filtered by treatment type, then the fixed choice order. Expected groups are read off rules/dip-example/groups.csv.
/// </summary>
public class DipGroupingTests
{
    [Theory]
    // core surgical: K80.1 + 51.2300 (code folded from the full extension code K80.100)
    [InlineData("K80.100", "51.2300", "K80.1-01", DipGroupKind.Core, DipTreatment.Surgical)]
    // both K80.1-01 (1 term) and K80.1-02 ((51.2200/51.2300)+51.4100, 2 terms) match: the most '+'-joined combination wins
    [InlineData("K80.100", "51.2300|51.4100", "K80.1-02", DipGroupKind.Core, DipTreatment.Surgical)]
    // the any-of alternative of the same combination
    [InlineData("K80.100", "51.4100|51.2200", "K80.1-02", DipGroupKind.Core, DipTreatment.Surgical)]
    // core diagnostic
    [InlineData("K80.100", "51.1000", "K80.1-03", DipGroupKind.Core, DipTreatment.Diagnostic)]
    // core surgical outranks core diagnostic in the choice order
    [InlineData("K80.100", "51.1000|51.2300", "K80.1-01", DipGroupKind.Core, DipTreatment.Surgical)]
    // conservative core group
    [InlineData("K80.100", "", "K80.1-00", DipGroupKind.Core, DipTreatment.Conservative)]
    // an open cholecystectomy alone matches no core combination: comprehensive by 3-character prefix K80, surgical
    [InlineData("K80.100", "51.2200", "ZH-K80-4", DipGroupKind.Comprehensive, DipTreatment.Surgical)]
    // a therapeutic procedure without a core group: comprehensive K80 therapeutic
    [InlineData("K80.100", "51.8501", "ZH-K80-3", DipGroupKind.Comprehensive, DipTreatment.Therapeutic)]
    // a key with no core group: comprehensive K80 conservative
    [InlineData("K80.200", "", "ZH-K80-1", DipGroupKind.Comprehensive, DipTreatment.Conservative)]
    // no prefix group for K81: chapter range K00-K93, surgical
    [InlineData("K81.000", "51.2300", "ZH-K00-K93-4", DipGroupKind.Comprehensive, DipTreatment.Surgical)]
    // stent (interventional = surgical) + IVUS: two-term combination wins
    [InlineData("I21.000", "36.0700|00.2400", "I21.0-03", DipGroupKind.Core, DipTreatment.Surgical)]
    // 2-character prefix I2
    [InlineData("I21.100", "36.0700", "ZH-I2-4", DipGroupKind.Comprehensive, DipTreatment.Surgical)]
    // I2 has only a surgical group: the conservative case falls through prefixes to the range I00-I99
    [InlineData("I21.100", "", "ZH-I00-I99-1", DipGroupKind.Comprehensive, DipTreatment.Conservative)]
    // basic-level conservative group (the core J18.9 group needs a procedure)
    [InlineData("J18.900", "", "JC-J18.9-00", DipGroupKind.Basic, DipTreatment.Conservative)]
    // core therapeutic with an any-of combination
    [InlineData("J18.900", "96.7100", "J18.9-01", DipGroupKind.Core, DipTreatment.Therapeutic)]
    // 1-character prefix J
    [InlineData("J20.900", "", "ZH-J-1", DipGroupKind.Comprehensive, DipTreatment.Conservative)]
    // basic-level surgical group
    [InlineData("K35.800", "47.0100", "JC-K35.8-01", DipGroupKind.Basic, DipTreatment.Surgical)]
    // chemotherapy is typed "none": the case stays conservative and enters the tumour conservative core group
    [InlineData("C34.100", "99.2501", "C34.1-00", DipGroupKind.Core, DipTreatment.Conservative)]
    // chapter ranges C00-D48 and S00-T98
    [InlineData("C34.900", "32.4100", "ZH-C00-D48-4", DipGroupKind.Comprehensive, DipTreatment.Surgical)]
    [InlineData("S82.000", "81.5100", "ZH-S00-T98-4", DipGroupKind.Comprehensive, DipTreatment.Surgical)]
    // full-width and lower-case input is folded (CodeText.Normalize + case-insensitive look-up)
    [InlineData(" ｋ８０．１００ ", "５１．２３００", "K80.1-01", DipGroupKind.Core, DipTreatment.Surgical)]
    public void Case_enters_the_group_of_the_matching_order(string diagnoses, string procedures, string expected, DipGroupKind kind, DipTreatment treatment)
    {
        var result = Evaluate(Case(diagnoses, procedures));
        Assert.Equal(DipStatus.Grouped, result.Status);
        Assert.Equal(expected, result.Group!.Code);
        Assert.Equal(kind, result.Group.Kind);
        Assert.Equal(treatment, result.Group.Treatment);
        // the result names the pack by rules/dip-example/pack.json (id and version)
        Assert.Equal(("dip-example", "2026.1-example"), (result.Pack.Id, result.Pack.Version));
    }

    [Theory]
    [InlineData("R50.900", "", DipStatus.NoGroup)]
    [InlineData("", "", DipStatus.InvalidMainDiagnosis)]
    [InlineData("123", "", DipStatus.InvalidMainDiagnosis)]
    public void Cases_no_group_takes_get_a_status(string diagnoses, string procedures, DipStatus status)
    {
        var result = Evaluate(Case(diagnoses, procedures));
        Assert.Equal(status, result.Status);
        Assert.Null(result.Group);
        Assert.Equal(0m, result.Score);
    }

    [Fact]
    public void Unknown_procedure_counts_as_none_by_default_and_rejects_the_case_under_the_reject_policy()
    {
        // domain-primer §1.5: Node-DIP treats a procedure absent from its dictionary as conservative treatment.
        var ignored = Evaluate(Case("K80.100", "99.9999"));
        Assert.Equal("K80.1-00", ignored.Group!.Code);

        var strict = new DipEngine(DipCatalogue.Example.WithParameters(DipCatalogue.Example.Parameters with { UnknownProcedure = DipUnknownProcedurePolicy.Reject }));
        Assert.Equal(DipStatus.UnknownProcedure, strict.Evaluate(Case("K80.100", "99.9999")).Status);
    }

    [Fact]
    public void Trace_lists_the_groups_tried_and_why()
    {
        var trace = new DipTrace();
        var result = Engine.Evaluate(Case("K80.100", "51.2300|51.4100"), trace: trace);
        Assert.Equal("K80.1-02", result.Group!.Code);
        Assert.Contains(trace.Entries, e => e.Stage == "core" && e.Code == "K80.1-00" && !e.Matched);
        Assert.Contains(trace.Entries, e => e.Stage == "core" && e.Code == "K80.1-01" && e.Matched);
        Assert.Contains(trace.Entries, e => e.Stage == "core" && e.Code == "K80.1-03" && !e.Matched && e.Reason.En.Contains("51.1000"));
        Assert.Contains(trace.Entries, e => e.Stage == "comprehensive-prefix" && e.Code == "ZH-K80-4" && e.Matched);
        Assert.Contains(trace.Entries, e => e.Stage == "choice" && e.Code == "K80.1-02" && e.Matched);
    }

    [Fact]
    public void Explanation_gives_steps_in_both_languages_and_input_issues()
    {
        var explanation = Engine.Explain(Case("K80.100", "51.2300|99.9999", cost: 12000m, grade: "9"), new DipPointPrices(10.5m));
        Assert.Contains(explanation.Issues, i => i.Code == "DIP_CASE_UNKNOWN_PROCEDURE" && i.Value == "99.9999" && i.Field == "procedures[1]");
        Assert.Contains(explanation.Issues, i => i.Code == "DIP_CASE_UNKNOWN_GRADE");
        Assert.All(explanation.Steps, s => Assert.False(string.IsNullOrEmpty(s.Zh) || string.IsNullOrEmpty(s.En)));
        Assert.Contains(explanation.Steps, s => s.En.StartsWith("payment = ", StringComparison.Ordinal));
        Assert.NotEmpty(explanation.Trace);
    }

    private static readonly Dictionary<string, string> TiePack = new()
    {
        ["pack.json"] = "{\"id\":\"tie\",\"format\":\"dip-catalogue/1\"}",
        ["procedure_types.csv"] = "code,type\nA1,surgical\nB1,surgical\n",
        ["groups.csv"] = "code,kind,diagnosis,procedures,score,avg_cost\nG-A,core,X01.0,A1,100,1000\nG-B,core,X01.0,B1,200,3000\nG-C,core,X01.0,A1/B1,200,3000\n",
    };

    [Theory]
    // All three groups match a case with A1 and B1: one term, one matched procedure each (G-C matches both: 'matched' = 2 wins).
    [InlineData("A1|B1", null, "G-C")]
    // Only A1: G-A and G-C match with 1 term and 1 matched; cost 1100 is closest to G-A's mean 1000.
    [InlineData("A1", "1100", "G-A")]
    // cost 2900 is closest to G-C's mean 3000.
    [InlineData("A1", "2900", "G-C")]
    // no cost: closest-cost is skipped, the higher score (G-C 200 > G-A 100) wins.
    [InlineData("A1", null, "G-C")]
    public void Tie_breakers_apply_in_the_pack_order(string procedures, string? cost, string expected)
    {
        var catalogue = DipCatalogue.Load(MedPay.Rules.RulePacks.RulePack.FromTexts(TiePack));
        var result = new DipEngine(catalogue).Evaluate(Case("X01.000", procedures, cost is null ? null : decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, result.Group!.Code);
    }
}

public class DipAllocationTests
{
    [Fact]
    public void Batch_evaluation_without_trace_allocates_nothing_per_case()
    {
        // Not a timing test: it counts bytes allocated on this thread (the issue asks for allocation-free grouping + scoring).
        var cases = new[]
        {
            DipCases.Case("K80.100|E87.100", "51.2300|51.4100", cost: 30000m, grade: "2"), DipCases.Case("C34.100|C78.000", "99.2501", cost: 13000m),
            DipCases.Case("K81.000", "51.2300", cost: 16000m), DipCases.Case("R50.900"), DipCases.Case("J18.900", ageYears: 0, ageDays: 10),
        };
        var results = new MedPay.Rules.Dip.DipCaseResult[cases.Length];
        var prices = new MedPay.Rules.Dip.DipPointPrices(10m);
        for (var i = 0; i < 200; i++) DipCases.Engine.EvaluateBatch(cases, results, prices);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 2000; i++) DipCases.Engine.EvaluateBatch(cases, results, prices);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1000, $"{allocated} bytes allocated for 10,000 cases");
    }
}
