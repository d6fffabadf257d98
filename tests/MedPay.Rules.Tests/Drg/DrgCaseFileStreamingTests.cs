using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Support.MessyCsv;

namespace MedPay.Rules.Tests.Drg;

/// <summary>
/// <see cref="DrgCaseFileStreaming.GroupRows{TBlock}(DrgGrouper, DrgCaseCsvReader, Func{TBlock}, DrgCaseRowHandler{TBlock}, DrgStreamOptions?)"/>: every row gives exactly what <see cref="DrgCaseCsvReader"/> and
/// <see cref="DrgGrouper.Group(DrgCase)"/> give for it — the same rows, lines, ids, fields, results and issues, in file order —
/// whatever the thread count and the block size, for clean files and for messy ones (quotes, lone carriage returns, blank lines,
/// unknown or misspelled codes, numbers the fast path does not take).
/// </summary>
public class DrgCaseFileStreamingTests
{
    private static readonly DrgGrouper Grouper = ConformanceFixture.Scheme.CreateGrouper();
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(Path.Combine(SharedFixtures.ChsDrg11, "cases.csv")));

    /// <summary>What a row is compared by: everything the reader and the grouper say of it.</summary>
    private static string Describe(int line, string id, DrgResult? result, IEnumerable<Issue> readIssues, IEnumerable<string> fields)
    {
        var text = new StringBuilder().Append(line).Append(' ').Append(id).Append(" | ").Append(string.Join("¦", fields)).Append(" | ");
        foreach (var issue in readIssues) text.Append(issue.Code).Append('@').Append(issue.Location).Append(' ');
        if (result is not { } r) return text.Append("(no case)").ToString();
        text.Append(r.Status).Append(' ').Append(r.MdcCode).Append('/').Append(r.AdrgCode).Append('/').Append(r.DrgCode);
        foreach (var issue in r.Issues) text.Append(" [").Append(issue.Code).Append(' ').Append(issue.Field).Append(' ').Append(issue.Value).Append(' ').Append(issue.Message.Zh).Append(" / ").Append(issue.Message.En).Append(']');
        return text.ToString();
    }

    private static List<string> Reference(string file, int width)
    {
        var csv = DrgCaseCsvReader.Open(new StringReader(file), "cases.csv", keepFields: true);
        return csv.ReadAll().Select(r => Describe(r.Line, r.Id, r.Case is { } c ? Grouper.Group(c) : null, r.Issues,
            Enumerable.Range(0, width).Select(i => i < r.Fields.Length ? r.Fields[i] : string.Empty))).ToList();
    }

    private sealed class Collected
    {
        public List<string> Rows { get; } = new();

        public int Fast { get; set; }
    }

    private static (List<string> Rows, int Fast) Streamed(string file, int width, int threads, int blockCharacters, DrgGrouper? grouper = null)
    {
        var csv = DrgCaseCsvReader.Open(new StringReader(file), "cases.csv", keepFields: true);
        var blocks = DrgCaseFileStreaming.GroupRows(grouper ?? Grouper, csv, () => new Collected(), (Collected block, in DrgCaseRow row) =>
        {
            var fields = new string[width];
            for (var i = 0; i < width; i++) fields[i] = row.Field(i).ToString();
            block.Rows.Add(Describe(row.Line, row.Id.ToString(), row.Result, row.ReadIssues, fields));
            if (row.Record is null) block.Fast++;
        }, new DrgStreamOptions { MaxDegreeOfParallelism = threads }, blockCharacters).ToList();
        return (blocks.SelectMany(b => b.Rows).ToList(), blocks.Sum(b => b.Fast));
    }

    [Theory]
    [InlineData(1, 256 * 1024)]
    [InlineData(2, 256 * 1024)]
    [InlineData(2, 4096)]
    [InlineData(3, 16)]
    public void The_national_cases_give_what_the_reader_and_the_grouper_give(int threads, int blockCharacters)
    {
        var file = string.Join("\r\n", Lines.Value) + "\r\n";
        var width = Lines.Value[0].Split(',').Length + 1;
        var expected = Reference(file, width);
        var (rows, fast) = Streamed(file, width, threads, blockCharacters);
        Assert.Equal(FixtureFacts.RowCount(SharedFixtures.ChsDrg11, "cases.csv"), expected.Count);
        Assert.Equal(expected, rows);

        // The fast path is what does the work: every national row is in the plain form (a row it declined would still be right,
        // but slow — this fails if the fast path stops taking rows).
        Assert.Equal(expected.Count, fast);
    }

    [Fact]
    public void A_trace_or_a_version_map_sends_every_row_the_full_way_with_the_same_results()
    {
        var file = string.Join("\n", Lines.Value.Take(3001));
        var width = Lines.Value[0].Split(',').Length;
        var traced = ConformanceFixture.Scheme.CreateGrouper(new DrgGroupingOptions { IncludeTrace = true });
        var (rows, fast) = Streamed(file, width, 2, 4096, traced);
        Assert.Equal(0, fast);
        Assert.Equal(Reference(file, width), rows);
    }

    /// <summary>The ways a hospital's file departs from the plain form, each applied to a real row.</summary>
    private static readonly Func<string, string>[] Mutations =
    {
        row => row,
        row => row,
        row => row.Replace(",", " , "),                                   // blanks around every field
        row => row.Replace(",", "\t,"),
        row => Field(row, 0, v => "\"" + v + "\""),                        // a quoted id: the rest of the file goes the full way
        row => Field(row, 7, v => "\"" + v + "\"x"),                       // text after a closing quote
        row => Field(row, 1, v => "\"" + v),                              // a quote that never closes
        row => Field(row, 7, v => v.ToLowerInvariant()),                   // codes to fold
        row => Field(row, 7, v => v + "|" + v.Split('|')[0]),              // a repeated code
        row => Field(row, 7, v => "ZZZ.999|" + v),                         // an unknown main diagnosis
        row => Field(row, 8, v => v + "|Q99.999"),                         // an unknown procedure
        row => Field(row, 7, _ => string.Empty),                           // no diagnosis
        row => Field(row, 8, _ => string.Empty),                           // no procedure (plain)
        row => Field(row, 7, v => v + "|"),                                // a trailing bar
        row => Field(row, 7, v => v.Replace("|", "||")),                   // an empty code inside
        row => Field(row, 8, v => v.Split('|')[0] + "|" + v),              // procedures with a repeat
        row => Field(row, 7, v => "27.6906|" + v),                         // a procedure among the diagnoses
        row => Field(row, 2, v => "+" + v),                                // a sign
        row => Field(row, 2, v => "-" + v),
        row => Field(row, 3, _ => "12345678901"),                          // out of range
        row => Field(row, 3, _ => string.Empty),                           // age in days derived
        row => Field(row, 3, _ => "0"),
        row => Field(row, 2, _ => "151"),
        row => Field(row, 4, _ => "abc"),                                  // not a number
        row => Field(row, 5, _ => "3.5"),
        row => Field(row, 6, _ => "7"),                                    // an invalid discharge code
        row => Field(row, 1, _ => "男"),
        row => Field(row, 1, _ => "女"),
        row => Field(row, 1, _ => "Male"),
        row => Field(row, 1, _ => "\u3000F"),
        row => Field(row, 1, _ => "X"),
        row => Field(row, 1, _ => "2"),
        row => Field(row, 9, _ => "12.5"),                                 // icu_hours
        row => Field(row, 9, _ => "1e3"),
        row => Field(row, 9, _ => "-4"),
        row => Field(row, 10, _ => " 心内科\u3000"),                        // a department with full-width blanks
        row => Field(row, 10, _ => "ICU"),
        row => string.Join(",", row.Split(',').Take(5)),                   // a short row
        row => row + ",extra,columns",
        row => "   ",                                                      // a blank line
        row => string.Empty,
        row => ",",
        row => row + "\r",                                                 // a lone carriage return
        row => row.Replace("|", "|\t"),
    };

    /// <summary>Rows of the national cases (their first nine columns, then icu_hours 0 and no department), mutated.</summary>
    private static Gen<string> MessyFile =>
        MessyCsv.RandomFile("id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures,icu_hours,dept",
            Gen.Choose(1, 30614).Select(line => string.Join(",", Lines.Value[Math.Min(line, Lines.Value.Length - 1)].Split(',').Take(9)) + ",0,"), Mutations, crlfOneIn: 10);

    [Property(MaxTest = 150)]
    public Property A_messy_file_gives_row_for_row_what_the_reader_and_the_grouper_give() =>
        Prop.ForAll(Arb.From(MessyFile), Arb.From(Gen.Elements(1, 2, 3)), Arb.From(Gen.Elements(16, 200, 4096)), (file, threads, block) =>
        {
            var expected = Reference(file, 14);
            var (rows, _) = Streamed(file, 14, threads, block);
            Assert.Equal(expected, rows);
        });

    [Fact]
    public void A_line_past_the_fast_paths_length_is_read_by_the_full_reader_from_there_on()
    {
        var header = Lines.Value[0];
        var rows = Lines.Value.Skip(1).Take(50).ToList();
        rows.Insert(20, rows[20] + new string(' ', DrgCaseFileStreaming.LongestFastLine + 10) + ",tail");
        var file = header + "\n" + string.Join("\n", rows) + "\n";
        var width = header.Split(',').Length + 2;
        var (streamed, fast) = Streamed(file, width, 2, 4096);
        Assert.Equal(Reference(file, width), streamed);
        Assert.InRange(fast, 1, 20);
    }

    [Fact]
    public void A_read_that_fails_midway_is_rethrown_to_the_caller()
    {
        var csv = DrgCaseCsvReader.Open(PieceReader.FailingAt(string.Join("\n", Lines.Value.Take(20000)), 600_000), "cases.csv");
        var error = Assert.Throws<IOException>(() => Grouper.GroupRows(csv, () => new Collected(), (Collected _, in DrgCaseRow _) => { },
            new DrgStreamOptions { MaxDegreeOfParallelism = 2 }).ToList());
        Assert.Equal("disk gone", error.Message);
    }

    [Fact]
    public void A_file_without_the_required_columns_gives_no_rows()
    {
        var csv = DrgCaseCsvReader.Open(new StringReader("id,sex\n1,M\n"), "x.csv");
        Assert.Empty(Grouper.GroupRows(csv, () => new Collected(), (Collected _, in DrgCaseRow _) => throw new InvalidOperationException()).ToList());
    }
}
