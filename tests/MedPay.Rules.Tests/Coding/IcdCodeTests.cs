using MedPay.Rules.Coding;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Coding;

/// <summary>The code model: parts of insurance-version codes and ICD-10 chapters.</summary>
public class IcdCodeTests
{
    [Theory]
    // text, kind, category, subcategory, main, extension, morphology, asterisk, chapter
    [InlineData("K80.000x004", CodeKind.Diagnosis, "K80", "K80.0", "K80.000", "x004", null, null, 11)]
    [InlineData("A17.000x005+G01*", CodeKind.Diagnosis, "A17", "A17.0", "A17.000", "x005", null, "G01*", 1)]
    [InlineData("J61.x00x001", CodeKind.Diagnosis, "J61", null, "J61.x00", "x001", null, null, 10)]
    [InlineData("C22.101M81600/3", CodeKind.Diagnosis, "C22", "C22.1", "C22.101", null, "M81600/3", null, 2)]
    [InlineData("S72.000", CodeKind.Diagnosis, "S72", "S72.0", "S72.000", null, null, null, 19)]
    [InlineData("V01.000", CodeKind.Diagnosis, "V01", "V01.0", "V01.000", null, null, null, 20)]
    [InlineData("U07.100", CodeKind.Diagnosis, "U07", "U07.1", "U07.100", null, null, null, 22)]
    [InlineData("36.0600", CodeKind.Procedure, "36", "36.0", "36.0600", null, null, null, 0)]
    [InlineData("00.0200x001", CodeKind.Procedure, "00", "00.0", "00.0200", "x001", null, null, 0)]
    [InlineData("03.4x00x008", CodeKind.Procedure, "03", "03.4", "03.4x00", "x008", null, null, 0)]
    public void Codes_split_into_their_parts(string text, CodeKind kind, string category, string? subcategory, string main, string? extension,
        string? morphology, string? asterisk, int chapter)
    {
        var code = IcdCode.Parse(text);
        Assert.True(code.IsWellFormed);
        Assert.Equal(text, code.Text);
        Assert.Equal(kind, code.Kind);
        Assert.Equal(category, code.Category);
        Assert.Equal(subcategory, code.Subcategory);
        Assert.Equal(main, code.Main);
        Assert.Equal(extension, code.Extension);
        Assert.Equal(morphology, code.Morphology);
        Assert.Equal(asterisk, code.Asterisk);
        Assert.Equal(asterisk is not null, code.IsDaggerAsterisk);
        Assert.Equal(chapter, code.Chapter?.Number ?? 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("胆囊结石")]
    [InlineData("K8")]
    [InlineData("A17.000+G01")]
    public void Malformed_text_parses_without_throwing_and_says_so(string text) => Assert.False(IcdCode.Parse(text).IsWellFormed);

    [Theory]
    [InlineData("A00", 1)]
    [InlineData("B99", 1)]
    [InlineData("D48", 2)]
    [InlineData("D50", 3)]
    [InlineData("H59", 7)]
    [InlineData("H60", 8)]
    [InlineData("T98", 19)]
    [InlineData("Y98", 20)]
    [InlineData("Z99", 21)]
    public void Chapter_bounds_are_those_of_icd10(string category, int chapter) => Assert.Equal(chapter, IcdChapter.Of(category)!.Number);

    [Fact]
    public void Every_national_dictionary_code_is_well_formed_and_every_diagnosis_has_a_chapter()
    {
        var scheme = ConformanceFixture.Scheme;
        Assert.All(scheme.Procedures.Entries, e => Assert.True(e.Parsed.IsWellFormed, e.Code));
        var withoutChapter = scheme.Diagnoses.Entries.Where(e => !e.Parsed.IsWellFormed || e.Parsed.Chapter is null).Select(e => e.Code).ToList();
        Assert.Empty(withoutChapter);
        Assert.Equal(22, IcdChapter.All.Length);
    }
}
