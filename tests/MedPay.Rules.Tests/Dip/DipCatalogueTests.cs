using MedPay.Rules.Dip;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.Dip;

public class DipCatalogueTests
{
    [Fact]
    public void Example_catalogue_loads_and_is_labelled_an_excerpt()
    {
        var c = DipCatalogue.Example;
        Assert.Equal("dip-example", c.Identity.Id);
        Assert.Equal(DipCatalogue.Format, c.Manifest.Format);
        Assert.Contains("EXCERPT", c.Manifest.Notes, StringComparison.Ordinal);
        Assert.Empty(c.Issues);
        // every kind of group and every auxiliary dimension is present
        foreach (var kind in Enum.GetValues<DipGroupKind>()) Assert.Contains(c.Groups, g => g.Kind == kind);
        Assert.Contains(c.Groups, g => g.IsRange);
        Assert.Contains(c.Groups, g => g.Kind == DipGroupKind.Comprehensive && !g.IsRange);
        foreach (var treatment in Enum.GetValues<DipTreatment>()) Assert.Contains(c.Groups, g => g.Kind == DipGroupKind.Comprehensive && g.Treatment == treatment);
        foreach (var dimension in new[] { DipAuxiliaryDimension.Severity, DipAuxiliaryDimension.Tumour, DipAuxiliaryDimension.Age, DipAuxiliaryDimension.Death })
        {
            Assert.Contains(c.AuxiliaryEntries, a => a.Dimension == dimension);
        }

        // Only T-V-A carries its own reference cost (auxiliary.csv: 22000); every other entry has none.
        Assert.Equal(22000m, Assert.Single(c.AuxiliaryEntries, a => a.AverageCost is not null).AverageCost);
        Assert.Equal("T-V-A", Assert.Single(c.AuxiliaryEntries, a => a.AverageCost is not null).Subtype);
    }

    [Fact]
    public void Example_parameters_are_the_documented_national_reading()
    {
        // rules/dip-example/parameters.csv against docs/dip.md §2.7: strict bounds r < 0.5 / r > 2 (primer §3.7, national text as
        // summarised), r measured against the subtype's reference, score × 1000 (primer §3.5, 3.0 reading), weights 1 : 2 : 7 (§3.5).
        var p = DipCatalogue.Example.Parameters;
        Assert.Equal((0.5m, false, 2m, false), (p.LowThreshold, p.LowInclusive, p.HighThreshold, p.HighInclusive));
        Assert.Equal(DipDeviationReference.Subtype, p.DeviationReference);
        Assert.Equal((DipHighFormula.PlusOne, true, 5m, DipExtremeFormula.High), (p.HighFormula, p.CoefficientAfterDeviation, p.ExtremeThreshold, p.ExtremeFormula));
        Assert.Equal(1000, p.ScoreScale);
        Assert.Equal(new[] { 1m, 2m, 7m }, p.HistoryWeights);
        Assert.Empty(DipCatalogue.Example.Issues);
    }

    [Fact]
    public void Combination_parses_all_of_and_any_of()
    {
        var combination = DipProcedureCombination.Parse("51.2200/51.2300+51.4100")!;
        Assert.Equal(2, combination.Terms.Length);
        Assert.Equal(new[] { "51.2200", "51.2300" }, combination.Terms[0]);
        Assert.Equal(new[] { "51.4100" }, combination.Terms[1]);
        Assert.Null(DipProcedureCombination.Parse("A++B"));
        Assert.Null(DipProcedureCombination.Parse("A/"));
        Assert.True(DipProcedureCombination.Parse(" ")!.IsEmpty);
    }

    [Fact]
    public void Every_bad_row_is_an_issue_with_file_row_and_column()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"bad\",\"format\":\"dip-catalogue/1\"}",
            ["parameters.csv"] = "name,value\nhigh_formula,plus_two\nmystery,1\n",
            ["procedure_types.csv"] = "code,type\nA1,surgical\nB1,magic\n",
            ["groups.csv"] = "code,kind,diagnosis,procedures,treatment,score,avg_cost\n"
                + "G1,core,X01.0,A1++B1,,100,\n"       // line 2: bad combination
                + "G2,weird,X01.0,A1,,100,\n"           // line 3: bad kind
                + "G3,core,X01.0,A1,,abc,\n"            // line 4: score not a number
                + "G4,comprehensive,X00-A99,,surgical,100,\n" // line 5: reversed range
                + "G5,comprehensive,X01,A1,,100,\n"     // line 6: comprehensive with procedures
                + "G6,core,X01.0,A1,,100,-5\n"          // line 7: negative mean cost
                + "G7,core,X01.0,A1,,100,\n"
                + "G7,core,X01.0,A1,,100,\n",           // line 9: duplicate
            ["auxiliary.csv"] = "group,subtype,dimension,other_dx_list,age_min,coefficient,avg_cost\nNOPE,I,severity,,,1.1,\nG7,II,severity,missing,,1.2,\nG7,III,age,,old,1.3,\n"
                + "*,IV,severity,,,1.4,12000\n"      // line 5: one own mean for every group
                + "G7,V,severity,,,1.4,0\n"          // line 6: a zero mean
                + "G7,VI,severity,,,1.4,abc\n"       // line 7: not a number
                + "G7,VII,severity,,,1.4,-1\n",      // line 8: negative
            ["basic_coefficients.csv"] = "group,coefficient\nG7,0.9\n",
        });
        Assert.False(DipCatalogue.TryLoad(pack, out var catalogue, out var issues));
        Assert.Null(catalogue);

        void Has(string code, string file, int row, string column) =>
            Assert.Contains(issues, i => i.Code == code && i.Location!.File == file && i.Location.Row == row && i.Location.ColumnName == column);

        Has("DIP_PACK_BAD_PARAMETER", "parameters.csv", 2, "value");
        Has("DIP_PACK_UNKNOWN_PARAMETER", "parameters.csv", 3, "name");
        Has("PACK_VALUE_NOT_ALLOWED", "procedure_types.csv", 3, "type");
        Has("DIP_PACK_BAD_COMBINATION", "groups.csv", 2, "procedures");
        Has("PACK_VALUE_NOT_ALLOWED", "groups.csv", 3, "kind");
        Has("PACK_NOT_A_DECIMAL", "groups.csv", 4, "score");
        Has("DIP_PACK_BAD_RANGE", "groups.csv", 5, "diagnosis");
        Has("DIP_PACK_COMPREHENSIVE_WITH_PROCEDURES", "groups.csv", 6, "procedures");
        Has("DIP_PACK_NEGATIVE", "groups.csv", 7, "avg_cost");
        Has("PACK_DUPLICATE_CODE", "groups.csv", 9, "code");
        Has("DIP_PACK_UNKNOWN_GROUP", "auxiliary.csv", 2, "group");
        Has("DIP_PACK_UNKNOWN_CODE_LIST", "auxiliary.csv", 3, "other_dx_list");
        Has("PACK_VALUE_NOT_ALLOWED", "auxiliary.csv", 4, "age_min");
        Has("DIP_PACK_BAD_SUBTYPE_COST", "auxiliary.csv", 5, "avg_cost");
        Has("DIP_PACK_BAD_SUBTYPE_COST", "auxiliary.csv", 6, "avg_cost");
        Has("PACK_NOT_A_DECIMAL", "auxiliary.csv", 7, "avg_cost");
        Has("DIP_PACK_NEGATIVE", "auxiliary.csv", 8, "avg_cost");
        Has("DIP_PACK_NOT_BASIC_GROUP", "basic_coefficients.csv", 2, "group");
        Assert.Throws<RulePackException>(() => DipCatalogue.Load(pack));
    }

    [Fact]
    public void Missing_files_and_wrong_format_are_issues()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string> { ["pack.json"] = "{\"id\":\"x\",\"format\":\"drg-scheme-tables/1\"}" });
        Assert.False(DipCatalogue.TryLoad(pack, out _, out var issues));
        Assert.Contains(issues, i => i.Code == "PACK_UNKNOWN_FORMAT");
        Assert.Contains(issues, i => i.Code == "PACK_MISSING_FILE" && i.Location!.File == "groups.csv");
        Assert.Contains(issues, i => i.Code == "PACK_MISSING_FILE" && i.Location!.File == "procedure_types.csv");
    }

    [Fact]
    public void Parameters_are_read_from_the_pack()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"p\",\"format\":\"dip-catalogue/1\"}",
            ["procedure_types.csv"] = "code,type\n",
            ["groups.csv"] = "code,kind,diagnosis,score\nG,core,X01.0,100\n",
            ["parameters.csv"] = "name,value\nhigh_formula,hospital_coefficient\ncoefficient_after_deviation,false\nextreme_formula,coefficient\n"
                + "low_inclusive,true\nhigh_inclusive,true\ndeviation_reference,group\nscore_decimals,\nunknown_procedure,reject\nscore_scale,100\n"
                + "choice_order,core:conservative;comprehensive:conservative\ntie_breakers,higher_score\nhistory_weights,1;1;1\nextreme_threshold,\n"
                + "low_threshold,0.4\nhigh_threshold,3\ndiagnosis_key_length,4\ncomprehensive_prefix_lengths,3\n",
        });
        var p = DipCatalogue.Load(pack).Parameters;
        Assert.Equal(DipHighFormula.HospitalCoefficient, p.HighFormula);
        Assert.False(p.CoefficientAfterDeviation);
        Assert.Equal(DipExtremeFormula.Coefficient, p.ExtremeFormula);
        // every value differs from its default (docs/dip.md §2.7), so each assertion fails if the row were not read
        Assert.True(p.LowInclusive);
        Assert.True(p.HighInclusive);
        Assert.Equal(DipDeviationReference.Group, p.DeviationReference);
        Assert.Null(p.ScoreDecimals);
        Assert.Null(p.ExtremeThreshold);
        Assert.Equal(DipUnknownProcedurePolicy.Reject, p.UnknownProcedure);
        Assert.Equal(100, p.ScoreScale);
        Assert.Equal(2, p.ChoiceOrder.Length);
        Assert.Equal(new[] { DipTieBreaker.HigherScore }, p.TieBreakers);
        Assert.Equal(new[] { 1m, 1m, 1m }, p.HistoryWeights);
        Assert.Equal((0.4m, 3m, 4), (p.LowThreshold, p.HighThreshold, p.DiagnosisKeyLength));
        Assert.Equal(new[] { 3 }, p.ComprehensivePrefixLengths);
    }
}
