using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// How the workbook reader was chosen (issue 12: "measure and choose"): reading every cell of the CHS-DRG 1.1 workbook with
/// ExcelDataReader 3.6.0, with the Open XML SDK 3.3.0's own element reader (OpenXmlReader), and with MedPay.Rules.Workbooks'
/// XlsxWorkbookReader (the SDK for the package, System.Xml's XmlReader over each part). Each returns the number of characters read,
/// so all three do the same work.
/// </summary>
[MemoryDiagnoser]
public class XlsxReaderComparisonBenchmarks
{
    private byte[] _xlsx = null!;

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // ExcelDataReader asks for code page 1252 even for .xlsx
        _xlsx = File.ReadAllBytes(Path.Combine(Fixtures.ChsDrg11Workbook, "workbook.xlsx"));
    }

    [Benchmark(Baseline = true)]
    public long XlsxWorkbookReader()
    {
        long chars = 0;
        foreach (var sheet in MedPay.Rules.Workbooks.XlsxWorkbookReader.Instance.Read(_xlsx, "workbook.xlsx", WorkbookReadLimits.Default).Workbook!.Sheets)
        {
            foreach (var row in sheet)
            {
                foreach (var cell in row.Cells.Span) chars += cell.Text.Length;
            }
        }

        return chars;
    }

    [Benchmark]
    public long ExcelDataReader()
    {
        long chars = 0;
        using var stream = new MemoryStream(_xlsx, writable: false);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is { } value) chars += value is string s ? s.Length : 1;
                }
            }
        }
        while (reader.NextResult());
        return chars;
    }

    [Benchmark]
    public long OpenXmlSdkReader()
    {
        long chars = 0;
        using var stream = new MemoryStream(_xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var strings = new List<string>();
        using (var reader = OpenXmlReader.Create(workbook.SharedStringTablePart!))
        {
            var text = new StringBuilder();
            var inItem = false;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SharedStringItem))
                {
                    if (reader.IsStartElement)
                    {
                        inItem = true;
                        text.Clear();
                    }
                    else
                    {
                        strings.Add(text.ToString());
                        inItem = false;
                    }
                }
                else if (inItem && reader.ElementType == typeof(Text) && reader.IsStartElement)
                {
                    text.Append(reader.GetText());
                }
            }
        }

        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!));
            string? type = null;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    type = reader.Attributes.FirstOrDefault(a => a.LocalName == "t").Value;
                }
                else if (reader.ElementType == typeof(CellValue) && reader.IsStartElement)
                {
                    var value = reader.GetText();
                    chars += type == "s" ? strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)].Length : value.Length;
                }
            }
        }

        return chars;
    }
}
