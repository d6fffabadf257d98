using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Coding;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>The dictionary-free text rules (docs/coding.md, rules 1–8) and their invariants.</summary>
public class CodeTextTests
{
    // Each expected value applies the rules of docs/coding.md by hand, in order.
    [Theory]
    [InlineData("K80.000", "K80.000")] // canonical: unchanged
    [InlineData("  k80.000x004\t", "K80.000x004")] // trim; k → K; x after the start stays lower
    [InlineData("Ｋ８０．０００", "K80.000")] // full-width letters, digits and dot
    [InlineData("K80。000", "K80.000")] // ideographic full stop typed for the dot
    [InlineData("A17.000†G01*", "A17.000+G01*")] // dagger sign for the +
    [InlineData("K80.000 胆囊结石", "K80.000")] // pasted name cut at the first Chinese character, then trimmed
    [InlineData("'K80.000", "K80.000")] // spreadsheet apostrophe
    [InlineData("K80.000.,", "K80.000")] // trailing stray punctuation
    [InlineData("K80. 000", "K80.000")] // inner space
    [InlineData("k80000X004", "K80.000x004")] // case (X not at the start → x), then the dot after letter + two digits
    [InlineData("3606", "36.06")] // procedure: dot after two digits
    [InlineData("j61.X00", "J61.x00")] // the placeholder x is lower case
    [InlineData("x59.900", "X59.900")] // X at the start of a part is the chapter XX letter: upper case
    [InlineData("a17.000+g01*", "A17.000+G01*")] // each part starts upper case
    [InlineData("I63", "I63")] // a category alone gets no dot
    [InlineData("胆囊结石", "")] // no code characters at all
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Canonical_text_follows_the_documented_rules(string? input, string expected) => Assert.Equal(expected, CodeText.Canonicalize(input));

    [Fact]
    public void Every_dictionary_and_map_code_of_the_national_scheme_is_canonical()
    {
        var scheme = ConformanceFixture.Scheme;
        var codes = scheme.Diagnoses.Entries.Concat(scheme.Procedures.Entries).Select(e => e.Code).ToList();
        var rows = FixtureFacts.RowCount(SharedFixtures.ChsDrg11, "diagnoses.csv") + FixtureFacts.RowCount(SharedFixtures.ChsDrg11, "procedures.csv");
        Assert.True(rows > 0 && rows == codes.Count, $"{SharedFixtures.ChsDrg11}: {rows} dictionary rows, {codes.Count} codes loaded");
        Assert.All(codes, code => Assert.Same(code, CodeText.Canonicalize(code)));
    }

    /// <summary>Arbitrary strings and, as often, codes of the national dictionaries spelt the messy ways (Support/NationalGenerators.CodeText).</summary>
    [Property(MaxTest = 2000)]
    public Property Canonicalizing_never_throws_and_is_idempotent() =>
        Prop.ForAll(Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<string?>(), NationalGenerators.CodeText)), input =>
        {
            var once = CodeText.Canonicalize(input);
            Assert.Equal(once, CodeText.Canonicalize(once));
        });

    [Property(MaxTest = 1000)]
    public void Canonical_codes_built_from_parts_are_their_own_canonical_form(char letter, byte category, ushort detail, byte extension, bool withExtension)
    {
        // A letter, two digits, a dot, three digits, and optionally the extension x + three digits: the shape of diagnoses.csv.
        var code = $"{(char)('A' + letter % 26)}{category % 100:00}.{detail % 1000:000}" + (withExtension ? $"x{extension % 1000:000}" : string.Empty);
        Assert.Equal(code, CodeText.Canonicalize(code));
        Assert.Equal(code, CodeText.Canonicalize(" " + code.ToLowerInvariant() + " "));
    }

    [Fact]
    public void The_fold_of_the_original_normalize_is_unchanged_for_the_dip_catalogue()
    {
        Assert.Equal("a01.000", CodeText.Normalize(" ａ０１．０００ "));
        Assert.Equal(string.Empty, CodeText.Normalize(null));
    }
}

/// <summary>The fused hot path of the text rules gives the same text as running them one by one.</summary>
public class CodeTextHotPathTests
{
    private static string Staged(string input)
    {
        var buffer = new char[input.Length + 1];
        input.AsSpan().CopyTo(buffer);
        return new string(buffer, 0, CodeText.Canonicalize(buffer, input.Length, null));
    }

    private static string Fused(string input)
    {
        var buffer = new char[input.Length + 1];
        return new string(buffer, 0, CodeText.Canonicalize(input.AsSpan(), buffer));
    }

    [Property(MaxTest = 3000)]
    public void Fused_and_staged_rules_agree_on_arbitrary_strings(NonNull<string> input) => Assert.Equal(Staged(input.Get), Fused(input.Get));

    [Property(MaxTest = 3000)]
    public void Fused_and_staged_rules_agree_on_noisy_codes(PositiveInt pick, byte[] noise)
    {
        // A dictionary code with noise characters (spaces, full-width forms, punctuation, CJK) put in at positions the bytes choose.
        var entries = ConformanceFixture.Scheme.Diagnoses.Entries;
        var text = entries[pick.Get % entries.Length].Code.ToCharArray().ToList();
        char[] pool = { ' ', '\u3000', '．', '。', '·', '\'', '.', ',', '+', '*', 'ｘ', '胆', '\t', '１', '†', 'x', 'X', '-' };
        foreach (var b in noise ?? Array.Empty<byte>()) text.Insert(b % (text.Count + 1), pool[b % pool.Length]);
        var input = new string(text.ToArray());
        Assert.Equal(Staged(input), Fused(input));
    }
}
