using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Payment;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Support.MessyCsv;
using static MedPay.Rules.Tests.Payment.PaymentPacks;

namespace MedPay.Rules.Tests.Payment;

/// <summary>
/// Streaming a payment case file: <see cref="PaymentCaseReader"/> reads one record per CSV record, with the lines and the quoting
/// problems the whole-text CSV parser (<see cref="CsvDocument"/>) finds, and <see cref="PaymentCaseCsv.Parse"/> gives the same records;
/// <see cref="PaymentCaseFileStreaming.PayRows{TBlock}"/> gives, whatever the block size and the threads, exactly the records and the
/// payments of reading record by record and paying each case alone, in file order.
/// </summary>
public class PaymentCaseStreamingTests
{
    private const string Header = "id,drg,status,total_cost,personal_payment,fund,grade,los_days,hospital,dept,died,addons";

    private static readonly string[] Clean =
    {
        "a1,HC25,grouped,15000,3000,employee,3,7,H-A,普外科,0,",
        "a2,FV25,grouped,7000.50,1400,resident,2,12,H-B,心内科,0,day_surgery",
        "a3,0000,ungroupable,3000,600,职工,3,3,H-A,心内科,0,",
        "a4,HC25,,52000.50,8000,2,1,70,H-C,,1,tcm;new_technology",
        "a5,AH19,ambiguous,250000,0,,,25,,ICU,no,",
    };

    /// <summary>The ways a row departs from the clean form.</summary>
    private static readonly Func<string, string>[] Mutations =
    {
        row => row,
        row => row,
        row => row.Replace(",", " , "),
        row => Field(row, 0, v => "\"" + v + "\""),
        row => Field(row, 0, v => "\"" + v + ",with comma\""),
        row => Field(row, 3, v => "\"" + v + "\"x"),          // text after a closing quote
        row => Field(row, 9, v => "\"" + v),                  // a quote that never closes
        row => Field(row, 0, v => "\"" + v + "\nsecond line\""), // a quoted line break
        row => Field(row, 3, _ => "abc"),                     // not a number
        row => Field(row, 3, _ => string.Empty),
        row => Field(row, 4, _ => "1e3"),
        row => Field(row, 2, _ => "maybe"),                   // a status that is not one
        row => Field(row, 2, _ => "INVALID-INPUT"),
        row => Field(row, 5, _ => "other"),
        row => Field(row, 7, _ => "3.5"),
        row => Field(row, 7, _ => "-2"),
        row => Field(row, 10, _ => "maybe"),
        row => Field(row, 10, _ => "TRUE"),
        row => Field(row, 11, _ => "unknown_addon|tcm"),
        row => Field(row, 1, v => " " + v.ToLowerInvariant() + " "),
        row => Field(row, 0, _ => string.Empty),              // no id: the line is the id
        row => Field(row, 3, _ => "79228162514264337593543950335"),
        row => string.Join(",", row.Split(',').Take(3)),       // a short row
        row => row + ",extra,columns",
        row => "   ",
        row => string.Empty,
        row => ",",
        row => row + "\r",
    };

    private static Gen<string> MessyFile => MessyCsv.RandomFile(Header, Gen.Elements(Clean), Mutations, crlfOneIn: 5);

    /// <summary>What a row is compared by: everything the reader and the engine say of it.</summary>
    private static string Describe(PaymentCaseRecord record, CasePayment? payment)
    {
        var text = new StringBuilder().Append(record.Line).Append(' ').Append(record.Id).Append(" | ");
        foreach (var issue in record.Issues) text.Append(issue.Code).Append('@').Append(issue.Location).Append(' ').Append(issue.Message.En).Append("; ");
        if (record.Case is not { } c) return text.Append("(no case)").ToString();
        text.Append(c.Id).Append(' ').Append(c.DrgCode).Append(' ').Append(c.GroupingStatus).Append(' ').Append(c.TotalCost).Append(' ').Append(c.PersonalPayment).Append(' ')
            .Append(c.Fund).Append(' ').Append(c.Grade).Append(' ').Append(c.LengthOfStay).Append(' ').Append(c.AddOns).Append(' ').Append(c.Hospital).Append(' ').Append(c.Department)
            .Append(' ').Append(c.Died).Append(" → ");
        if (payment is not { } p) return text.Append("(unpaid)").ToString();
        return text.Append(p.Status).Append(' ').Append(p.Method).Append(' ').Append(p.OutlierClass).Append(' ').Append(p.Payment).Append(' ').Append(p.FundShare).Append(' ')
            .Append(p.SpecialReview).Append(' ').Append(p.Problem?.Code).ToString();
    }

    private static List<string> Reference(string file)
    {
        var reader = PaymentCaseReader.Open(new StringReader(file), "pay.csv", Example, InsuredFund.Employee, "3");
        return reader.ReadAll().Select(r => Describe(r, r.Case is { } c ? Engine.Pay(c) : null)).ToList();
    }

    private static List<string> Streamed(string file, int threads, int batch)
    {
        var reader = PaymentCaseReader.Open(new StringReader(file), "pay.csv", Example, InsuredFund.Employee, "3");
        return Engine.PayRows(reader, () => new List<string>(), (block, record, payment) => block.Add(Describe(record, payment)),
            new StreamOptions { MaxDegreeOfParallelism = threads, BatchSize = batch }).SelectMany(b => b).ToList();
    }

    [Property(MaxTest = 200)]
    public Property A_messy_file_gives_one_record_per_csv_record_with_its_line_and_quoting_issue() =>
        Prop.ForAll(Arb.From(MessyFile), file =>
        {
            var document = CsvDocument.Parse(file, "pay.csv");
            var records = PaymentCaseReader.Open(new StringReader(file), "pay.csv", Example, InsuredFund.Employee, "3").ReadAll().ToList();
            Assert.Equal(document.Rows.Select(r => (r.Line, r.Issue?.Code)), records.Select(r => (r.Line, r.Issues.FirstOrDefault(i => i.Code.StartsWith("CSV_", StringComparison.Ordinal))?.Code)));
            Assert.All(records, r => Assert.Equal(r.Case is null, r.Issues.Length > 0));
            var parsed = PaymentCaseCsv.Parse(file, "pay.csv", Example, InsuredFund.Employee, "3", out var fileIssues);
            Assert.Empty(fileIssues);
            Assert.Equal(records.Select(r => Describe(r, null)), parsed.Select(r => Describe(r, null)));
        });

    [Property(MaxTest = 150)]
    public Property A_messy_file_is_paid_row_for_row_as_record_by_record_whatever_the_blocks_and_threads() =>
        Prop.ForAll(Arb.From(MessyFile), Arb.From(Gen.Elements(1, 2, 3)), Arb.From(Gen.Elements(1, 3, 2048)), (file, threads, batch) =>
            Assert.Equal(Reference(file), Streamed(file, threads, batch)));

    [Fact]
    public void A_bad_value_is_reported_at_its_row_and_column_and_the_row_is_kept()
    {
        var file = Header + "\n" + Clean[0] + "\n" + Field(Clean[1], 3, _ => "12.5x") + "\n" + Clean[2] + "\n";
        var rows = Streamed(file, 2, 1);
        Assert.Equal(3, rows.Count);
        // Line 3 (the header is line 1), total_cost is the 4th column; the row stays in its place, without a case.
        Assert.StartsWith("3 a2 | PAY_INPUT_BAD_VALUE@pay.csv:3 [total_cost] col 4 ", rows[1], StringComparison.Ordinal);
        Assert.EndsWith("(no case)", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("4 a3 | a3 0000 Ungroupable", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_is_a_file_error_and_no_row_is_read()
    {
        var reader = PaymentCaseReader.Open(new StringReader("id,drg\n1,HC25\n"), "pay.csv", Example, InsuredFund.Employee, "3");
        Assert.False(reader.CanRead);
        Assert.Equal("PAY_INPUT_MISSING_COLUMN", Assert.Single(reader.FileIssues).Code);
        Assert.Empty(Engine.PayRows(reader, () => new List<string>(), (_, _, _) => throw new InvalidOperationException()));
        Assert.False(reader.TryRead(out _));
    }

    [Fact]
    public void A_read_that_fails_midway_is_rethrown_to_the_caller()
    {
        var text = Header + "\n" + string.Concat(Enumerable.Repeat(Clean[0] + "\n", 20000));
        var reader = PaymentCaseReader.Open(PieceReader.FailingAt(text, 400_000), "pay.csv", Example, InsuredFund.Employee, "3");
        var error = Assert.Throws<IOException>(() => Engine.PayRows(reader, () => new List<string>(), (_, _, _) => { }, new StreamOptions { MaxDegreeOfParallelism = 2, BatchSize = 64 }).ToList());
        Assert.Equal("disk gone", error.Message);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(-2, 10)]
    [InlineData(1, 0)]
    public void Options_out_of_range_are_refused(int threads, int batch)
    {
        var reader = PaymentCaseReader.Open(new StringReader(Header + "\n"), "pay.csv", Example, InsuredFund.Employee, "3");
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.PayRows(reader, () => 0, (_, _, _) => { }, new StreamOptions { MaxDegreeOfParallelism = threads, BatchSize = batch }));
    }
}
