using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Dip;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Support.MessyCsv;

namespace MedPay.Rules.Tests.Dip;

/// <summary>
/// Streaming a DIP case file: <see cref="DipCaseReader"/> reads one record per CSV record, with the lines and quoting problems the
/// whole-text CSV parser (<see cref="CsvDocument"/>) finds; <see cref="DipCaseFile.Read(string, string, out System.Collections.Immutable.ImmutableArray{Issue})"/>
/// lists the file's CSV issues, then every row's value issues; <see cref="DipCaseFileStreaming.EvaluateRows{TBlock}"/> gives, whatever the
/// block size and the threads, exactly the records and results of reading record by record and evaluating each case alone.
/// </summary>
public class DipCaseStreamingTests
{
    private const string Header = "id,hospital_id,hospital_grade,fund,age_years,age_days,los_days,discharge,diagnoses,procedures,total_cost,personal_payment";
    private static readonly DipEngine Engine = new(DipCatalogue.Example);
    private static readonly DipPointPrices Prices = new(10.5m);

    private static readonly string[] Clean =
    {
        "1,H1,3,employee,45,,7,1,K80.100,51.2300,12000,3000",
        "2,H1,2,居民,45,,7,1,K80.100|E87.100,51.2300,4800,",
        "3,H2,1,,,,,,R50.900,,3000,",
        "4,H2,3,resident,60,,12,1,I21.000,36.0600|88.5700,45000.50,9000",
    };

    private static readonly Func<string, string>[] Mutations =
    {
        row => row,
        row => row,
        row => row.Replace(",", " , "),
        row => Field(row, 10, _ => "abc"),                  // not a number
        row => Field(row, 10, _ => "-5"),                   // a negative cost
        row => Field(row, 11, _ => "-1"),                   // a negative personal payment
        row => Field(row, 11, _ => "99999999"),             // personal above cost
        row => Field(row, 4, _ => "x1"),
        row => Field(row, 0, v => "\"" + v + "\"x"),        // text after a closing quote
        row => Field(row, 0, v => "\"" + v + ",\nq\""),     // a quoted line break
        row => Field(row, 9, v => "\"" + v),                // a quote that never closes
        row => Field(row, 8, _ => string.Empty),
        row => string.Join(",", row.Split(',').Take(4)),
        row => row + ",extra",
        row => string.Empty,
        row => row + "\r",
    };

    private static Gen<string> MessyFile => MessyCsv.RandomFile(Header, Gen.Elements(Clean), Mutations, crlfOneIn: 5);

    private static string Describe(DipCaseRecord record, DipCaseResult? result)
    {
        var text = new StringBuilder().Append(record.Line).Append(" | ");
        foreach (var issue in record.Issues) text.Append(issue.Code).Append('@').Append(issue.Location).Append(' ').Append(issue.Message.En).Append("; ");
        text.Append(" | ").Append(string.Join(",", DipRun.Cells(record.Case, result ?? Engine.Evaluate(record.Case, Prices))));
        return text.ToString();
    }

    private static DipCaseReader Open(string file) => DipCaseReader.Open(new StringReader(file), "cases.csv");

    [Property(MaxTest = 200)]
    public Property A_messy_file_gives_one_record_per_csv_record_and_the_whole_text_issue_order() =>
        Prop.ForAll(Arb.From(MessyFile), file =>
        {
            var document = CsvDocument.Parse(file, "cases.csv");
            var records = Open(file).ReadAll().ToList();
            Assert.Equal(document.Rows.Select(r => (r.Line, r.Issue?.Code)), records.Select(r => (r.Line, r.QuotingIssue?.Code)));
            var cases = DipCaseFile.Read(file, "cases.csv", out var issues);
            Assert.Equal(records.Count, cases.Length);
            // The whole-text order: the CSV parser's issues (every row's quoting), then each row's value issues in row order.
            var expected = document.Issues.Concat(records.SelectMany(r => r.ValueIssues)).Select(i => i.Code + "@" + i.Location);
            Assert.Equal(expected, issues.Select(i => i.Code + "@" + i.Location));
            var run = DipRun.Execute(DipCatalogue.Example, file, "cases.csv", Prices);
            for (var i = 0; i < records.Count; i++) Assert.Equal(records[i].Issues.Select(x => x.ToString()), run.CaseIssues(i).Select(x => x.ToString()));
        });

    [Property(MaxTest = 150)]
    public Property A_messy_file_is_evaluated_row_for_row_as_record_by_record_whatever_the_blocks_and_threads() =>
        Prop.ForAll(Arb.From(MessyFile), Arb.From(Gen.Elements(1, 2, 3)), Arb.From(Gen.Elements(1, 3, 2048)), (file, threads, batch) =>
        {
            var expected = Open(file).ReadAll().Select(r => Describe(r, null)).ToList();
            var streamed = Engine.EvaluateRows(Open(file), Prices, () => new List<string>(), (block, record, result) => block.Add(Describe(record, result)),
                new StreamOptions { MaxDegreeOfParallelism = threads, BatchSize = batch }).SelectMany(b => b).ToList();
            Assert.Equal(expected, streamed);
        });

    [Fact]
    public void The_worked_rows_of_DipRunTests_read_the_same_record_by_record()
    {
        var file = Header + "\n" + Clean[0] + "\n" + Clean[1] + "\n" + "3,H2,1,,,,,,R50.900,,abc,\n";
        var rows = Engine.EvaluateRows(Open(file), Prices, () => new List<string>(), (block, record, result) => block.Add(Describe(record, result)),
            new StreamOptions { MaxDegreeOfParallelism = 2, BatchSize = 1 }).SelectMany(b => b).ToList();
        // Case 1 as worked in DipScoringTests.Normal_case_at_a_tertiary_hospital: 1180 points, 12390.00 yuan, fund share 9390.00.
        Assert.Equal("2 |  | 1,H1,grouped,K80.1-01,胆囊结石伴胆囊炎：腹腔镜胆囊切除术,core,surgical,,1,1180,1.00,12500,0.96,normal,false,1180.00,10.5,12390.00,9390.00", rows[0]);
        // Row 3 (line 4): total_cost "abc" is an issue at its row and column, and the case is still evaluated (no group: R50.9).
        Assert.StartsWith("4 | DIP_INPUT_BAD_NUMBER@cases.csv:4 [total_cost] col 11 ", rows[2], StringComparison.Ordinal);
        Assert.Contains("| 3,H2,no_group,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_diagnoses_column_reads_nothing_and_lists_the_rows_quoting_first()
    {
        var file = "id,procedures\n\"1\"x,51.2300\n2,51.2300\n";
        var reader = Open(file);
        Assert.False(reader.CanRead);
        Assert.Equal("DIP_INPUT_MISSING_COLUMN", Assert.Single(reader.FileIssues).Code);
        Assert.Empty(Engine.EvaluateRows(reader, null, () => 0, (_, _, _) => throw new InvalidOperationException()));
        DipCaseFile.Read(file, "cases.csv", out var issues);
        Assert.Equal(new[] { "CSV_TEXT_AFTER_QUOTE", "DIP_INPUT_MISSING_COLUMN" }, issues.Select(i => i.Code));
    }
}
