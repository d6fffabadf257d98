using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.RulePacks;

/// <summary>
/// Scheme tables are read from their UTF-8 bytes (<c>CsvDocument.ParseUtf8</c>, issue 17): a file without quotes is split straight
/// from its text (<c>CsvPlainReader</c>), any other goes through the general reader. Either way the document must be the one <see cref="CsvDocument.Parse"/>
/// makes of the decoded text — header, every record's line and fields, every issue.
/// </summary>
public class CsvPlainReaderTests
{
    /// <summary>The pieces a rule-pack table is made of: blanks, tabs, every line end, empty fields, Chinese, malformed UTF-8.</summary>
    private static readonly Gen<byte[]> Plain = Gen.Elements(
        B("a"), B("A01.000"), B("37.5100"), B("MDCA_DX"), B("伤寒"), B("霍乱，由于O1群"), B(","), B(",,"), B(" "), B("\t"), B("  x  "),
        B("\n"), B("\r\n"), B("\r"), B("\n\n"), B(" \n"), B("\uFEFF"), new byte[] { 0xE4, 0xBC }, new byte[] { 0xFF }, new byte[] { 0xC3 },
        new byte[] { 0x80, 0x41 });

    /// <summary>The pieces that send a file to the text reader: quotes, well and badly formed.</summary>
    private static readonly Gen<byte[]> Quoted = Gen.Elements(B("\"q\""), B("\"a,b\""), B("\"\"\""), B("\"open"), B("x\"y"), B("\"l1\nl2\""));

    /// <summary>
    /// Files of up to 60 pieces, a third of them with a byte-order mark in front; three in four without quotes (the fast path),
    /// the others with a quote in one piece in ten.
    /// </summary>
    private static readonly Gen<byte[]> File = Gen.Frequency((3, Gen.Constant(Plain)), (1, Gen.Constant(Gen.Frequency((9, Plain), (1, Quoted)))))
        .SelectMany(pieces => Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(pieces, n)))
        .SelectMany(pieces => Gen.Elements(true, false, false).Select(bom => (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(pieces.SelectMany(p => p)).ToArray()));

    [Property(MaxTest = 3000)]
    public Property Bytes_read_as_their_text_reads() => Prop.ForAll(Arb.From(File), bytes =>
    {
        Assert.Equal(Describe(CsvDocument.Parse(Encoding.UTF8.GetString(bytes), "t.csv")), Describe(CsvDocument.ParseUtf8(bytes, "t.csv")));
    });

    [Fact]
    public void Most_generated_files_take_the_fast_path()
    {
        // The property above is only worth something if the fast path is what it mostly compares.
        var fast = Gen.Sample(File, 1000).Count(b => CsvPlainReader.CanRead(Encoding.UTF8.GetString(b).AsSpan()));
        Assert.InRange(fast, 150, 900);
    }

    [Fact]
    public void Every_table_of_the_national_scheme_and_the_embedded_packs_reads_alike()
    {
        var packs = new[] { RulePack.FromDirectory(SharedFixtures.ChsDrg11) }.Concat(RulePack.EmbeddedPackIds.Select(RulePack.Embedded));
        var files = 0;
        foreach (var pack in packs)
        {
            foreach (var name in pack.FileNames.Where(n => n.EndsWith(".csv", StringComparison.Ordinal)))
            {
                var bytes = pack.ReadBytes(name)!.Value;
                Assert.Equal(Describe(CsvDocument.Parse(pack.ReadText(name)!, name)), Describe(CsvDocument.ParseUtf8(bytes, name)));
                files++;
            }
        }

        Assert.True(files > 20, $"only {files} files compared");
    }

    [Fact]
    public void A_slice_of_a_larger_array_reads_as_its_own_bytes()
    {
        var bytes = B("junk\na,b\n1, 2 \n\n3,4");
        var slice = new ReadOnlyMemory<byte>(bytes, 5, bytes.Length - 5);
        var doc = CsvDocument.ParseUtf8(slice, "t.csv");
        Assert.Equal(new[] { "a", "b" }, doc.Header);
        Assert.Equal(new[] { "1|2@2", "3|4@4" }, doc.Rows.Select(r => r[0] + "|" + r[1] + "@" + r.Line));
    }

    private static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    private static string Describe(CsvDocument doc)
    {
        var text = new StringBuilder();
        text.Append("header ").AppendJoin("|", doc.Header).Append('\n');
        foreach (var row in doc.Rows)
        {
            text.Append(row.Line).Append(' ').Append(row.Count).Append(' ').Append(row.Issue?.ToString() ?? "-").Append(':');
            for (var i = 0; i < row.Count; i++) text.Append(" [").Append(row[i]).Append(']');
            text.Append('\n');
        }

        foreach (var issue in doc.Issues) text.Append("issue ").Append(issue).Append('\n');
        foreach (var issue in doc.HeaderIssues) text.Append("header issue ").Append(issue).Append('\n');
        return text.ToString();
    }
}
