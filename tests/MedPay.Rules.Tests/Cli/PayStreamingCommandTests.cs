using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Support.MessyCsv;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// <c>medpay pay</c> streams (issue 17): the result file, its JSON form and the <c>--year-out</c> year are byte for byte what the
/// whole-file build wrote (base commit 1bd0661), whatever <c>--threads</c>; a row that cannot be read stays one row in its place; a
/// failing output exits 4 with the file named and leaves no file behind.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class PayStreamingCommandTests
{
    // SHA-256 of the outputs of the base commit 1bd0661's medpay (built from that commit, run 2026-12-02) on Messy():
    // `pay --in messy.csv --out p.csv --year-out y.json --columns all`, `pay --in messy.csv --out p.json`.
    private const string BaseCsvSha256 = "95dce13276bf34eee36318416e8180ac5601e070da9a0cc169559ce53b0770f0";
    private const string BaseYearSha256 = "6da75b360a35920d5bdaa2bc73a30121e2fa286d4140d5797e01f023a53bb9fa";
    private const string BaseJsonSha256 = "ff4f5f0f8b033681653c89c140c5ac763dd98fe85320f4f613245eaa25a30d56";

    private static string Temp(string name) => TempFiles.Path("paystream", name);

    /// <summary>
    /// 5,000 rows (three blocks and a bit) from the shipped example, cycling through the ways a row can be broken: a quoted id with a
    /// comma and a line break, text after a closing quote, a quote that never closes, a blank line, a fund that is not one, a lone
    /// carriage return, a short row, a cost that is not a number; every seventh line ends in CRLF.
    /// </summary>
    internal static string Messy()
    {
        var (header, rows) = ExampleFile("grouped-with-costs.csv");
        Func<string, string>[] mutations =
        {
            r => r,
            r => "\"" + Id(r) + ",\nx\"" + Rest(r),
            r => "\"" + Id(r) + "\"x" + Rest(r),
            r => r + ",\"open",
            _ => string.Empty,
            r => r.Replace(",employee,", ",nobody,", StringComparison.Ordinal),
            r => r + "\r",
            r => string.Join(",", r.Split(',').Take(3)),
            r => string.Join(",", r.Split(',').Select((f, i) => i == 5 ? "abc" : f)),
        };
        return CycledFile(header + "\n", rows, mutations, 5000, crlfEvery: 7).ToString();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Messy_input_gives_the_base_commits_bytes_with_any_thread_count(string threads)
    {
        var input = Temp("messy.csv");
        File.WriteAllText(input, Messy());
        var csv = Temp("p.csv");
        var year = Temp("y.json");
        var json = Temp("p.json");
        var run = InProcessMedpay.Run("pay", "--in", input, "--out", csv, "--year-out", year, "--columns", "all", "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(BaseCsvSha256, TempFiles.Sha256(csv));
        Assert.Equal(BaseYearSha256, TempFiles.Sha256(year));
        run = InProcessMedpay.Run("pay", "--in", input, "--out", json, "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(BaseJsonSha256, TempFiles.Sha256(json));
        foreach (var f in new[] { input, csv, year, json }) File.Delete(f);
    }

    [Fact]
    public void A_row_that_cannot_be_read_stays_one_row_in_its_place()
    {
        var input = Temp("in.csv");
        File.WriteAllText(input, "id,drg,status,total_cost\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => i == 4321 ? "bad,HC25,grouped,forty\n" : $"r{i},HC25,grouped,15000\n")));
        var output = Temp("out.csv");
        var run = InProcessMedpay.Run("pay", "--in", input, "--out", output, "--threads", "2", "--newline", "lf");
        Assert.True(run.Exit == 0, run.Error);
        var rows = File.ReadAllLines(output);
        Assert.Equal(5001, rows.Length);
        Assert.StartsWith("bad,,,invalid_input,", rows[4322], StringComparison.Ordinal);
        Assert.EndsWith(",PAY_INPUT_BAD_VALUE", rows[4322], StringComparison.Ordinal);
        Assert.StartsWith("r4322,", rows[4323], StringComparison.Ordinal);
        Assert.Contains("5,000 cases paid with", run.Error, StringComparison.Ordinal);
        Assert.Contains("paid 4,999", run.Error, StringComparison.Ordinal);
        Assert.Contains("unreadable 1", run.Error, StringComparison.Ordinal);
        File.Delete(input);
        File.Delete(output);
    }

    [Fact]
    public void A_failing_output_exits_4_and_names_the_file()
    {
        var input = Temp("messy.csv");
        File.WriteAllText(input, Messy());
        if (File.Exists("/dev/full"))
        {
            var full = InProcessMedpay.Run("pay", "--in", input, "--out", "/dev/full");
            Assert.Equal(ExitCodes.CannotWrite, full.Exit);
            Assert.Contains("cannot write /dev/full", full.Error, StringComparison.Ordinal);
            var output = Temp("p.csv");
            var year = InProcessMedpay.Run("pay", "--in", input, "--out", output, "--year-out", "/dev/full");
            Assert.Equal(ExitCodes.CannotWrite, year.Exit);
            Assert.Contains("cannot write /dev/full", year.Error, StringComparison.Ordinal);
            File.Delete(output);
        }

        var missing = Path.Combine(Temp("no-such-folder"), "p.csv");
        var gone = InProcessMedpay.Run("pay", "--in", input, "--out", missing);
        Assert.Equal(ExitCodes.CannotWrite, gone.Exit);
        Assert.Contains("cannot write " + missing, gone.Error, StringComparison.Ordinal);

        if (!OperatingSystem.IsWindows())
        {
            var folder = Temp("readonly");
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            try
            {
                var target = Path.Combine(folder, "p.csv");
                var run = InProcessMedpay.Run("pay", "--in", input, "--out", target, "--year-out", Path.Combine(folder, "y.json"));
                if (Environment.UserName != "root") // root writes into a read-only folder all the same
                {
                    Assert.Equal(ExitCodes.CannotWrite, run.Exit);
                    Assert.Contains("cannot write " + target, run.Error, StringComparison.Ordinal);
                    Assert.Empty(Directory.GetFileSystemEntries(folder));
                }
            }
            finally
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Directory.Delete(folder, recursive: true);
            }
        }

        File.Delete(input);
    }

    [Fact]
    public void Threads_below_one_is_a_usage_error_in_both_languages()
    {
        var run = InProcessMedpay.Run("pay", "--in", "x.csv", "--out", "y.csv", "--threads", "0");
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--threads 须至少为 1（给出的是 0）", run.Error, StringComparison.Ordinal);
        Assert.Contains("--threads must be at least 1 (given 0)", run.Error, StringComparison.Ordinal);
    }
}
