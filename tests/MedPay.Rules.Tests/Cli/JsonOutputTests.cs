using System.Text.Json;
using System.Text.RegularExpressions;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// Issue 15 §5, consistent output: every JSON result names its pack as <c>pack: {id, version, hash}</c>, and every key of every JSON output
/// (and of the year-end inputs, as the docs and examples write them) is snake_case.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class JsonOutputTests
{
    private static readonly Regex SnakeCase = new("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "medpay-json-" + Guid.NewGuid().ToString("N") + "-" + name);

    private static string Example(string name) => Path.Combine(SharedFixtures.RepositoryRoot, "examples", name);

    /// <summary>Every property name in a JSON document, with its path.</summary>
    private static IEnumerable<(string Path, string Key)> Keys(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return (path, property.Name);
                    foreach (var inner in Keys(property.Value, path + "." + property.Name)) yield return inner;
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Keys(item, path + "[" + i++ + "]")) yield return inner;
                }

                break;
        }
    }

    private static void AssertSnakeCase(string file, string json)
    {
        using var document = JsonDocument.Parse(json);
        var bad = Keys(document.RootElement).Where(k => !SnakeCase.IsMatch(k.Key)).Select(k => k.Path + "." + k.Key).Distinct().ToList();
        Assert.True(bad.Count == 0, file + ": keys not in snake_case: " + string.Join(", ", bad));
    }

    private static void AssertPack(JsonElement pack, string id)
    {
        Assert.Equal(new[] { "id", "version", "hash" }, pack.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, pack.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(pack.GetProperty("version").GetString()));
        Assert.Matches("^[0-9a-f]{64}$", pack.GetProperty("hash").GetString());
    }

    [Fact]
    public void The_validate_json_report_names_its_pack_like_pay_and_dip()
    {
        var output = Temp("report.json");
        Assert.Equal(5, InProcessMedpay.Run("validate", "--in", Example("settlement-lists.json"), "--out", output).Exit);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var pack = json.RootElement.GetProperty("pack");
        AssertPack(pack, "settlement-national");
        // The content hash of the embedded national pack, in full.
        Assert.Equal(RulePack.Embedded(SettlementRuleCatalogue.DefaultPackId).ContentHash, pack.GetProperty("hash").GetString());
        Assert.False(json.RootElement.TryGetProperty("region_packs", out _));

        Assert.Equal(5, InProcessMedpay.Run("validate", "--in", Example("settlement-lists.json"), "--out", output, "--region", "settlement-example-region").Exit);
        using var withRegion = JsonDocument.Parse(File.ReadAllText(output));
        AssertPack(withRegion.RootElement.GetProperty("pack"), "settlement-national");
        AssertPack(Assert.Single(withRegion.RootElement.GetProperty("region_packs").EnumerateArray().ToList()), "settlement-example-region");
        File.Delete(output);
    }

    [Fact]
    public void Every_json_output_uses_snake_case_keys_and_names_its_pack()
    {
        var folder = Directory.CreateTempSubdirectory("medpay-json").FullName;
        string Out(string name) => Path.Combine(folder, name);
        var runs = new (string[] Args, int Exit, string File, string Pack)[]
        {
            (new[] { "dip", "--in", Example("dip-cases.csv"), "--out", Out("dip.json"), "--point-value", "10.5", "--columns", "all" }, 0, "dip.json", "dip-example"),
            (new[] { "pay", "--in", Example("grouped-with-costs.csv"), "--out", Out("pay.json"), "--year-out", Out("year.json"), "--columns", "all" }, 0, "pay.json", "drg-payment-example"),
            (new[] { "validate", "--in", Example("settlement-lists.json"), "--out", Out("validate.json") }, 5, "validate.json", "settlement-national"),
            (new[] { "retention", "--in", Example("year-end.csv"), "--out", Out("retention.json") }, 0, "retention.json", "retention-seed"),
            (new[] { "retention", "--in", Example("alliance.json"), "--out", Out("alliance.json") }, 0, "alliance.json", "retention-seed"),
            (new[] { "retention", "--in", Out("year.json"), "--hospital", "H1", "--grade", "excellent", "--out", Out("chain.json") }, 0, "chain.json", "retention-seed"),
        };
        foreach (var (args, exit, file, pack) in runs)
        {
            var run = InProcessMedpay.Run(args);
            Assert.True(run.Exit == exit, string.Join(" ", args) + "\n" + run.Error);
            // The examples and the pay → retention chain use the current keys: no deprecation warning.
            Assert.DoesNotContain("RETENTION_INPUT_DEPRECATED_KEY", run.Error);
            var text = File.ReadAllText(Out(file));
            AssertSnakeCase(file, text);
            using var json = JsonDocument.Parse(text);
            AssertPack(json.RootElement.GetProperty("pack"), pack);
        }

        // pay --year-out: an array of hospital objects in the retention input layout, each naming the payment pack.
        var year = File.ReadAllText(Out("year.json"));
        AssertSnakeCase("year.json", year);
        using (var json = JsonDocument.Parse(year))
        {
            foreach (var hospital in json.RootElement.EnumerateArray()) AssertPack(hospital.GetProperty("pack"), "drg-payment-example");
        }

        // The shipped alliance example is in the current layout too.
        AssertSnakeCase("examples/alliance.json", File.ReadAllText(Example("alliance.json")));
        Directory.Delete(folder, true);
    }
}
