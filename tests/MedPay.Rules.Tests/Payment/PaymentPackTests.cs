using MedPay.Rules.Payment;
using MedPay.Rules.RulePacks;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>Loading parameter packs: the embedded example, and every kind of broken table reported with file, row and column.</summary>
public class PaymentPackTests
{
    [Fact]
    public void The_embedded_example_prices_every_drg_of_the_embedded_excerpt_scheme()
    {
        Assert.Empty(Example.Issues);
        Assert.Equal("drg-payment-example", Example.Identity.Id);
        var scheme = MedPay.Rules.Drg.DrgScheme.LoadDefault();
        Assert.Equal(scheme.Drgs.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), Example.Weights.Select(w => w.Drg).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(44, Example.Weights.Length); // SOURCES.md: "prices the 44 DRGs"; weights.csv has 45 lines with the header
        // Rows of rules/drg-payment-example/weights.csv read by hand (line 2, 10, 19, 29), as the loader must give them.
        Assert.Equal(("ECMO或全人工心脏植入术", 25.0000m, 250000.00m, 25.0m, MortalityRiskTier.High, 2), Row("AH19"));
        Assert.Equal(("会厌炎、喉炎及气管炎", 0.4200m, 4200.00m, 5.0m, MortalityRiskTier.Low, 10), Row("DT29"));
        Assert.Equal(("胆囊切除手术，不伴合并症或并发症", 1.6500m, 16500.00m, 7.0m, MortalityRiskTier.Low, 19), Row("HC25"));
        Assert.Equal(("重症胰腺炎，伴严重合并症或并发症", 5.8000m, 58000.00m, 18.0m, MortalityRiskTier.High, 29), Row("HT11"));
        Assert.Equal(0.05m, Example.Policy.SpecialReviewCap);
        Assert.Equal(60, Example.Policy.FeeForItemLosAbove);
    }

    private static (string, decimal, decimal, decimal, MortalityRiskTier, int) Row(string drg)
    {
        var w = Example.FindWeight(drg)!;
        return (w.Name, w.Weight, w.AverageCost, w.AverageLengthOfStay, w.RiskTier, w.Line);
    }

    [Fact]
    public void The_example_weights_file_follows_its_documented_derivation()
    {
        // A check of the data file, not of the loader: SOURCES.md says weight = average_cost ÷ 10,000.00 (the invented regional
        // average), written to 4 decimals. Read from the file's text, so a row edited without its partner column is caught.
        // By hand for the first row: 250,000.00 ÷ 10,000.00 = 25.0000.
        var rows = File.ReadLines(Path.Combine(MedPay.Rules.Tests.Support.SharedFixtures.RepositoryRoot, "rules", "drg-payment-example", "weights.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Assert.Equal(44, rows.Count);
        Assert.Equal(("AH19", "25.0000", "250000.00"), (rows[0][0], rows[0][2], rows[0][3]));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.All(rows, r => Assert.Equal((decimal.Parse(r[3], inv) / 10000m).ToString("0.0000", inv), r[2]));
    }

    [Fact]
    public void Broken_tables_are_reported_with_file_row_and_column()
    {
        var result = PaymentParameters.TryLoad(Memory(
            weights: "drg,weight,average_cost,average_los,risk_tier\nHC25,1.65,16500,7,low\nHC25,1.7,17000,7,low\nXX19,-1,100,3,\nYY19,1,100,3,extreme\n",
            rates: "fund,grade,rate\nemployee,*,abc\nnobody,*,100\n",
            coefficients: "kind,key,coefficient\ngrade,3,1.05\ngrade,3,1.1\n",
            outliers: "grade,weight_min,weight_max,high_multiple,low_multiple\n*,3,1,3,0.4\n*,,,1,2\n",
            parameters: "name,value\nungroupable_payment,never\nfoo,1\n"));
        Assert.False(result.Success);
        string Where(Issue i) => i.Code + "@" + i.Location?.File + ":" + i.Location?.Row + ":" + i.Location?.ColumnName;
        var found = result.Issues.Select(Where).ToList();
        Assert.Contains("PAY_PACK_DUPLICATE_WEIGHT@weights.csv:3:drg", found);
        Assert.Contains("PAY_PACK_NOT_POSITIVE@weights.csv:4:weight", found);
        Assert.Contains("PACK_VALUE_NOT_ALLOWED@weights.csv:5:risk_tier", found);
        Assert.Contains("PACK_NOT_A_DECIMAL@base_rates.csv:2:rate", found);
        Assert.Contains("PACK_VALUE_NOT_ALLOWED@base_rates.csv:3:fund", found);
        Assert.Contains("PAY_PACK_NO_RATES@base_rates.csv:0:", found);
        Assert.Contains("PAY_PACK_DUPLICATE_KEY@coefficients.csv:3:key", found);
        Assert.Contains("PAY_PACK_BAD_WEIGHT_BAND@outliers.csv:2:weight_max", found);
        Assert.Contains("PAY_PACK_LOW_NOT_BELOW_HIGH@outliers.csv:3:low_multiple", found);
        Assert.Contains("PAY_PACK_BAD_PARAMETER@parameters.csv:2:value", found);
        Assert.Contains("PAY_PACK_UNKNOWN_PARAMETER@parameters.csv:3:name", found);
        var bad = Assert.Single(result.Issues, i => i.Code == "PAY_PACK_NOT_POSITIVE");
        Assert.Equal(("weight", "-1"), (bad.Field, bad.Value));
        Assert.NotEmpty(bad.Message.Zh);
        var thrown = Assert.Throws<RulePackException>(() => PaymentParameters.Load(Memory(rates: null)));
        Assert.Contains(thrown.Issues, i => i.Code == "PACK_MISSING_FILE");
        Assert.Contains(PaymentParameters.TryLoad(Memory(rates: "fund,rate\n*,1\n")).Issues, i => i.Code == "PACK_MISSING_COLUMN" && i.Field == "grade");
    }

    [Fact]
    public void A_pack_of_another_format_is_refused()
    {
        var pack = RulePack.FromTexts(new Dictionary<string, string>
        {
            ["pack.json"] = "{\"id\":\"x\",\"format\":\"dip-catalogue/1\"}", ["weights.csv"] = Weights, ["base_rates.csv"] = "fund,grade,rate\n*,*,1\n",
        });
        Assert.Contains(PaymentParameters.TryLoad(pack).Issues, i => i.Code == "PACK_UNKNOWN_FORMAT");
    }
}
