using MedPay.Rules.Coding;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>Look-up for people: by code prefix and by Chinese words of the name, ranked.</summary>
public class LookupTests
{
    private static readonly CodeDictionary Dictionary = new MiniScheme().With("diagnoses.csv",
        "code,name\nK80.000,胆囊结石伴有急性胆囊炎\nK80.001,胆囊结石伴坏疽性胆囊炎\nK80.000x004,胆囊结石伴慢性胆囊炎急性发作\n" +
        "K80.200,胆囊结石不伴胆囊炎\nK81.000,急性胆囊炎\nK81.100,慢性胆囊炎\nA01.000,胆囊炎\nA02.000,甲二\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\n").Load().Diagnoses;

    private static string[] Codes(string query, int limit = 20) => Dictionary.Search(query, limit).Select(h => h.Entry.Code).ToArray();

    [Fact]
    public void A_code_prefix_finds_codes_in_code_order_shorter_first()
    {
        // Exact first, then by length (K80.000, K80.001, K80.200 are 7 characters; K80.000x004 is 11), then code order.
        Assert.Equal(new[] { "K80.000", "K80.001", "K80.200", "K80.000x004" }, Codes("K80"));
        Assert.Equal(new[] { "K80.000", "K80.000x004" }, Codes("k80000")); // canonicalised: K80.000
        Assert.Equal(CodeSearchMatch.CodeExact, Dictionary.Search("K80.000")[0].Match);
        Assert.Equal(new[] { "K80.000" }, Codes("K80", limit: 1));
    }

    [Fact]
    public void Chinese_words_find_names_ranked_exact_then_prefix_then_contained_shorter_first()
    {
        // 胆囊炎: exact name A01.000; no name begins with it; five contain it, shorter names first
        // (急性胆囊炎, 慢性胆囊炎: 5 characters, K81.000 before K81.100 by code; 胆囊结石不伴胆囊炎: 9; the two 11-character names by code; then 13).
        Assert.Equal(new[] { "A01.000", "K81.000", "K81.100", "K80.200", "K80.000", "K80.001", "K80.000x004" }, Codes("胆囊炎"));
        Assert.Equal(CodeSearchMatch.NameExact, Dictionary.Search("胆囊炎")[0].Match);
        // Two words must both occur; 胆囊结石 begins the name, so those rank as prefix matches.
        var hits = Dictionary.Search("胆囊结石 急性");
        Assert.Equal(new[] { "K80.000", "K80.000x004" }, hits.Select(h => h.Entry.Code));
        Assert.All(hits, h => Assert.Equal(CodeSearchMatch.NamePrefix, h.Match));
    }

    [Fact]
    public void A_code_prefix_and_words_combine()
    {
        Assert.Equal(new[] { "K81.000" }, Codes("K81 急性"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Z9")]
    [InlineData("不存在的名称")]
    public void Nothing_found_is_an_empty_list(string? query) => Assert.Empty(Dictionary.Search(query));

    [Fact]
    public void Lookup_works_on_the_national_dictionary()
    {
        var dx = ConformanceFixture.Scheme.Diagnoses;
        // E11.900 2型糖尿病 is the only code whose name is exactly 2型糖尿病 (diagnoses.csv).
        var hit = dx.Search("2型糖尿病")[0];
        Assert.Equal("E11.900", hit.Entry.Code);
        Assert.Equal(CodeSearchMatch.NameExact, hit.Match);
        Assert.All(dx.Search("I63.9", 50), h => Assert.StartsWith("I63.9", h.Entry.Code, StringComparison.Ordinal));
    }
}
