using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Cli;

/// <summary>
/// Issue 15, what must hold: "the result CSV opened by a real spreadsheet reader shows the Chinese names intact and 0000 as text". LibreOffice
/// Calc headless opens what <c>medpay group --columns all</c> writes for examples/cases.csv (the 40 hand-checked cases; E31, E33 and E36 are
/// ungroupable, 0000) and saves it as .xlsx; the workbook is read back with DocumentFormat.OpenXml, independently of medpay's own readers.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public class SpreadsheetTests
{
    /// <summary>One cell as the spreadsheet holds it: whether it is text (a shared, inline or formula string) or a number, and its value.</summary>
    private readonly record struct Sheet(List<string> Header, List<Dictionary<string, (bool Text, string Value)>> Rows);

    private static Sheet Read(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? new List<string>();
        var sheet = workbook.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
        var rows = new List<Dictionary<string, (bool Text, string Value)>>();
        List<string>? header = null;
        foreach (var row in sheet.Elements<Row>())
        {
            var cells = new Dictionary<string, (bool Text, string Value)>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
                var type = cell.DataType?.Value;
                var value = type == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : type == CellValues.InlineString ? cell.InlineString!.InnerText
                    : cell.CellValue?.Text ?? string.Empty;
                var text = type == CellValues.SharedString || type == CellValues.InlineString || type == CellValues.String;
                cells[column] = (text, value);
            }

            if (header is null)
            {
                header = cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.Value).ToList();
                continue;
            }

            rows.Add(cells.ToDictionary(c => header[Index(c.Key)], c => c.Value));
        }

        return new Sheet(header!, rows);
    }

    private static int Index(string column) => column.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;

    /// <summary>The drg_name of each case as medpay wrote it (UTF-8), read with a plain RFC 4180 split.</summary>
    private static Dictionary<string, string> NamesWritten(string csv)
    {
        var lines = File.ReadAllText(csv, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var names = new Dictionary<string, string>();
        foreach (var cells in lines.Skip(1).Select(CsvLine.Split)) names[cells[0]] = cells[5]; // id, then drg_name as the sixth column

        return names;
    }

    [LibreOfficeFact]
    public void LibreOffice_shows_the_chinese_names_intact_and_0000_as_text_with_excel_text_and_as_the_number_0_without()
    {
        var folder = Directory.CreateTempSubdirectory("medpay-calc").FullName;
        try
        {
            var cases = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "cases.csv");
            var (excel, plain) = (Path.Combine(folder, "excel.csv"), Path.Combine(folder, "plain.csv"));
            Assert.Equal(0, InProcessMedpay.Run("group", "--in", cases, "--out", excel, "--columns", "all", "--excel-text").Exit);
            Assert.Equal(0, InProcessMedpay.Run("group", "--in", cases, "--out", plain, "--columns", "all").Exit);
            var written = NamesWritten(plain);
            var ungroupable = new[] { "E31", "E33", "E36" }; // examples/cases.csv: expected drg 0000, status ungroupable

            foreach (var (csv, excelText) in new[] { (excel, true), (plain, false) })
            {
                var sheet = Read(LibreOffice.ConvertCsvToXlsx(csv, folder));
                Assert.Equal(new[] { "id", "mdc", "adrg", "drg", "status", "drg_name", "issues", "reason", "pack_id", "pack_version", "pack_hash" }, sheet.Header);
                Assert.Equal(written.Count, sheet.Rows.Count);
                var byId = sheet.Rows.ToDictionary(r => r["id"].Value);

                // Chinese names intact: every DRG name as medpay wrote it, as text (E01: HC23, rules/chs-drg-2.0-excerpt/drg.csv line 18).
                Assert.Equal(("胆囊切除手术，伴合并症或并发症", true), (byId["E01"]["drg_name"].Value, byId["E01"]["drg_name"].Text));
                foreach (var (id, name) in written.Where(w => w.Value.Length > 0)) Assert.Equal((true, name), byId[id]["drg_name"]);
                Assert.Contains("主要诊断 S36.500", byId["E36"]["reason"].Value, StringComparison.Ordinal);

                foreach (var id in ungroupable)
                {
                    if (excelText)
                    {
                        // ="0000" is a formula whose result is the text 0000: a text cell (t="str") reading 0000.
                        Assert.Equal((true, "0000"), byId[id]["drg"]);
                    }
                    else
                    {
                        // The finding documented in docs/getting-started-cli.md: the plain 0000 (quoted or not) becomes the number 0.
                        Assert.Equal((false, "0"), byId[id]["drg"]);
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
