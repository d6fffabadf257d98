using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Tests.RulePacks;

public class CsvDocumentTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_newlines()
    {
        var doc = CsvDocument.Parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\"line1\nline2\"\n2,,z\n", "t.csv");
        Assert.Empty(doc.Issues);
        Assert.Equal(new[] { "a", "b", "c" }, doc.Header);
        Assert.Equal(2, doc.Rows.Count);
        Assert.Equal("x, \"y\"", doc.Rows[0][1]);
        Assert.Equal("line1\nline2", doc.Rows[0][2]);
        Assert.Equal(2, doc.Rows[0].Line);
        Assert.Equal(4, doc.Rows[1].Line);
        Assert.Equal(string.Empty, doc.Rows[1][1]);
        Assert.Equal("z", doc.Rows[1][2]);
    }

    [Fact]
    public void Byte_order_mark_blank_lines_and_surrounding_blanks_are_ignored()
    {
        var doc = CsvDocument.Parse("\uFEFFcode, name \n\n A01 , 伤寒 \n", "t.csv");
        Assert.Equal(new[] { "code", "name" }, doc.Header);
        Assert.Single(doc.Rows);
        Assert.Equal("A01", doc.Rows[0][0]);
        Assert.Equal("伤寒", doc.Rows[0][1]);
        Assert.Equal(1, doc.ColumnIndex("NAME"));
        Assert.Equal(-1, doc.ColumnIndex("missing"));
    }

    [Fact]
    public void Unterminated_quote_is_an_issue_with_its_location()
    {
        var doc = CsvDocument.Parse("a,b\n1,\"open\n", "bad.csv");
        var issue = Assert.Single(doc.Issues);
        Assert.Equal("CSV_UNTERMINATED_QUOTE", issue.Code);
        Assert.Equal(new SourceLocation("bad.csv", 2, 2), issue.Location);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_issue()
    {
        // The record is kept (issue 14: no silent loss) and carries its issue; the next record is read as usual.
        var doc = CsvDocument.Parse("a,b\n\"x\"y,2\n3,4\n", "bad.csv");
        Assert.Equal("CSV_TEXT_AFTER_QUOTE", Assert.Single(doc.Issues).Code);
        Assert.Equal(2, doc.Rows.Count);
        Assert.Equal("CSV_TEXT_AFTER_QUOTE", doc.Rows[0].Issue!.Code);
        Assert.Null(doc.Rows[1].Issue);
        Assert.Equal("3", doc.Rows[1][0]);
    }
}
