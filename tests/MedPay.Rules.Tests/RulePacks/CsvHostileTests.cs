using MedPay.Rules.Drg;
using MedPay.Rules.Payment;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.RulePacks;

/// <summary>Hostile CSV text (issue 14): no overflow, no lost line, no silent choice between repeated columns.</summary>
public class CsvHostileTests
{
    private const string Header = "id,sex,age_years,age_days,birth_weight_g,los_days,discharge,diagnoses,procedures";

    /// <summary>A 40,000-column header over 60,000 blank lines: lines × width (2.4 × 10⁹) used to overflow the cell store.</summary>
    private static string Wide() =>
        string.Join(",", Header.Split(',').Concat(Enumerable.Range(0, 40_000).Select(i => "x" + i))) + "\na,M,40,14610,0,5,1,D14.302,\n" + new string('\n', 60_000);

    [Fact]
    public void A_wide_header_over_a_short_file_is_read_by_the_document_and_the_case_reader()
    {
        var text = Wide();
        Assert.InRange(text.Length, 300_000, 400_000);
        var document = CsvDocument.Parse(text, "wide.csv");
        Assert.Equal(40_009, document.Header.Length);
        Assert.Single(document.Rows);
        var records = DrgCaseCsv.Parse(text, "wide.csv", out var issues);
        Assert.Single(records);
        Assert.NotNull(records[0].Case);
    }

    [Fact]
    public void Text_after_a_quote_and_an_open_quote_each_cost_only_their_own_line()
    {
        var text = Header + "\na,M,40,14610,0,5,1,D14.302,\n\"b\"x,M,40,14610,0,5,1,D14.302,\nc,M,40,14610,0,5,1,D14.302,\n" +
            "d,M,40,14610,0,5,1,\"D14.302,\ne,M,40,14610,0,5,1,D14.302,\n";
        var records = DrgCaseCsv.Parse(text, "cases.csv", out var fileIssues);
        Assert.Empty(fileIssues);
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, records.Select(r => r.Id));
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, records.Select(r => r.Line));
        Assert.Equal(new[] { true, false, true, false, true }, records.Select(r => r.Case is not null));
        Assert.Equal("CSV_TEXT_AFTER_QUOTE", records[1].Issues.Single().Code);
        Assert.Equal("CSV_UNTERMINATED_QUOTE", records[3].Issues.Single().Code);
        var document = CsvDocument.Parse(text, "cases.csv");
        Assert.Equal(5, document.Rows.Count);
        Assert.Equal(2, document.Issues.Length);
    }

    [Fact]
    public void A_quoted_field_over_several_lines_is_still_one_record()
    {
        var document = CsvDocument.Parse("a,b\n\"one\ntwo\",3\nx,4\n", "t.csv");
        Assert.Empty(document.Issues);
        Assert.Equal("one\ntwo", document.Rows[0][0]);
        Assert.Equal(4, document.Rows[1].Line);
    }

    [Fact]
    public void Records_longer_than_the_reader_buffer_are_read_whole()
    {
        var field = new string('z', 200_000);
        var document = CsvDocument.Parse("a,b\n\"" + field + "\",1\n" + field + ",2\n", "t.csv");
        Assert.Empty(document.Issues);
        Assert.Equal(field, document.Rows[0][0]);
        Assert.Equal("2", document.Rows[1][1]);
    }

    [Fact]
    public void A_repeated_header_column_is_a_warning_and_the_first_is_read()
    {
        var document = CsvDocument.Parse("id,sex,SEX\n1,M,F\n", "t.csv");
        var issue = Assert.Single(document.Issues);
        Assert.Equal("CSV_DUPLICATE_COLUMN", issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(1, document.ColumnIndex("sex"));
    }

    [Fact]
    public void A_payment_row_with_broken_quoting_is_an_invalid_record_not_a_file_error()
    {
        var parameters = PaymentParameters.Load(RulePack.Embedded(PaymentParameters.DefaultEmbeddedPackId));
        var records = PaymentCaseCsv.Parse("id,drg,total_cost\na,ER13,1000\n\"b\"x,ER13,1000\nc,ER13,1000\n", "pay.csv", parameters, InsuredFund.Employee, "3", out var fileIssues);
        Assert.DoesNotContain(fileIssues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(3, records.Count);
        Assert.Null(records[1].Case);
        Assert.Equal("CSV_TEXT_AFTER_QUOTE", records[1].Issues[0].Code);
    }

    [Theory]
    [InlineData("男", Sex.Male)]
    [InlineData("女", Sex.Female)]
    [InlineData(" 男 ", Sex.Male)]
    public void Chinese_sex_values_read_as_sexes(string text, Sex expected) => Assert.Equal(expected, DrgCaseCsv.ParseSex(text));
}
