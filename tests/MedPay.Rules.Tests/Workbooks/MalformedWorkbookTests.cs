using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Tests.Support;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Tests.Workbooks;

/// <summary>
/// Malformed workbooks (issue 12: not a zip, a missing sheet, a missing column, a broken rule, a huge cell, a zip bomb) give a
/// structured error — a stable <c>WB_*</c> (or, for a rule, <c>PACK_CONDITION_SYNTAX</c>) code with its location — within bounded
/// memory, never an exception. Memory is measured as the bytes the test thread allocates while loading
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), never as elapsed time. Every workbook is written by <see cref="TestWorkbook"/>
/// and then damaged with <see cref="ZipBytes"/>.
/// </summary>
public class MalformedWorkbookTests
{
    private const string File = "workbook.xlsx";

    private readonly Xunit.Abstractions.ITestOutputHelper _log;

    public MalformedWorkbookTests(Xunit.Abstractions.ITestOutputHelper log) => _log = log;

    /// <summary>Loads the bytes as the pack's one workbook, beside the default dictionaries.</summary>
    private static DrgSchemeLoadResult Load(byte[] bytes, WorkbookReadLimits? limits = null, string name = File) =>
        DrgScheme.TryLoad(Pack(bytes, name), XlsxWorkbookReader.Instance, limits);

    private static RulePack Pack(byte[] bytes, string name = File) =>
        RulePack.FromFiles(new Dictionary<string, byte[]> { [name] = bytes, ["diagnoses.csv"] = Encoding.UTF8.GetBytes("code,name\nA01.000,甲一\n") }, "malformed");

    /// <summary>The one error of a failed load, which must carry <paramref name="code"/>; the import report says the scheme was not loaded.</summary>
    private static Issue SingleError(DrgSchemeLoadResult result, string code)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Scheme);
        var error = Assert.Single(result.Errors);
        Assert.True(error.Code == code, $"expected {code}, got {error}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.En));
        Assert.NotNull(result.ImportReport);
        Assert.False(result.ImportReport!.Succeeded);
        Assert.Contains(error, result.ImportReport.Issues);
        Assert.Contains(code, result.ImportReport.ToText());
        return error;
    }

    // ---- not a workbook ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Random_bytes_and_an_empty_file_are_not_a_workbook()
    {
        var random = new byte[4096];
        new Random(12).NextBytes(random);
        foreach (var bytes in new[] { random, Array.Empty<byte>(), Encoding.UTF8.GetBytes("code,name\nA01.000,甲一\n") })
        {
            var error = SingleError(Load(bytes), "WB_NOT_A_WORKBOOK");
            Assert.Equal(File, error.Location!.File);
            Assert.Equal(File, error.Value);
        }
    }

    [Fact]
    public void A_zip_that_is_not_an_office_package_is_not_a_workbook()
    {
        var zip = ZipBytes.Create(new Dictionary<string, byte[]> { ["mdc.csv"] = Encoding.UTF8.GetBytes("seq,mdc,name,condition\n1,MDCX,x,true\n") });
        var error = SingleError(Load(zip), "WB_NOT_A_WORKBOOK");
        Assert.Contains("[Content_Types].xml", error.Message.En);
    }

    [Fact]
    public void A_package_with_content_types_but_no_workbook_part_is_not_a_workbook()
    {
        const string types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        var zip = ZipBytes.Create(new Dictionary<string, byte[]> { ["[Content_Types].xml"] = Encoding.UTF8.GetBytes(types), ["docProps/app.xml"] = Encoding.UTF8.GetBytes("<x/>") });
        SingleError(Load(zip), "WB_NOT_A_WORKBOOK");

        // A real workbook with its workbook part (and the relationship to it) taken out.
        var xlsx = new TestWorkbook().Bytes();
        var hollow = ZipBytes.Rewrite(xlsx, (name, bytes) => name.StartsWith("xl/", StringComparison.Ordinal) ? null : bytes);
        SingleError(Load(hollow), "WB_NOT_A_WORKBOOK");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void A_truncated_file_is_not_a_workbook(double kept)
    {
        var xlsx = new TestWorkbook().Bytes();
        var truncated = xlsx.AsSpan(0, (int)(xlsx.Length * kept)).ToArray();
        // Cut before the end, the zip has lost its central directory (at the end of the file): it cannot be opened at all.
        SingleError(Load(truncated), "WB_NOT_A_WORKBOOK");
    }

    // ---- damaged parts -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_worksheet_part_with_truncated_xml_is_an_unreadable_part()
    {
        var xlsx = new TestWorkbook().Bytes();
        var part = ZipBytes.SheetPart(xlsx, "ADRG");
        var damaged = ZipBytes.Rewrite(xlsx, (name, bytes) => name == part ? bytes.AsSpan(0, bytes.Length / 2).ToArray() : bytes);
        var error = SingleError(Load(damaged), "WB_PART_UNREADABLE");
        Assert.Contains(part, error.Value);
        Assert.Equal(File, error.Location!.File);
    }

    [Theory]
    [InlineData("</x:row>", "</x:rwo>")]             // a mismatched end tag (the Open XML SDK writes the prefix x:)
    [InlineData("<x:sheetData>", "<x:sheetData><<")] // not a tag
    [InlineData("<x:c ", "<x:c r=\"A1\" r=\"B1\" ")]   // a repeated attribute
    [InlineData("<x:v>1</x:v>", "<x:v>1&bogus;</x:v>")] // an undeclared entity
    public void A_worksheet_part_with_garbled_xml_is_an_unreadable_part(string find, string replaceWith)
    {
        var xlsx = new TestWorkbook().Bytes();
        var part = ZipBytes.SheetPart(xlsx, "DRG");
        var damaged = ZipBytes.RewriteText(xlsx, part, xml =>
        {
            var at = xml.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{part} has no {find}: {xml}");
            return xml.Substring(0, at) + replaceWith + xml.Substring(at + find.Length);
        });
        var error = SingleError(Load(damaged), "WB_PART_UNREADABLE");
        Assert.Contains(part, error.Value);
    }

    [Fact]
    public void Garbled_shared_strings_and_a_garbled_workbook_part_are_unreadable_parts()
    {
        var xlsx = new TestWorkbook().Bytes();
        var strings = ZipBytes.RewriteText(xlsx, "xl/sharedStrings.xml", xml =>
        {
            var garbled = System.Text.RegularExpressions.Regex.Replace(xml, "</(\\w+:)?si>", "</$1is>"); // every item closed by a wrong end tag
            Assert.NotEqual(xml, garbled);
            return garbled;
        });
        Assert.Contains("sharedStrings.xml", SingleError(Load(strings), "WB_PART_UNREADABLE").Value);

        var workbook = ZipBytes.RewriteText(xlsx, "xl/workbook.xml", xml => xml.Substring(0, xml.Length - 20));
        var result = Load(workbook);
        var error = Assert.Single(result.Errors);
        // The SDK parses workbook.xml itself: XML it cannot parse is an unreadable part or a package it refuses.
        Assert.Contains(error.Code, new[] { "WB_PART_UNREADABLE", "WB_NOT_A_WORKBOOK" });
        Assert.Contains("workbook.xml", error.Value + error.Message.En);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("x")]
    public void A_shared_string_index_out_of_range_is_an_unreadable_part_at_its_cell(string index)
    {
        // The default workbook's ADRG sheet: row 1 the headers, row 2 XA1 (A2 = "XA1", a shared string).
        var xlsx = new TestWorkbook().Bytes();
        var part = ZipBytes.SheetPart(xlsx, "ADRG");
        var damaged = ZipBytes.RewriteText(xlsx, part, xml =>
        {
            var cell = xml.IndexOf("r=\"A2\"", StringComparison.Ordinal);
            var v = xml.IndexOf("<x:v>", cell, StringComparison.Ordinal) is var x and >= 0 ? x + 5 : xml.IndexOf("<v>", cell, StringComparison.Ordinal) + 3;
            var end = xml.IndexOf('<', v);
            return xml.Substring(0, v) + index + xml.Substring(end);
        });
        var error = SingleError(Load(damaged), "WB_PART_UNREADABLE");
        Assert.Equal(("ADRG", 2, 1, "A2"), (error.Location!.Sheet, error.Location.Row, error.Location.Column, error.Location.Cell));
        Assert.Contains(index, error.Message.En);
    }

    [Theory]
    [InlineData("sheet")]
    [InlineData("xl/workbook.xml")]
    public void A_document_type_declaration_with_expanding_entities_is_refused_in_bounded_memory(string where)
    {
        // "Billion laughs": ten levels of ten references expand to 10^9 copies of "lol". SpreadsheetML has no DTD; the readers prohibit one.
        var entities = "<!DOCTYPE x:worksheet [<!ENTITY l0 \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">")) + "]>";
        var xlsx = new TestWorkbook().Bytes();
        var part = where == "sheet" ? ZipBytes.SheetPart(xlsx, "MDC") : where;
        var bomb = ZipBytes.RewriteText(xlsx, part, xml =>
        {
            var declaration = xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
            var body = xml.Substring(declaration);
            var v = body.IndexOf("<x:v>", StringComparison.Ordinal);
            if (v >= 0) body = body.Insert(v + 5, "&l9;");
            return xml.Substring(0, declaration) + entities + body;
        });
        var pack = Pack(bomb);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DrgScheme.TryLoad(pack, XlsxWorkbookReader.Instance);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(result.Errors);
        _log.WriteLine($"{error}; {allocated >> 10} KiB allocated");
        Assert.Contains(error.Code, new[] { "WB_PART_UNREADABLE", "WB_NOT_A_WORKBOOK" });
        Assert.True(allocated < 64L << 20, $"{allocated >> 20} MiB allocated");
    }

    [Fact]
    public void A_chart_sheet_beside_the_six_sheets_is_skipped_not_a_reason_to_refuse_the_workbook()
    {
        // A workbook may hold chart sheets (SpreadsheetML chartsheet parts, ECMA-376 Part 1 §18.3.1.12), listed in workbook.xml like
        // worksheets. They hold no cells; the reader skips them, and the six sheets of the layout load as without them.
        using var stream = new MemoryStream();
        stream.Write(new TestWorkbook().Bytes());
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var workbookPart = document.WorkbookPart!;
            var chart = workbookPart.AddNewPart<DocumentFormat.OpenXml.Packaging.ChartsheetPart>();
            chart.Chartsheet = new DocumentFormat.OpenXml.Spreadsheet.Chartsheet();
            workbookPart.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(chart), SheetId = 7, Name = "图表" });
        }

        var bytes = stream.ToArray();
        var read = XlsxWorkbookReader.Instance.Read(bytes, File, WorkbookReadLimits.Default);
        Assert.Empty(read.Issues);
        Assert.Equal(new[] { "MDC", "ADRG", "DRG", "集合", "CC", "排除表" }, read.Workbook!.Sheets.Select(s => s.Name));
        var result = Load(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    // ---- sheets and columns ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("MDC")]
    [InlineData("ADRG")]
    [InlineData("DRG")]
    [InlineData("集合")]
    [InlineData("CC")]
    [InlineData("排除表")]
    public void A_missing_sheet_is_named_with_the_sheets_there_are(string sheet)
    {
        var result = new TestWorkbook().Without(sheet).TryLoad();
        var error = SingleError(result, "WB_SHEET_MISSING");
        Assert.Equal(sheet, error.Field);
        Assert.Equal(File, error.Location!.File);
        Assert.Contains(sheet, error.Message.Zh);
        // The message lists the sheets that are there, e.g. "its sheets: MDC, ADRG, …" without the missing one.
        var others = new[] { "MDC", "ADRG", "DRG", "集合", "CC", "排除表" }.Where(s => s != sheet).ToList();
        Assert.Contains(string.Join(", ", others), error.Message.En);
    }

    [Fact]
    public void A_sheet_named_with_surrounding_white_space_still_counts()
    {
        // nhsa-drg-workbook.md: cell text (and names) carry full-width and no-break spaces; the sheet "CC\u3000" is the CC sheet.
        var workbook = new TestWorkbook();
        var rows = workbook.Rows("CC").ToArray();
        var result = workbook.Without("CC").Sheet("CC\u3000", rows).TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("MDC", "MDC规则", 1)]
    [InlineData("ADRG", "ADRG编码", 0)]
    [InlineData("ADRG", "MDC内排序", 0)]
    [InlineData("DRG", "所属ADRG编码", 0)]
    [InlineData("集合", "集合编号", 0)]
    [InlineData("CC", "排除表", 0)]
    [InlineData("排除表", "ICD编码", 0)]
    public void A_missing_column_is_named_with_the_headers_that_were_accepted_and_found(string sheet, string header, int headerRowIndex)
    {
        var workbook = new TestWorkbook();
        var headers = workbook.Rows(sheet)[headerRowIndex];
        var at = Array.IndexOf(headers, header);
        Assert.True(at >= 0, $"{sheet} has no header {header}");
        headers[at] = "备注"; // the column is there, under a header the layout does not know
        var error = SingleError(workbook.TryLoad(), "WB_COLUMN_MISSING");
        Assert.Equal(header, error.Field);
        Assert.Equal(sheet, error.Location!.Sheet);
        Assert.Contains(header, error.Message.En);
        // The headers found are listed with their columns, so the user sees what the sheet has, e.g. "C=备注".
        Assert.Contains(SourceLocation.ColumnLetters(at + 1) + "=备注", error.Message.En);
    }

    [Fact]
    public void The_alternative_header_names_are_accepted_and_reported()
    {
        // nhsa-drg-workbook.md, "Sheets and columns": ADRG 排序 (older copies) for MDC内排序; DRG for DRG编码; in the CC sheet ICD编码 /
        // ICD名称 / 类型编号 for 疾病编码 / 疾病名称 / 类型.
        var workbook = new TestWorkbook();
        void Rename(string sheet, int row, string from, string to)
        {
            var headers = workbook.Rows(sheet)[row];
            headers[Array.IndexOf(headers, from)] = to;
        }

        Rename("ADRG", 0, "MDC内排序", "排序");
        Rename("DRG", 0, "DRG编码", "DRG");
        Rename("CC", 0, "疾病编码", "ICD编码");
        Rename("CC", 0, "疾病名称", "ICD名称");
        Rename("CC", 0, "类型", "类型编号");
        var result = workbook.TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sheets = result.ImportReport!.Sheets.ToDictionary(s => s.Sheet);
        // TestWorkbook's columns: ADRG A–E = 编码, 名称, 规则, 所属MDC编码, 排序; DRG A = DRG; CC A, B, D = ICD编码, ICD名称, 类型编号.
        Assert.Contains(sheets["ADRG"].Columns, c => c.Header == "排序" && c.Letters == "E");
        Assert.Contains(sheets["DRG"].Columns, c => c.Header == "DRG" && c.Letters == "A");
        Assert.Contains(sheets["CC"].Columns, c => c.Header == "ICD编码" && c.Letters == "A");
        Assert.Contains(sheets["CC"].Columns, c => c.Header == "ICD名称" && c.Letters == "B");
        Assert.Contains(sheets["CC"].Columns, c => c.Header == "类型编号" && c.Letters == "D");
        // And the scheme is the same as the default workbook's: A01.000 with 01.0001 and B02.000 (a CC of table 2, which holds only A02.000) → XA13.
        Assert.Equal("XA13", result.Scheme!.CreateGrouper().Group(MiniScheme.Case("A01.000|B02.000", "01.0001")).DrgCode);
        Assert.Equal("XA13", new TestWorkbook().Load().CreateGrouper().Group(MiniScheme.Case("A01.000|B02.000", "01.0001")).DrgCode);
    }

    // ---- a broken rule -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_broken_rule_is_located_by_sheet_row_column_header_and_character()
    {
        // ADRG row 3 (XR1; the header is row 1), rule column C (ADRG规则). "ZYSS on OP_XA1": after the subject ZYSS the grammar wants
        // 'in' or 'not in'; "ZYSS " is 5 characters, so the bad token "on" starts at character 6.
        var workbook = new TestWorkbook();
        workbook.Rows("ADRG")[2][2] = "ZYSS on OP_XA1";
        var error = SingleError(workbook.TryLoad(), "PACK_CONDITION_SYNTAX");
        var at = error.Location!;
        Assert.Equal((File, "ADRG", 3, 3, "ADRG规则", 6), (at.File, at.Sheet, at.Row, at.Column, at.ColumnName, at.Position));
        Assert.Equal("C3", at.Cell);
        Assert.Equal("ZYSS on OP_XA1", error.Value);
        Assert.Equal("workbook.xlsx!ADRG!C3 [ADRG规则] char 6", at.ToString());
    }

    [Fact]
    public void A_broken_rule_behind_leading_white_space_is_located_in_the_cleaned_text()
    {
        // The rule cell is cleaned first (a full-width space U+3000 in front is removed): "QTZD in MCC and" ends where an atom must
        // follow; the cleaned text is 15 characters, so the missing atom is at character 16. DRG row 2 (XA11), rule column C (DRG规则).
        var workbook = new TestWorkbook();
        workbook.Rows("DRG")[1][2] = "\u3000QTZD in MCC and";
        var error = SingleError(workbook.TryLoad(), "PACK_CONDITION_SYNTAX");
        Assert.Equal(("DRG", 2, 3, "DRG规则", 16), (error.Location!.Sheet, error.Location.Row, error.Location.Column, error.Location.ColumnName, error.Location.Position));
    }

    [Fact]
    public void MCC_for_a_main_diagnosis_is_a_load_error_at_its_rule()
    {
        // nhsa-drg-workbook.md: MCC and CC are targets only of QTZD; "ZYZD in MCC" is a load error. The target MCC starts at character 9.
        var workbook = new TestWorkbook();
        workbook.Rows("DRG")[1][2] = "ZYZD in MCC";
        var error = SingleError(workbook.TryLoad(), "PACK_CONDITION_SYNTAX");
        Assert.Equal(("DRG", 2, 9), (error.Location!.Sheet, error.Location.Row, error.Location.Position));
    }

    // ---- huge cells --------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_cell_of_32767_characters_is_read_and_one_more_is_refused()
    {
        // Excel's own limit on a cell is 32,767 characters (WorkbookReadLimits.MaxCellChars); a name of exactly that length loads.
        var atLimit = new TestWorkbook();
        atLimit.Rows("ADRG")[1][1] = new string('名', 32_767);
        var loaded = atLimit.TryLoad();
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal(32_767, loaded.Scheme!.FindAdrg("XA1")!.Name.Length);

        // One more, as a shared string (as Excel stores text): refused while the shared strings are read.
        var shared = new TestWorkbook();
        shared.Rows("ADRG")[1][2] = "ZYSS in OP_XA1 " + new string(' ', 32_768 - 15);
        var error = SingleError(shared.TryLoad(), "WB_CELL_TOO_LONG");
        Assert.Contains("32767", error.Message.En.Replace(",", string.Empty));
        Assert.Equal(File, error.Location!.File);
    }

    [Fact]
    public void An_inline_string_over_the_limit_is_refused_at_its_cell()
    {
        // ADRG row 2, rule column C, as an inline string (t="inlineStr"): the sheet reader stops at that cell.
        var workbook = new TestWorkbook();
        workbook.Rows("ADRG")[1][2] = new TestWorkbook.Inline(new string('x', 40_000));
        var error = SingleError(workbook.TryLoad(), "WB_CELL_TOO_LONG");
        Assert.Equal(("ADRG", 2, 3), (error.Location!.Sheet, error.Location.Row, error.Location.Column));
    }

    [Fact]
    public void Smaller_read_limits_refuse_cells_rows_and_sheets_beyond_them()
    {
        var workbook = new TestWorkbook();
        Assert.Equal("WB_CELL_TOO_LONG", SingleError(workbook.TryLoad(new WorkbookReadLimits { MaxCellChars = 10 }), "WB_CELL_TOO_LONG").Code);
        // The 集合 sheet has 4 rows (header + 3 members); the MDC sheet 3.
        var rows = SingleError(workbook.TryLoad(new WorkbookReadLimits { MaxRows = 3 }), "WB_LIMIT_EXCEEDED");
        Assert.Equal(4, rows.Location!.Row);
        SingleError(workbook.TryLoad(new WorkbookReadLimits { MaxColumns = 4 }), "WB_LIMIT_EXCEEDED"); // ADRG has 5 columns
        SingleError(workbook.TryLoad(new WorkbookReadLimits { MaxSheets = 5 }), "WB_LIMIT_EXCEEDED");   // there are 6 sheets
        SingleError(workbook.TryLoad(new WorkbookReadLimits { MaxFileBytes = 1000 }), "WB_TOO_LARGE");
    }

    // ---- zip bombs ---------------------------------------------------------------------------------------------------------

    /// <summary>
    /// The default workbook with one part (the MDC worksheet, or the shared strings) grown to <paramref name="size"/> bytes: its own
    /// XML with white space repeated after the root element's start tag (well-formed, so only the limits can stop it). Deflate
    /// shrinks a run of one byte about 1,000:1.
    /// </summary>
    private static byte[] WithHugePart(string which, long size, out string part)
    {
        var xlsx = new TestWorkbook().Bytes();
        var target = part = which == "MDC" ? ZipBytes.SheetPart(xlsx, "MDC") : "xl/sharedStrings.xml";
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in ZipBytes.Entries(xlsx))
            {
                using var stream = zip.CreateEntry(entry.Key, CompressionLevel.Optimal).Open();
                if (entry.Key != target)
                {
                    stream.Write(entry.Value);
                    continue;
                }

                var xml = ZipBytes.Text(entry.Value);
                var root = xml.StartsWith("<?", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
                var split = xml.IndexOf('>', xml.IndexOf('<', root)) + 1; // just after the root element's start tag
                var head = Encoding.UTF8.GetBytes(xml.Substring(0, split));
                var tail = Encoding.UTF8.GetBytes(xml.Substring(split));
                stream.Write(head);
                var spaces = new byte[1 << 20];
                spaces.AsSpan().Fill((byte)' ');
                for (var left = size - head.Length - tail.Length; left > 0; left -= spaces.Length) stream.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
                stream.Write(tail);
            }
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData(300L << 20, "WB_TOO_LARGE")]         // declared 300 MiB > MaxPartBytes 256 MiB
    [InlineData(200L << 20, "WB_COMPRESSION_RATIO")] // 200 MiB under the part limit, but about 1,000:1 > MaxCompressionRatio 200
    public void A_zip_bomb_is_refused_from_its_declared_sizes_in_bounded_memory(long size, string code)
    {
        var bomb = WithHugePart("MDC", size, out var part);
        Assert.True(bomb.Length < 1 << 20, $"the bomb is {bomb.Length} bytes on disk");
        Assert.Equal(size, ZipBytes.DeclaredSize(bomb, part));
        var pack = Pack(bomb);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DrgScheme.TryLoad(pack, XlsxWorkbookReader.Instance);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = SingleError(result, code);
        _log.WriteLine($"{error}; {allocated >> 10} KiB allocated");
        Assert.Equal(part, error.Value);
        Assert.True(allocated < 64L << 20, $"loading a {size >> 20} MiB bomb allocated {allocated >> 20} MiB");
    }

    [Theory]
    [InlineData("MDC")]
    [InlineData("sharedStrings")]
    public void A_lying_zip_whose_data_inflates_far_beyond_its_declared_size_gives_a_structured_issue_in_bounded_memory(string which)
    {
        // The part holds 48 MiB of XML but its local and central headers say 4,000 bytes, so the declared-size and ratio checks pass
        // it. Whatever the zip reader does with the rest (stop at the declared size, check the CRC, or read on), the read limits
        // (1 MiB a part here) or the XML parser end it with an issue, and memory stays bounded.
        var xlsx = WithHugePart(which, 48L << 20, out var part);
        var lying = ZipBytes.DeclareUncompressedSize(xlsx, part, 4_000);
        Assert.Equal(4_000, ZipBytes.DeclaredSize(lying, part));
        var pack = Pack(lying);
        var limits = new WorkbookReadLimits { MaxPartBytes = 1 << 20, MaxTotalBytes = 2 << 20 };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DrgScheme.TryLoad(pack, XlsxWorkbookReader.Instance, limits);
        var read = XlsxWorkbookReader.Instance.Read(lying, File, limits);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        _log.WriteLine($"{which}: {error}; {allocated >> 10} KiB allocated");
        Assert.Contains(error.Code, new[] { "WB_TOO_LARGE", "WB_PART_UNREADABLE", "WB_NOT_A_WORKBOOK" });
        Assert.Null(read.Workbook);
        Assert.Equal(error.Code, Assert.Single(read.Issues).Code);
        Assert.True(allocated < 32L << 20, $"two loads of a lying zip allocated {allocated >> 20} MiB");
    }

    // ---- pack folders ------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_pack_folder_with_two_workbooks_is_refused_and_an_excel_lock_file_is_not_a_workbook()
    {
        var folder = Path.Combine(Path.GetTempPath(), "medpay-wb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var bytes = new TestWorkbook().Bytes();
            System.IO.File.WriteAllBytes(Path.Combine(folder, "chs-drg-3.0.xlsx"), bytes);
            System.IO.File.WriteAllBytes(Path.Combine(folder, "chs-drg-3.0-update.xlsx"), bytes);
            var two = SingleError(DrgWorkbook.TryLoad(folder), "WB_PACK_WORKBOOK_COUNT");
            Assert.Contains("2", two.Message.En);
            Assert.Contains("chs-drg-3.0.xlsx", two.Message.En);
            Assert.Contains("chs-drg-3.0-update.xlsx", two.Message.En);

            // Excel writes a lock file "~$<name>.xlsx" (a few bytes, not a zip) beside a workbook it has open: it is not a second workbook.
            System.IO.File.Delete(Path.Combine(folder, "chs-drg-3.0-update.xlsx"));
            System.IO.File.WriteAllBytes(Path.Combine(folder, "~$chs-drg-3.0.xlsx"), Encoding.Unicode.GetBytes("\u0005someone"));
            var one = DrgWorkbook.TryLoad(folder);
            Assert.True(one.Succeeded, string.Join("\n", one.Errors));
            Assert.Equal("chs-drg-3.0.xlsx", one.ImportReport!.Workbook);

            // A folder whose only .xlsx is a lock file holds no workbook: it is not a workbook pack, and there is no mdc.csv either.
            System.IO.File.Delete(Path.Combine(folder, "chs-drg-3.0.xlsx"));
            var none = DrgWorkbook.TryLoad(folder);
            Assert.False(none.Succeeded);
            Assert.Null(none.ImportReport);
            Assert.NotEmpty(none.Errors);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_pack_in_memory_with_two_workbooks_or_a_workbook_declared_but_missing_is_refused()
    {
        var bytes = new TestWorkbook().Bytes();
        var two = RulePack.FromFiles(new Dictionary<string, byte[]> { ["a.xlsx"] = bytes, ["b.xlsx"] = bytes }, "two");
        SingleError(DrgScheme.TryLoad(two, XlsxWorkbookReader.Instance), "WB_PACK_WORKBOOK_COUNT");

        var declared = RulePack.FromTexts(new Dictionary<string, string> { ["scheme.json"] = "{ \"id\": \"x\", \"format\": \"nhsa-drg-workbook/1\" }" }, "none");
        var error = SingleError(DrgScheme.TryLoad(declared, XlsxWorkbookReader.Instance), "WB_PACK_WORKBOOK_COUNT");
        Assert.Contains("0", error.Message.En);
    }

    [Fact]
    public void Without_a_reader_a_workbook_pack_is_refused_with_WB_READER_MISSING()
    {
        var result = DrgScheme.TryLoad(new TestWorkbook().Pack());
        var error = Assert.Single(result.Errors);
        Assert.Equal("WB_READER_MISSING", error.Code);
        Assert.Contains("MedPay.Rules.Workbooks", error.Message.En);
    }
    // ---- properties: nothing throws ----------------------------------------------------------------------------------------

    private static readonly byte[] Valid = new TestWorkbook().Bytes();

    private static readonly List<KeyValuePair<string, byte[]>> ValidEntries = ZipBytes.Entries(Valid);

    /// <summary>
    /// Loads the bytes both ways, through the scheme loader and through the reader alone (whose contract, IWorkbookReader, is never to
    /// throw for bad content: the loader's own safety net must not hide a reader that does). A load that fails has at least one error.
    /// </summary>
    private static bool LoadsWithoutThrowing(byte[] bytes)
    {
        var read = XlsxWorkbookReader.Instance.Read(bytes, File, WorkbookReadLimits.Default);
        if (read.Workbook is null && !read.Issues.Any(i => i.Severity == IssueSeverity.Error && i.Code.StartsWith("WB_", StringComparison.Ordinal))) return false;
        var result = Load(bytes);
        return result.Succeeded ? result.Scheme is not null && !result.Errors.Any() : result.Errors.Any() && result.ImportReport is not null;
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_bytes_never_make_loading_throw(byte[] bytes, bool zipSignature)
    {
        // Half the time behind a zip local-header signature, so the zip reader, not only the signature check, sees them.
        var content = zipSignature ? new byte[] { 0x50, 0x4b, 0x03, 0x04 }.Concat(bytes ?? Array.Empty<byte>()).ToArray() : bytes ?? Array.Empty<byte>();
        var result = Load(content);
        return !result.Succeeded && result.Errors.All(e => e.Code.StartsWith("WB_", StringComparison.Ordinal)) && LoadsWithoutThrowing(content);
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_byte_edits_and_cuts_of_a_valid_workbook_never_make_loading_throw() =>
        Prop.ForAll(Arb.From(ByteEdits()), edits =>
        {
            var bytes = (byte[])Valid.Clone();
            foreach (var (at, value) in edits.Edits) bytes[at % bytes.Length] = value;
            if (edits.Cut > 0) bytes = bytes.AsSpan(0, Math.Max(0, bytes.Length - edits.Cut)).ToArray();
            return LoadsWithoutThrowing(bytes);
        });

    [Property(MaxTest = 300)]
    public Property Arbitrary_edits_of_the_xml_inside_a_valid_workbook_never_make_loading_throw() =>
        // Edits made before the zip is rebuilt reach the XML readers (content types, relationships, workbook.xml, the sheets, the
        // shared strings) past the zip's CRC checks: deleted spans, inserted markup, references and indexes out of range.
        Prop.ForAll(Arb.From(XmlEdits()), edits =>
        {
            var entries = ValidEntries.Select(e => new KeyValuePair<string, byte[]>(e.Key, e.Value)).ToList();
            return LoadsWithoutThrowing(ZipBytes.Create(ApplyXmlEdits(edits)));
        });

    /// <summary>The valid workbook's entries with the edits applied; an edit at a tag boundary lands just after the next <c>&gt;</c>, so the XML often stays well-formed.</summary>
    internal static List<KeyValuePair<string, byte[]>> ApplyXmlEdits((int Entry, int At, int Delete, string Insert, bool AtTag)[] edits)
    {
        var entries = ValidEntries.Select(e => new KeyValuePair<string, byte[]>(e.Key, e.Value)).ToList();
        foreach (var (entry, at, delete, insert, atTag) in edits)
        {
            var index = entry % entries.Count;
            var text = ZipBytes.Text(entries[index].Value);
            var start = at % (text.Length + 1);
            if (atTag && text.IndexOf('>', start) is var close and >= 0) start = close + 1;
            var changed = text.Substring(0, start) + insert + text.Substring(Math.Min(text.Length, start + delete));
            entries[index] = new(entries[index].Key, Encoding.UTF8.GetBytes(changed));
        }

        return entries;
    }

    private static Gen<((int At, byte Value)[] Edits, int Cut)> ByteEdits() =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, int.MaxValue).SelectMany(at => Gen.Choose(0, 255).Select(v => (at, (byte)v))), n))
            .SelectMany(edits => Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, Valid.Length))).Select(cut => (edits, cut)));

    internal static Gen<(int Entry, int At, int Delete, string Insert, bool AtTag)[]> XmlEdits()
    {
        var inserts = Gen.Elements(string.Empty, "<", ">", "&", "\"", "'", "/", "&amp;", "&#0;", "&#xFFFF;", "\uFFFE", "]]>", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
            "<x:row>", "</x:row>", "<x:row r=\"0\">", "<x:row r=\"2147483648\">", "<x:c r=\"XFE1\">", "<x:c r=\"A1\" t=\"s\"><x:v>99999</x:v></x:c>",
            "<x:c t=\"s\"><x:v>-5</x:v></x:c>", "<x:c t=\"b\"><x:v>1</x:v></x:c>", "<x:c t=\"e\"><x:v>#N/A</x:v></x:c>", "<x:c><x:v>1e400</x:v></x:c>",
            "<x:c t=\"inlineStr\"><x:is><x:r><x:t>_x000D_</x:t></x:r></x:is></x:c>", "<x:si/>", "<x:si><x:rPh><x:t>p</x:t></x:rPh></x:si>", "<x:t>", "</x:t>",
            "r:id=\"rId999\"", "Target=\"../../../etc/passwd\"", "Target=\"http://example.invalid/x.xml\" TargetMode=\"External\"", "<x:sheet name=\"MDC\" sheetId=\"99\" r:id=\"rId1\"/>",
            "ContentType=\"text/plain\"", "0", "9", "-", " ", "\u3000", "\u200B", "MDC", "集合", "ZYSS in", "(", ")", "{", "}");
        var edit = Gen.Choose(0, int.MaxValue).SelectMany(entry => Gen.Choose(0, int.MaxValue).SelectMany(at => Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 200)))
            .SelectMany(delete => inserts.SelectMany(insert => Gen.Elements(true, false).Select(atTag => (entry, at, atTag ? 0 : delete, insert, atTag))))));
        return Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(edit, n));
    }
}
