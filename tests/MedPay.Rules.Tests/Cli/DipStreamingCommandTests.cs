using MedPay.Rules.Cli;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Support.MessyCsv;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// <c>medpay dip</c> streams (issue 17): the CSV and the JSON result (whose <c>issues</c>, before the cases, hold every row's issues)
/// are byte for byte what the whole-file build wrote (base commit 1bd0661), whatever <c>--threads</c>; a failing output exits 4.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class DipStreamingCommandTests
{
    // SHA-256 of the outputs of the base commit 1bd0661's medpay (built from that commit, run 2026-12-02) on Messy():
    // `dip --in dip-messy.csv --out d.json --columns all --point-value 10.5`, `dip --in dip-messy.csv --out d.csv`.
    private const string BaseJsonSha256 = "a92b09525cc92530165fe10013046b292dddf72a1a06b9c7d0f3ea494c490430";
    private const string BaseCsvSha256 = "0ae631b86e75de69a57c2eeb2e46cf66c2b73de6aa4eb7f3b2b89f4ffba9e45a";

    private static string Temp(string name) => TempFiles.Path("dipstream", name);

    /// <summary>
    /// 6,000 rows (three blocks and a bit) from the shipped DIP example under a header that names hospital_id twice, cycling through bad
    /// numbers, negative amounts, a personal payment above the cost, text after a closing quote, a blank line, a lone carriage return, a
    /// short row, a quoted line break, no diagnosis; every fifth line ends in CRLF; the last row's quote never closes.
    /// </summary>
    private static string Messy()
    {
        var (header, rows) = ExampleFile("dip-cases.csv");
        Func<string, string>[] mutations =
        {
            r => r, r => Field(r, 10, "abc"), r => Field(r, 10, "-5"), r => Field(r, 11, "99999999"), r => Field(r, 4, "x1"),
            r => "\"" + Id(r) + "\"x" + Rest(r), _ => string.Empty, r => r + "\r", r => string.Join(",", r.Split(',').Take(4)),
            r => "\"" + Id(r) + ",\nq\"" + Rest(r), r => Field(r, 11, "-1"), r => Field(r, 8, string.Empty),
        };
        return CycledFile(header + ",hospital_id\n", rows, mutations, 6000, crlfEvery: 5).Append("D99,H1,3,employee,45,16450,7,1,K80.100,\"51.2300\n").ToString();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Messy_input_gives_the_base_commits_bytes_with_any_thread_count(string threads)
    {
        // The file's name is in the issue locations: the base run read a file named dip-messy.csv.
        var folder = Temp("in");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "dip-messy.csv");
        File.WriteAllText(input, Messy());
        var json = Temp("d.json");
        var csv = Temp("d.csv");
        var run = InProcessMedpay.Run("dip", "--in", input, "--out", json, "--columns", "all", "--point-value", "10.5", "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(BaseJsonSha256, TempFiles.Sha256(json));
        run = InProcessMedpay.Run("dip", "--in", input, "--out", csv, "--threads", threads);
        Assert.True(run.Exit == 0, run.Error);
        Assert.Equal(BaseCsvSha256, TempFiles.Sha256(csv));
        foreach (var f in new[] { json, csv }) File.Delete(f);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_failing_output_exits_4_and_names_the_file()
    {
        var input = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "dip-cases.csv");
        if (File.Exists("/dev/full"))
        {
            var full = InProcessMedpay.Run("dip", "--in", input, "--out", "/dev/full");
            Assert.Equal(ExitCodes.CannotWrite, full.Exit);
            Assert.Contains("cannot write /dev/full", full.Error, StringComparison.Ordinal);
        }

        var missing = Path.Combine(Temp("no-such-folder"), "d.json");
        var gone = InProcessMedpay.Run("dip", "--in", input, "--out", missing);
        Assert.Equal(ExitCodes.CannotWrite, gone.Exit);
        Assert.Contains("cannot write " + missing, gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_below_one_is_a_usage_error_in_both_languages()
    {
        var run = InProcessMedpay.Run("dip", "--in", "x.csv", "--out", "y.csv", "--threads", "-1");
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--threads 须至少为 1（给出的是 -1）", run.Error, StringComparison.Ordinal);
        Assert.Contains("--threads must be at least 1 (given -1)", run.Error, StringComparison.Ordinal);
    }
}
