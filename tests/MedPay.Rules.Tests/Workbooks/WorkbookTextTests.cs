using MedPay.Rules.Drg.Workbooks;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>The cleaning of workbook cells (nhsa-drg-workbook.md: "Treat all of these, and CR / LF, as white space").</summary>
public class WorkbookTextTests
{
    [Fact]
    public void White_space_is_what_dotnet_calls_white_space_plus_the_zero_width_space_and_the_byte_order_mark()
    {
        // The fast character test must agree with char.IsWhiteSpace on all of UTF-16, apart from the two additions the spec asks for.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = char.IsWhiteSpace((char)c) || c is 0x200B or 0xFEFF;
            Assert.True(expected == WorkbookText.IsSpace((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("\u3000K80.000\u00A0", "K80.000")]
    [InlineData("K80.0\u200B00", "K80.000")]          // a zero-width space inside a code vanishes
    [InlineData("K80 .000", "K80 .000")]               // any other space inside a code stays, so the code fails loudly
    [InlineData("\uFEFFMDCA", "MDCA")]
    [InlineData("_x000D_MDCA_x000D_", "MDCA")]
    public void Codes_are_trimmed_and_lose_zero_width_characters(string cell, string code) =>
        Assert.Equal(code, WorkbookText.Clean(cell, WorkbookText.Mode.Code, out _));

    [Theory]
    [InlineData("ZYZD in\r\nDI_X  or\t\tNL>=70", "ZYZD in DI_X or NL>=70")]
    [InlineData("ZYZD in_x000D_\nDI_X", "ZYZD in DI_X")]
    [InlineData("\u00A0", "")]
    [InlineData("(ZYZD\u3000in DI_X)", "(ZYZD in DI_X)")]
    public void Rules_have_every_run_of_white_space_turned_into_one_space(string cell, string rule) =>
        Assert.Equal(rule, WorkbookText.Clean(cell, WorkbookText.Mode.Text, out _));

    [Fact]
    public void A_clean_cell_is_returned_as_it_is_and_nothing_is_reported()
    {
        const string text = "ZYZD in DI_X and QTZD in {MCC, CC}";
        Assert.Same(text, WorkbookText.Clean(text, WorkbookText.Mode.Text, out var removed));
        Assert.Null(removed);
    }
}
