using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;
using MedPay.Rules.Workbooks;

namespace MedPay.Rules.Tests.Support;

/// <summary>
/// Writes small workbooks in the official NHSA layout (nhsa-drg-workbook.md) for unit tests, with the Open XML SDK, so tests read
/// real <c>.xlsx</c> files. The default workbook is the workbook form of <see cref="MiniScheme"/>: MDCX (ZYZD in DI_X) with a surgical
/// ADRG XA1 (ZYSS in OP_XA1) split 1/3/5 by MCC/CC, and a medical ADRG XR1 with an empty rule; the dictionaries stand beside it.
/// A cell value is a string (a shared string), a number, <see cref="Inline"/> (an inline string), <see cref="Rich"/> (rich text of
/// several runs) or <see langword="null"/> (no cell).
/// </summary>
public sealed class TestWorkbook
{
    private readonly Dictionary<string, List<object?[]>> _sheets = new(StringComparer.Ordinal)
    {
        ["MDC"] = new()
        {
            new object?[] { "按病组（DRG）付费分组方案配置信息（测试）" },
            new object?[] { "MDC编码", "MDC名称", "MDC规则", "排序" },
            new object?[] { "MDCX", "测试大类", "ZYZD in DI_X", 1 },
        },
        ["ADRG"] = new()
        {
            new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" },
            new object?[] { "XA1", "测试手术", "ZYSS in OP_XA1", "MDCX", 1 },
            new object?[] { "XR1", "测试内科", "", "MDCX", 2 },
        },
        ["DRG"] = new()
        {
            new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" },
            new object?[] { "XA11", "伴MCC", "QTZD in MCC", "XA1", "MDCX", 1 },
            new object?[] { "XA13", "伴CC", "QTZD in {MCC, CC}", "XA1", "MDCX", 2 },
            new object?[] { "XA15", "不伴", "", "XA1", "MDCX", 3 },
            new object?[] { "XR19", "内科", "", "XR1", "MDCX", 1 },
        },
        ["集合"] = new()
        {
            new object?[] { "集合编号", "ICD编码", "ICD名称", "类型编号" },
            new object?[] { "DI_X", "A01.000", "甲一", 1 },
            new object?[] { "DI_X", "A02.000", "甲二", 1 },
            new object?[] { "OP_XA1", "01.0001", "手术一", 2 },
        },
        ["CC"] = new()
        {
            new object?[] { "疾病编码", "疾病名称", "排除表", "类型" },
            new object?[] { "B01.000", "乙一", 1, "MCC" },
            new object?[] { "B02.000", "乙二", 2, "CC" },
            new object?[] { "B03.000", "乙三", 3, "CC" },
        },
        ["排除表"] = new()
        {
            new object?[] { "集合编号", "ICD编码", "ICD名称" },
            new object?[] { 1, "A02.000", "甲二" },
            new object?[] { 2, "A02.000", "甲二" },
            new object?[] { 3, "A01.000", "甲一" },
        },
    };

    private readonly Dictionary<string, string> _companions = new(StringComparer.Ordinal)
    {
        ["diagnoses.csv"] = "code,name\nA01.000,甲一\nA02.000,甲二\nA03.000,甲三\nB01.000,乙一\nB02.000,乙二\nB03.000,乙三\nC01.000,丙一\n",
        ["procedures.csv"] = "code,name\n01.0001,手术一\n01.0002,手术二\n",
    };

    private readonly List<string> _order = new() { "MDC", "ADRG", "DRG", "集合", "CC", "排除表" };

    /// <summary>Whether the MDC sheet's title (row 1) is a merged cell A1:D1, as in the official workbook.</summary>
    public bool MergeTitle { get; set; } = true;

    /// <summary>The rows of a sheet (header rows included), to change in place.</summary>
    public List<object?[]> Rows(string sheet) => _sheets[sheet];

    /// <summary>Replaces a sheet's rows (header rows included).</summary>
    public TestWorkbook Sheet(string sheet, params object?[][] rows)
    {
        if (!_order.Contains(sheet)) _order.Add(sheet);
        _sheets[sheet] = rows.ToList();
        return this;
    }

    /// <summary>Adds data rows to a sheet.</summary>
    public TestWorkbook Add(string sheet, params object?[][] rows)
    {
        _sheets[sheet].AddRange(rows);
        return this;
    }

    /// <summary>Drops a sheet.</summary>
    public TestWorkbook Without(string sheet)
    {
        _sheets.Remove(sheet);
        _order.Remove(sheet);
        return this;
    }

    /// <summary>Sets a file beside the workbook (a dictionary, <c>amendments.csv</c>, <c>scheme.json</c>); <see langword="null"/> removes it.</summary>
    public TestWorkbook Companion(string file, string? text)
    {
        if (text is null) _companions.Remove(file);
        else _companions[file] = text;
        return this;
    }

    /// <summary>The workbook as <c>.xlsx</c> bytes.</summary>
    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var shared = workbookPart.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            uint id = 1;
            foreach (var name in _order.Where(_sheets.ContainsKey))
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var rows = _sheets[name];
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c] is not { } value) continue;
                        row.Append(Cell(SourceLocation.ColumnLetters(c + 1) + (r + 1), value, shared.SharedStringTable, index));
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (name == "MDC" && MergeTitle) worksheet.Append(new MergeCells(new MergeCell { Reference = "A1:D1" }));
                part.Worksheet = worksheet;
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    /// <summary>The workbook pack: <c>workbook.xlsx</c> and the files beside it.</summary>
    public RulePack Pack(string fileName = "workbook.xlsx")
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [fileName] = Bytes() };
        foreach (var companion in _companions) files[companion.Key] = System.Text.Encoding.UTF8.GetBytes(companion.Value);
        return RulePack.FromFiles(files, "test-workbook");
    }

    /// <summary>Loads the pack with the xlsx reader.</summary>
    public DrgSchemeLoadResult TryLoad(WorkbookReadLimits? limits = null) => DrgScheme.TryLoad(Pack(), XlsxWorkbookReader.Instance, limits);

    /// <summary>Loads the pack and fails the test, listing the errors, when it does not load.</summary>
    public DrgScheme Load()
    {
        var result = TryLoad();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scheme!;
    }

    /// <summary>A scheme of one MDC (ZYZD in DI_X) and one ADRG ZZ1 whose rule is <paramref name="rule"/>; DRG ZZ19 empty; extra set rows added.</summary>
    public static DrgScheme WithAdrgRule(string rule, params object?[][] extraSets) =>
        new TestWorkbook()
            .Sheet("ADRG", new object?[] { "ADRG编码", "ADRG名称", "ADRG规则", "所属MDC编码", "MDC内排序" }, new object?[] { "ZZ1", "被测", rule, "MDCX", 1 })
            .Sheet("DRG", new object?[] { "DRG编码", "DRG名称", "DRG规则", "所属ADRG编码", "所属MDC编码", "排序" }, new object?[] { "ZZ19", "被测", "", "ZZ1", "MDCX", 1 })
            .Add("集合", extraSets)
            .Load();

    /// <summary>An inline string cell (<c>t="inlineStr"</c>).</summary>
    public sealed record Inline(string Text);

    /// <summary>A rich-text shared string of several formatting runs, with no direct text element.</summary>
    public sealed record Rich(params string[] Runs);

    private static Cell Cell(string reference, object value, SharedStringTable table, Dictionary<string, int> index)
    {
        switch (value)
        {
            case int or long or double or decimal:
                return new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) };
            case Inline inline:
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text) { Space = SpaceProcessingModeValues.Preserve }) };
            case Rich rich:
            {
                var item = new SharedStringItem(rich.Runs.Select(run => new Run(new RunProperties(new Bold()), new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
                table.Append(item);
                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(table.ChildElements.Count - 1) };
            }

            default:
            {
                var text = value.ToString()!;
                if (!index.TryGetValue(text, out var at))
                {
                    table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                    at = table.ChildElements.Count - 1;
                    index.Add(text, at);
                }

                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at) };
            }
        }
    }
}
