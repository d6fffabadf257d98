using System.IO;
using System.Text;
using Xunit;

namespace MedPay.Rules.Tests.Common;

/// <summary>
/// <see cref="TextInput"/>: encoding detection and the line of the first bad byte. The expected texts are the inputs themselves
/// (a round trip), and the bad-byte positions are counted by hand from the byte arrays written here.
/// </summary>
public sealed class TextInputTests
{
    private const string Text = "病案号,主要诊断\nA1,J18.900\nA2,I21.000\n";

    static TextInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-16be", true)]
    [InlineData("gb18030", false)]
    public void Detection_reads_each_supported_encoding(string name, bool mark)
    {
        Assert.True(TextInput.TryParseEncoding(name, out var encoding));
        var bytes = encoding!.GetBytes(Text);
        if (mark) bytes = [.. encoding.GetPreamble().Length > 0 ? encoding.GetPreamble() : Preamble(name), .. bytes];

        Assert.Equal(Text, ReadAll(bytes, null));
        Assert.Equal(Text, ReadAll(bytes, encoding)); // named explicitly, a mark is skipped as well
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16be")]
    public void Utf16_without_a_mark_is_found_in_mostly_chinese_text(string name)
    {
        // Mostly Chinese, and 一 (U+4E00) has a zero low byte: the zeros still lean to the high-byte side of the ASCII characters.
        var text = new StringBuilder().Insert(0, "姓名,诊断名称,编码\n张一,一般性肺炎,J18.900\n", 50).ToString();
        Assert.True(TextInput.TryParseEncoding(name, out var encoding));
        Assert.Equal(text, ReadAll(encoding!.GetBytes(text), null));
    }

    [Fact]
    public void Auto_is_detection()
    {
        Assert.True(TextInput.TryParseEncoding("auto", out var auto));
        Assert.Null(auto);
        Assert.True(TextInput.TryParseEncoding(null, out var none));
        Assert.Null(none);
        Assert.True(TextInput.TryParseEncoding("GB_2312", out var gb));
        Assert.Equal("GB18030", TextInput.EncodingName(gb!));
        Assert.False(TextInput.TryParseEncoding("latin1", out _));
    }

    [Fact]
    public void A_long_file_decodes_across_chunk_boundaries()
    {
        // 200,000 lines of mixed-width text: well past the 64 KiB head and many read chunks, so multi-byte sequences are cut at chunk ends.
        var builder = new StringBuilder();
        for (var i = 0; i < 200_000; i++) builder.Append("病例").Append(i).Append(",肺炎\n");
        var text = builder.ToString();
        Assert.True(TextInput.TryParseEncoding("gb18030", out var gb));
        Assert.Equal(text, ReadAll(gb!.GetBytes(text), null));
        Assert.Equal(text, ReadAll(Encoding.UTF8.GetBytes(text), null));
    }

    [Fact]
    public void A_bad_byte_names_its_line_offset_and_byte()
    {
        // Line 1 "a,b\n" is bytes 0-3, line 2 "c,d\n" bytes 4-7; line 3 starts at 8 with "e," and then 0xFF, which no UTF-8 sequence contains.
        byte[] bytes = [(byte)'a', (byte)',', (byte)'b', (byte)'\n', (byte)'c', (byte)',', (byte)'d', (byte)'\n', (byte)'e', (byte)',', 0xFF, (byte)'\n'];
        Assert.True(TextInput.TryParseEncoding("utf-8", out var utf8));
        var error = Assert.Throws<InputEncodingException>(() => ReadAll(bytes, utf8));
        Assert.Equal(3, error.Line);
        Assert.Equal(10, error.Offset);
        Assert.Equal(0xFF, error.Byte);
        Assert.Equal("UTF-8", error.Encoding);
        Assert.Equal("cases.csv", error.File);
        Assert.Contains("line 3", error.Message);
        Assert.Contains("第 3 行", error.Message);
    }

    [Fact]
    public void A_bad_byte_far_past_the_head_still_names_its_line()
    {
        // 100,000 lines "x\n" (2 bytes each) and then 0xC3 0x28: a lead byte followed by a non-continuation byte.
        var bytes = new byte[200_000 + 3];
        for (var i = 0; i < 100_000; i++)
        {
            bytes[2 * i] = (byte)'x';
            bytes[(2 * i) + 1] = (byte)'\n';
        }

        bytes[200_000] = 0xC3;
        bytes[200_001] = 0x28;
        bytes[200_002] = (byte)'\n';
        Assert.True(TextInput.TryParseEncoding("utf-8", out var utf8));
        var error = Assert.Throws<InputEncodingException>(() => ReadAll(bytes, utf8));
        Assert.Equal(100_001, error.Line);
        Assert.Equal(200_000, error.Offset);
        Assert.Equal(0xC3, error.Byte);
    }

    private static byte[] Preamble(string name) => name switch
    {
        "utf-8" => [0xEF, 0xBB, 0xBF],
        "utf-16" => [0xFF, 0xFE],
        _ => [0xFE, 0xFF],
    };

    private static string ReadAll(byte[] bytes, Encoding? encoding)
    {
        using var reader = TextInput.Open(new MemoryStream(bytes), encoding, "cases.csv");
        var result = new StringBuilder();
        var buffer = new char[1000]; // small reads, so the reader's refills are exercised
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) result.Append(buffer, 0, read);
        return result.ToString();
    }
}
