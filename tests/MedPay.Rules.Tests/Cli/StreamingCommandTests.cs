using System.Security.Cryptography;
using System.Text;
using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// The file layer of <c>medpay</c> (issues 14, 15, 17): streaming output identical to the whole-file build, every input line giving
/// one output row, refused and failed outputs, encodings in and out, and the messages of bad inputs.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class StreamingCommandTests
{
    private const string Header = "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures\n";

    /// <summary>
    /// SHA-256 of <c>medpay group --scheme chs-drg-1.1 --in chs-drg-1.1/cases.csv</c> as the base commit 7ef01c5 wrote it (UTF-8
    /// without a byte-order mark, LF), and of its <c>--trace</c> file: computed by running that build on 2026-12-02.
    /// </summary>
    private const string BaseOutputSha256 = "32cca56ba0bd4674c2cb4db9f5eb87c0635e9f0a79e58bd3e4de7f52a3c8ff3c";

    private const string BaseTraceSha256 = "5933afdbaa5b963b9ceda4b6e7f74ceeccb6c14f50597a8b83d482c7cbc794c1";

    private static string Temp(string name) => TempFiles.Path("io", name);

    private static string Cases => Path.Combine(SharedFixtures.ChsDrg11, "cases.csv");

    private static string Examples => Path.Combine(SharedFixtures.RepositoryRoot, "examples", "cases.csv");

    private static (int Exit, string Out, string Error) Medpay(params string[] args) => InProcessMedpay.Run(args);

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("8")]
    public void Conformance_output_is_byte_identical_to_the_base_commit_with_any_thread_count(string threads)
    {
        var output = Temp("out.csv");
        var trace = Temp("trace.jsonl");
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", output, "--trace", trace, "--threads", threads, "--out-encoding", "utf-8", "--newline", "lf");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(BaseOutputSha256, TempFiles.Sha256(output));
        Assert.Equal(BaseTraceSha256, TempFiles.Sha256(trace));
        File.Delete(output);
        File.Delete(trace);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Rows_grouped_from_their_text_write_what_the_full_path_writes_in_every_column(string threads)
    {
        // A trace sends every row through DrgCaseCsvReader and DrgGrouper.Group (the full path); without one, rows in the plain form
        // are grouped straight from their text. Every column (reasons of ungroupable rows with their codes filled in, the kept input
        // columns) must come out the same. The national cases hold ungroupable rows; the messy rows at the end do not take the fast path.
        var input = Temp("in.csv");
        var lines = File.ReadAllLines(Cases).ToList();
        lines.AddRange(new[] { "X1,M,40,14700,0,5,1,ZZZ.999,,,,", "X2,男, 40 ,14700,0,5,1,a41.900,,,,", "X3,F,abc,1,0,5,1,A41.900,,,,", "", "X4,F,30,11000,0,5,1,A41.900|A41.900,,,," });
        File.WriteAllLines(input, lines);
        var full = Temp("full.csv");
        var fast = Temp("fast.csv");
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", full, "--trace", Temp("trace.jsonl"), "--columns", "all", "--keep-columns", "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", fast, "--columns", "all", "--keep-columns", "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        var expected = File.ReadAllText(full);
        Assert.Contains("GROUP_NO_ADRG", expected); // the national cases' ungroupable rows carry their filled-in reason
        Assert.Equal(expected, File.ReadAllText(fast));
        File.Delete(input);
        File.Delete(full);
        File.Delete(fast);
    }

    [Fact]
    public void Default_output_is_utf8_with_a_byte_order_mark_and_crlf_and_otherwise_the_same_bytes()
    {
        var output = Temp("out.csv");
        Assert.Equal(0, Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", output).Exit);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        var lf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Replace("\r\n", "\n"));
        Assert.Equal(BaseOutputSha256, Convert.ToHexString(SHA256.HashData(lf)).ToLowerInvariant());
        Assert.DoesNotContain("\n", Encoding.UTF8.GetString(bytes).Replace("\r\n", string.Empty)); // every line end is CRLF
        File.Delete(output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Threads_below_one_is_a_usage_error_with_a_bilingual_message(string threads)
    {
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", Temp("out.csv"), "--threads", threads);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--threads 须至少为 1", run.Error);
        Assert.Contains("--threads must be at least 1", run.Error);
    }

    [Fact]
    public void Threads_with_no_readable_row_writes_the_header_and_exits_zero()
    {
        var input = Temp("in.csv");
        var output = Temp("out.csv");
        File.WriteAllText(input, Header);
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--threads", "4");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(new[] { "id,mdc,adrg,drg,status" }, File.ReadAllLines(output));
    }

    [Fact]
    public void Every_input_line_gives_one_output_row_even_with_broken_quoting()
    {
        // Line 3 has text after a closing quote; line 5 opens a quote that never closes. Both are invalid-input rows with their
        // reasons in the trace; every other line is grouped as usual (line 6 after the open quote included).
        var input = Temp("in.csv");
        var output = Temp("out.csv");
        var trace = Temp("trace.jsonl");
        File.WriteAllText(input, Header +
            "a,M,40,14610,0,5,1,D14.302|J61.x00x001,\n" +
            "\"b\"x,M,40,14610,0,5,1,D14.302|J61.x00x001,\n" +
            "c,M,40,14610,0,5,1,D14.302|J61.x00x001,\n" +
            "d,M,40,14610,0,5,1,\"D14.302|J61.x00x001,\n" +
            "e,M,40,14610,0,5,1,D14.302|J61.x00x001,\n");
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--trace", trace, "--threads", "2");
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(new[]
        {
            "id,mdc,adrg,drg,status", "a,MDCE,ER1,ER13,grouped", "b,,,0000,invalid-input", "c,MDCE,ER1,ER13,grouped", "d,,,0000,invalid-input", "e,MDCE,ER1,ER13,grouped",
        }, File.ReadAllLines(output));
        var traces = File.ReadAllLines(trace);
        Assert.Contains("CSV_TEXT_AFTER_QUOTE", traces[1]);
        Assert.Contains("CSV_UNTERMINATED_QUOTE", traces[3]);
        Assert.Contains("5 cases grouped", run.Error);
        Assert.Contains("invalid-input 2", run.Error);
    }

    [Fact]
    public void A_header_of_40000_columns_over_a_short_file_is_read_not_an_overflow()
    {
        // 40,000 names of 6–7 characters (≈ 270 KB) and 60,000 blank lines: lines × width = 2.4 × 10⁹ > int.MaxValue.
        var input = Temp("wide.csv");
        var output = Temp("out.csv");
        var names = Header.TrimEnd('\n').Split(',').Concat(Enumerable.Range(0, 40_000).Select(i => "x" + i));
        File.WriteAllText(input, string.Join(",", names) + "\n" + "a,M,40,14610,0,5,1,D14.302|J61.x00x001,\n" + new string('\n', 60_000));
        Assert.InRange(new FileInfo(input).Length, 300_000, 400_000);
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(new[] { "id,mdc,adrg,drg,status", "a,MDCE,ER1,ER13,grouped" }, File.ReadAllLines(output));
    }

    [Fact]
    public void Out_equal_to_trace_or_to_in_is_refused_and_the_input_is_untouched()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, Header + "a,M,40,14610,0,5,1,D14.302,\n");
        var before = File.ReadAllBytes(input);
        var same = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", input);
        Assert.Equal(ExitCodes.Usage, same.Exit);
        Assert.Contains("overwrite the input", same.Error);
        Assert.Equal(before, File.ReadAllBytes(input));
        var output = Temp("out.csv");
        var mixed = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--trace", output);
        Assert.Equal(ExitCodes.Usage, mixed.Exit);
        Assert.Contains("--trace and --out are the same file", mixed.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_full_disk_exits_with_the_output_error_and_names_the_file()
    {
        if (!File.Exists("/dev/full")) return; // Linux only: the machine CI runs on has it
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", "/dev/full");
        Assert.Equal(ExitCodes.CannotWrite, run.Exit);
        Assert.Contains("cannot write /dev/full", run.Error);
        var output = Temp("out.csv");
        var trace = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", output, "--trace", "/dev/full");
        Assert.Equal(ExitCodes.CannotWrite, trace.Exit);
        Assert.Contains("cannot write /dev/full", trace.Error); // the trace file, not the result file, is named
        Assert.False(File.Exists(output)); // and the result file that was complete is not left looking like a finished run
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "." + Path.GetFileName(output) + ".*.tmp"));
    }

    [Fact]
    public void A_folder_as_output_or_input_says_it_is_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("medpay-io-").FullName;
        var output = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", Cases, "--out", folder);
        Assert.Equal(ExitCodes.CannotWrite, output.Exit);
        Assert.Contains("is a folder", output.Error);
        var input = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", folder, "--out", Temp("out.csv"));
        Assert.Equal(ExitCodes.BadInput, input.Exit);
        Assert.Contains($"the input {folder} is a folder, not a file", input.Error);
        Assert.DoesNotContain("denied", input.Error);
    }

    [Fact]
    public void A_number_past_int_range_is_out_of_range_not_not_a_number()
    {
        var input = Temp("in.csv");
        var output = Temp("out.csv");
        var trace = Temp("trace.jsonl");
        File.WriteAllText(input, Header + "big,M,2147483648,14610,0,5,1,D14.302,\n");
        Assert.Equal(0, Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--trace", trace).Exit);
        var line = File.ReadAllLines(trace).Single();
        Assert.Contains("CSV_NUMBER_OUT_OF_RANGE", line);
        Assert.DoesNotContain("CASE_FIELD_NOT_A_NUMBER", line);
    }

    [Fact]
    public void Duplicate_header_columns_are_a_warning_on_stderr()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, Header.TrimEnd('\n') + ",sex\na,M,40,14610,0,5,1,D14.302,,F\n");
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", Temp("out.csv"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("CSV_DUPLICATE_COLUMN", run.Error);
    }

    [Fact]
    public void A_gb18030_file_with_chinese_sexes_groups_exactly_like_the_utf8_file()
    {
        // The example cases with M/F written 男/女 and saved as GB18030 (what Excel on a Chinese Windows desktop writes), and as
        // UTF-16 with a byte-order mark: both group to the same bytes as the UTF-8 file.
        var lines = File.ReadAllLines(Examples);
        var chinese = new[] { lines[0] }.Concat(lines.Skip(1).Select(l => l.Split(',') is var f ? string.Join(",", f.Take(1).Append(f[1] == "M" ? "男" : "女").Concat(f.Skip(2))) : l));
        var text = string.Join("\r\n", chinese) + "\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Temp("gb.csv");
        File.WriteAllBytes(gb, Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.Contains((byte)0xC4, File.ReadAllBytes(gb)); // 男 is C4 D0 in GB18030: the file really is not UTF-8
        var utf16 = Temp("utf16.csv");
        File.WriteAllText(utf16, text, new UnicodeEncoding(false, true));
        string Group(string input, params string[] extra)
        {
            var output = Temp("out.csv");
            var run = Medpay(new[] { "group", "--in", input, "--out", output }.Concat(extra).ToArray());
            Assert.True(run.Exit == 0, run.Error);
            return File.ReadAllText(output);
        }

        var expected = Group(Examples);
        Assert.Equal(36, expected.Split('\n').Count(l => l.EndsWith(",grouped\r", StringComparison.Ordinal))); // 36 of the 40 example cases group
        Assert.Equal(expected, Group(gb));
        Assert.Equal(expected, Group(gb, "--encoding", "gbk"));
        Assert.Equal(expected, Group(utf16));
    }

    [Fact]
    public void Bytes_not_valid_in_the_encoding_are_an_error_naming_the_line()
    {
        // Line 3 holds 0xFF, which is neither UTF-8 nor GB18030; a GB18030 file read as UTF-8 fails at its first Chinese byte.
        var bad = Temp("bad.csv");
        File.WriteAllBytes(bad, Encoding.ASCII.GetBytes(Header + "a,M,40,14610,0,5,1,D14.302,\n").Concat(new byte[] { (byte)'b', 0xFF, (byte)',', (byte)'\n' }).ToArray());
        var output = Temp("out.csv");
        var run = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", bad, "--out", output);
        Assert.Equal(ExitCodes.BadInput, run.Exit);
        Assert.Contains("line 3: byte 0xFF", run.Error);
        Assert.False(File.Exists(output));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Temp("gb.csv");
        File.WriteAllBytes(gb, Encoding.GetEncoding("GB18030").GetBytes(Header + "a,男,40,14610,0,5,1,D14.302,\n"));
        var forced = Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", gb, "--out", output, "--encoding", "utf-8");
        Assert.Equal(ExitCodes.BadInput, forced.Exit);
        Assert.Contains("line 2: byte 0xC4", forced.Error);
        Assert.Equal(ExitCodes.Usage, Medpay("group", "--in", gb, "--out", output, "--encoding", "latin-9").Exit);
    }

    [Fact]
    public void Excel_text_writes_codes_as_formulas_that_keep_leading_zeros()
    {
        var input = Temp("in.csv");
        var output = Temp("out.csv");
        File.WriteAllText(input, Header + "000123,M,40,14610,0,5,1,NOT.A.CODE,\n");
        Assert.Equal(0, Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output, "--excel-text").Exit);
        Assert.Equal("\"=\"\"000123\"\"\",,,\"=\"\"0000\"\"\",invalid-input", File.ReadAllLines(output)[1]);
        Assert.Equal(0, Medpay("group", "--scheme", SharedFixtures.ChsDrg11, "--in", input, "--out", output).Exit);
        Assert.Equal("000123,,,0000,invalid-input", File.ReadAllLines(output)[1]); // the default stays what scripts read
    }

    [Fact]
    public void Dip_with_a_missing_required_column_exits_non_zero_and_writes_nothing()
    {
        var input = Temp("dip.csv");
        var output = Temp("dip-out.csv");
        File.WriteAllText(input, "id,hospital_id,age_years\nc1,h1,40\n");
        var run = Medpay("dip", "--in", input, "--out", output);
        Assert.Equal(ExitCodes.BadInput, run.Exit);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_full_standard_output_exits_with_the_output_error_code()
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var error = new StringWriter();
        Console.SetOut(new FullWriter());
        Console.SetError(error);
        try
        {
            Assert.Equal(ExitCodes.CannotWrite, Program.Main(new[] { "rules", "list" }));
            var list = Temp("list.json");
            File.WriteAllText(list, MedPay.Rules.Settlement.SettlementJson.Write(MedPay.Rules.Tests.Settlement.SettlementSamples.Clean()));
            Assert.Equal(ExitCodes.CannotWrite, Program.Main(new[] { "validate", "--in", list }));
            Assert.Contains("standard output", error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>A writer that fails as a full disk does (ENOSPC surfaces as IOException).</summary>
    private sealed class FullWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }
}
