using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// Reads <c>.xlsx</c> workbooks (SpreadsheetML). The Open XML SDK (DocumentFormat.OpenXml) opens the package: content types,
/// relationships, the workbook part and its sheets. Cells are then streamed from each worksheet part and from the shared strings
/// with <see cref="XmlReader"/>, which keeps loading the CHS-DRG 1.1 workbook (0.6 million cells) to about 40 MB allocated, where
/// the SDK's own element reader allocates some 370 MB and ExcelDataReader 265 MB (docs/performance.md). Shared strings, inline
/// strings and rich text (runs without a direct text element) all give their text, phonetic runs left out; <c>_xHHHH_</c> escapes are
/// decoded; numbers are given in invariant notation. Sizes are checked against <see cref="WorkbookReadLimits"/> before anything is
/// expanded and while it is read, so a zip bomb or a huge cell is refused in bounded time and memory. Never throws for bad content.
/// Thread-safe: the instance holds no state.
/// </summary>
public sealed class XlsxWorkbookReader : IWorkbookReader
{
    private const long RatioCheckedFrom = 1L << 20;

    /// <summary>The reader (it holds no state).</summary>
    public static XlsxWorkbookReader Instance { get; } = new();

    /// <inheritdoc />
    public WorkbookReadResult Read(ReadOnlyMemory<byte> content, string fileName, WorkbookReadLimits limits)
    {
        if (fileName is null) throw new ArgumentNullException(nameof(fileName));
        limits ??= WorkbookReadLimits.Default;
        var file = new SourceLocation(fileName);
        if (content.Length > limits.MaxFileBytes)
        {
            return Fail(WorkbookIssues.TooLarge.Create(value: fileName, location: file, args: new object[] { fileName, new LocalizedText("文件", "file"), content.Length, limits.MaxFileBytes }));
        }

        var bytes = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        using (bytes)
        {
            if (CheckZip(bytes, fileName, limits) is { } refused) return Fail(refused);
            bytes.Position = 0;
            var budget = new ReadBudget(limits.MaxTotalBytes);
            var part = "xl/workbook.xml";
            try
            {
                using var document = SpreadsheetDocument.Open(bytes, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes, AutoSave = false });
                var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook part / 没有 workbook 部件");
                var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
                if (sheets.Count > limits.MaxSheets)
                {
                    return Fail(WorkbookIssues.LimitExceeded.Create(value: fileName, location: file, args: new object[] { fileName, new LocalizedText("工作表", "sheets"), limits.MaxSheets }));
                }

                // The parts are found through the SDK (relationships, content types) and then read from the zip by their names, each on its
                // own ZipArchive over the same bytes, so the shared strings and the sheets are parsed in parallel. Cells that refer to a
                // shared string are resolved once the table is read.
                var jobs = new List<PartJob>();
                if (workbookPart.SharedStringTablePart is { } sharedPart) jobs.Add(new PartJob(EntryName(sharedPart), null));
                foreach (var sheet in sheets)
                {
                    if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheet) continue; // a chart sheet holds no cells
                    jobs.Add(new PartJob(EntryName(worksheet), sheet.Name?.Value ?? string.Empty));
                }

                var buffer = segment.Array ?? content.ToArray();
                var offset = segment.Array is null ? 0 : segment.Offset;
                var count = segment.Array is null ? buffer.Length : segment.Count;
                var lengths = EntryLengths(bytes);
                var order = jobs.Select((job, i) => (job, i)).OrderByDescending(j => lengths.TryGetValue(j.job.Entry, out var n) ? n : 0).Select(j => j.i).ToArray(); // largest first
                Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Count)) }, i =>
                {
                    var job = jobs[i];
                    try
                    {
                        using var zip = new ZipArchive(new MemoryStream(buffer, offset, count, writable: false), ZipArchiveMode.Read);
                        var entry = zip.GetEntry(job.Entry) ?? throw new InvalidDataException("no zip entry " + job.Entry + " / 找不到部件");
                        using var stream = new BoundedStream(entry.Open(), job.Entry, limits.MaxPartBytes, budget);
                        if (job.Sheet is null)
                        {
                            job.Strings = ReadSharedStrings(stream, limits, out var tooLong);
                            if (job.Strings is null) job.Problem = WorkbookIssues.CellTooLong.Create(field: "sharedStrings", value: fileName, location: new SourceLocation(fileName, "(shared strings)", tooLong, 0, null), args: limits.MaxCellChars);
                        }
                        else
                        {
                            job.Rows = ReadSheet(stream, fileName, job.Sheet, limits, job.Shared, out var problem);
                            job.Problem = problem;
                        }
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        job.Failure = e;
                    }
                });

                foreach (var job in jobs)
                {
                    part = job.Entry;
                    if (job.Failure is not null) throw job.Failure; // mapped to an issue below, as a failure of the part
                    if (job.Problem is not null) return Fail(job.Problem);
                }

                var strings = jobs.FirstOrDefault(j => j.Sheet is null)?.Strings ?? Array.Empty<string>();
                var result = ImmutableArray.CreateBuilder<WorkbookSheet>(jobs.Count);
                foreach (var job in jobs.Where(j => j.Sheet is not null))
                {
                    foreach (var (cell, index, row, column) in job.Shared)
                    {
                        if ((uint)index >= (uint)strings.Length)
                        {
                            return Fail(WorkbookIssues.PartUnreadable.Create(value: job.Sheet, location: new SourceLocation(fileName, job.Sheet!, row, column, null),
                                args: new object[] { fileName, job.Sheet!, new LocalizedText("共享字符串索引 " + index + " 越界", "shared string index " + index + " is out of range") }));
                        }

                        job.Rows!.Replace(cell, new WorkbookCell(column, strings[index]));
                    }

                    result.Add(job.Rows!.Build());
                }

                return new WorkbookReadResult(new Workbook(fileName, result.ToImmutable()), ImmutableArray<Issue>.Empty); // not MoveToImmutable: skipped chart sheets leave the builder short of its capacity
            }
            catch (WorkbookLimitException e)
            {
                return Fail(WorkbookIssues.TooLarge.Create(value: e.Part, location: file, args: new object[] { fileName, e.Part, e.Bytes, e.Limit }));
            }
            catch (XmlException e)
            {
                return Fail(WorkbookIssues.PartUnreadable.Create(value: part, location: file, args: new object[] { fileName, part, e.Message }));
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or ArgumentException
                or NotSupportedException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
            {
                // A package the SDK refuses (no workbook part, a broken relationship, a damaged zip entry) is not a workbook we can read.
                return Fail(WorkbookIssues.NotAWorkbook.Create(value: fileName, location: file, args: new object[] { fileName, part + ": " + e.Message }));
            }
        }
    }

    private static WorkbookReadResult Fail(Issue issue) => new(null, ImmutableArray.Create(issue));

    /// <summary>The zip entry of a package part: its URI without the leading slash, unescaped (OPC part names are URIs).</summary>
    private static string EntryName(OpenXmlPart part) => Uri.UnescapeDataString(part.Uri.OriginalString.TrimStart('/'));

    private static Dictionary<string, long> EntryLengths(MemoryStream bytes)
    {
        bytes.Position = 0;
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries) lengths[entry.FullName] = entry.Length;
        return lengths;
    }

    /// <summary>One part to read, and what reading it gave.</summary>
    private sealed class PartJob
    {
        public PartJob(string entry, string? sheet)
        {
            Entry = entry;
            Sheet = sheet;
        }

        public string Entry { get; }

        /// <summary>The sheet's name, or <see langword="null"/> for the shared strings.</summary>
        public string? Sheet { get; }

        public string[]? Strings { get; set; }

        public WorkbookSheet.Builder? Rows { get; set; }

        /// <summary>The cells that name a shared string: their position in <see cref="Rows"/>, the string's index, the row and the column.</summary>
        public List<(int Cell, int Index, int Row, int Column)> Shared { get; } = new();

        public Issue? Problem { get; set; }

        public Exception? Failure { get; set; }
    }

    /// <summary>Refuses, from the zip directory alone, a file that is not a zip, or whose parts declare sizes or ratios over the limits.</summary>
    private static Issue? CheckZip(MemoryStream bytes, string fileName, WorkbookReadLimits limits)
    {
        var file = new SourceLocation(fileName);
        try
        {
            using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxPartBytes)
                {
                    return WorkbookIssues.TooLarge.Create(value: entry.FullName, location: file, args: new object[] { fileName, entry.FullName, entry.Length, limits.MaxPartBytes });
                }

                if (entry.Length > RatioCheckedFrom && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
                    return WorkbookIssues.CompressionRatio.Create(value: entry.FullName, location: file, args: new object[] { fileName, entry.FullName, ratio, limits.MaxCompressionRatio });
                }
            }

            if (total > limits.MaxTotalBytes)
            {
                return WorkbookIssues.TooLarge.Create(value: fileName, location: file, args: new object[] { fileName, new LocalizedText("全部部件", "all parts"), total, limits.MaxTotalBytes });
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return WorkbookIssues.NotAWorkbook.Create(value: fileName, location: file, args: new object[] { fileName, new LocalizedText("zip 文件中没有 [Content_Types].xml，不是 Office Open XML 包", "a zip file without [Content_Types].xml") });
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return WorkbookIssues.NotAWorkbook.Create(value: fileName, location: file, args: new object[] { fileName, new LocalizedText("不是 zip 文件：" + e.Message, "not a zip file: " + e.Message) });
        }
    }

    private static XmlReader CreateXmlReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false, // the text is read, not validated; an invalid character in a cell reaches the cleaning as any other
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    });

    /// <summary>The shared string table: each item's text (its <c>t</c>, or the <c>t</c> of each rich-text run; phonetic runs left out).</summary>
    private static string[]? ReadSharedStrings(Stream stream, WorkbookReadLimits limits, out int tooLongIndex)
    {
        tooLongIndex = 0;
        var strings = new List<string>();
        using var reader = CreateXmlReader(stream);
        var names = new Names(reader.NameTable);
        var text = new StringBuilder();
        var inItem = false;
        var depthRph = 0;
        var inT = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var name = reader.LocalName;
                    if ((object)name == names.Si)
                    {
                        text.Clear();
                        if (reader.IsEmptyElement) strings.Add(string.Empty);
                        else inItem = true;
                    }
                    else if ((object)name == names.RPh && !reader.IsEmptyElement) depthRph++;
                    else if ((object)name == names.T && inItem && depthRph == 0 && !reader.IsEmptyElement) inT = true;
                    break;
                }

                case XmlNodeType.EndElement:
                {
                    var name = reader.LocalName;
                    if ((object)name == names.Si && inItem)
                    {
                        strings.Add(OoxmlText.Decode(text.ToString()));
                        inItem = false;
                    }
                    else if ((object)name == names.RPh) depthRph--;
                    else if ((object)name == names.T) inT = false;
                    break;
                }

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (!inT) break;
                    text.Append(reader.Value);
                    if (text.Length > limits.MaxCellChars)
                    {
                        tooLongIndex = strings.Count;
                        return null;
                    }

                    break;
            }
        }

        return strings.ToArray();
    }

    /// <summary>
    /// The non-empty rows of a worksheet part, or null with the problem. Attribute values and cell values are read as character
    /// chunks into reused buffers, so a shared-string or number cell allocates nothing of its own: only each row's cell array does.
    /// </summary>
    private static WorkbookSheet.Builder? ReadSheet(Stream stream, string fileName, string sheet, WorkbookReadLimits limits,
        List<(int Cell, int Index, int Row, int Column)> shared, out Issue? problem)
    {
        problem = null;
        var rows = new WorkbookSheet.Builder(sheet);
        using var reader = CreateXmlReader(stream);
        var names = new Names(reader.NameTable);
        var value = new CellText();
        var attributeText = new char[32];
        var rowNumber = 0;
        var column = 0;
        var type = CellType.Number;
        var inValue = false; // inside <v>, or inside a <t> of an inline string (not in a phonetic run)
        var inCell = false;
        var depthRph = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                {
                    var name = reader.LocalName;
                    if ((object)name == names.Row)
                    {
                        var n = -1;
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if ((object)reader.LocalName == names.R) n = ParseInt(Chunk(reader, attributeText));
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        rowNumber = n > rowNumber ? n : rowNumber + 1;
                        if (rowNumber > limits.MaxRows)
                        {
                            problem = WorkbookIssues.LimitExceeded.Create(value: sheet, location: new SourceLocation(fileName, sheet, rowNumber, 0, null), args: new object[] { fileName, new LocalizedText("行", "rows"), limits.MaxRows });
                            return null;
                        }

                        column = 0;
                        rows.DiscardRow();
                    }
                    else if ((object)name == names.C)
                    {
                        var c = 0;
                        type = CellType.Number;
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                var name2 = reader.LocalName;
                                if ((object)name2 == names.R) c = ColumnOf(Chunk(reader, attributeText));
                                else if ((object)name2 == names.T) type = TypeOf(Chunk(reader, attributeText));
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        column = c > column ? c : column + 1;
                        if (column > limits.MaxColumns)
                        {
                            problem = WorkbookIssues.LimitExceeded.Create(value: sheet, location: new SourceLocation(fileName, sheet, rowNumber, 0, null), args: new object[] { fileName, new LocalizedText("列", "columns"), limits.MaxColumns });
                            return null;
                        }

                        value.Clear();
                        inCell = !reader.IsEmptyElement;
                    }
                    else if (inCell && (object)name == names.RPh && !reader.IsEmptyElement) depthRph++;
                    else if (inCell && ((object)name == names.V || ((object)name == names.T && depthRph == 0))) inValue = !reader.IsEmptyElement;
                    break;
                }

                case XmlNodeType.EndElement:
                {
                    var name = reader.LocalName;
                    if ((object)name == names.V || (object)name == names.T) inValue = false;
                    else if ((object)name == names.RPh) depthRph--;
                    else if ((object)name == names.C && inCell)
                    {
                        inCell = false;
                        if (type == CellType.Shared)
                        {
                            if (value.Length == 0) break;
                            var index = ParseInt(value.Span);
                            if (index < 0)
                            {
                                problem = WorkbookIssues.PartUnreadable.Create(value: sheet, location: new SourceLocation(fileName, sheet, rowNumber, column, null),
                                    args: new object[] { fileName, sheet, new LocalizedText("共享字符串索引 " + value + " 不是数字", "shared string index " + value + " is not a number") });
                                return null;
                            }

                            shared.Add((rows.CellCount, index, rowNumber, column));
                            rows.Add(new WorkbookCell(column, string.Empty)); // resolved once the shared strings are read
                            break;
                        }

                        var cell = Cell(column, type, value);
                        if (cell.Text.Length > 0) rows.Add(cell);
                    }
                    else if ((object)name == names.Row)
                    {
                        rows.EndRow(rowNumber);
                    }

                    break;
                }

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (!inValue) break;
                    if (!value.Append(reader, limits.MaxCellChars))
                    {
                        problem = WorkbookIssues.CellTooLong.Create(value: sheet, location: new SourceLocation(fileName, sheet, rowNumber, column, null), args: limits.MaxCellChars);
                        return null;
                    }

                    break;
            }
        }

        return rows;
    }

    /// <summary>The current attribute's value read into <paramref name="buffer"/> without a string (up to its length; longer values are cut).</summary>
    private static ReadOnlySpan<char> Chunk(XmlReader reader, char[] buffer)
    {
        var length = 0;
        int n;
        while (length < buffer.Length && (n = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0) length += n;
        return buffer.AsSpan(0, length);
    }

    private enum CellType
    {
        Number,
        Shared,
        Text,
        Boolean,
        Error,
    }

    private static CellType TypeOf(ReadOnlySpan<char> t) => t.Length switch
    {
        1 when t[0] == 's' => CellType.Shared,
        1 when t[0] == 'b' => CellType.Boolean,
        1 when t[0] == 'e' => CellType.Error,
        1 when t[0] == 'n' => CellType.Number,
        _ => CellType.Text, // inlineStr, str (a formula's string result), d (an ISO date)
    };

    /// <summary>A cell's value by its type (shared strings are resolved by the caller).</summary>
    private static WorkbookCell Cell(int column, CellType type, CellText raw)
    {
        var span = raw.Span;
        switch (type)
        {
            case CellType.Text:
                return new WorkbookCell(column, OoxmlText.Decode(raw.ToString()));
            case CellType.Boolean:
                return new WorkbookCell(column, span.Length == 0 ? string.Empty : span.Trim().SequenceEqual("1".AsSpan()) ? "TRUE" : "FALSE", WorkbookCellKind.Boolean);
            case CellType.Error:
                return new WorkbookCell(column, raw.ToString(), WorkbookCellKind.Error);
            default:
                if (span.Length == 0) return new WorkbookCell(column, string.Empty, WorkbookCellKind.Number);
                var whole = ParseInt(span);
                if (whole >= 0) return new WorkbookCell(column, whole < SmallNumbers.Length ? SmallNumbers[whole] : whole.ToString(CultureInfo.InvariantCulture), WorkbookCellKind.Number);
                var text = raw.ToString();
                return new WorkbookCell(column, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number == Math.Floor(number) && Math.Abs(number) < 1e15 ? ((long)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture)
                    : text, WorkbookCellKind.Number);
        }
    }

    /// <summary>The texts of the whole numbers that order and type columns hold, made once.</summary>
    private static readonly string[] SmallNumbers = Enumerable.Range(0, 4096).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>A non-negative whole number written in plain digits (at most 9), or -1.</summary>
    private static int ParseInt(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length > 9) return -1;
        var n = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return -1;
            n = n * 10 + (c - '0');
        }

        return n;
    }

    /// <summary>
    /// A cell's value text: the one text node a value almost always is, kept as the string the reader made, or the concatenation
    /// of several (rich inline text). Nothing is copied for the common case.
    /// </summary>
    private sealed class CellText
    {
        private readonly StringBuilder _more = new();
        private string _first = string.Empty;
        private bool _several;

        public int Length => _several ? _more.Length : _first.Length;

        public ReadOnlySpan<char> Span => (_several ? _more.ToString() : _first).AsSpan();

        public void Clear()
        {
            _first = string.Empty;
            _several = false;
            _more.Clear();
        }

        /// <summary>Appends the current text node; false when the value passes <paramref name="max"/> characters.</summary>
        public bool Append(XmlReader reader, int max)
        {
            var text = reader.Value;
            if (!_several && _first.Length == 0)
            {
                _first = text;
            }
            else
            {
                if (!_several) _more.Append(_first);
                _several = true;
                _more.Append(text);
            }

            return Length <= max;
        }

        public override string ToString() => _several ? _more.ToString() : _first;
    }

    /// <summary>The 1-based column of an A1 reference (<c>AB12</c> → 28); 0 when it has no letters.</summary>
    private static int ColumnOf(ReadOnlySpan<char> reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
            if (column > 1 << 20) break;
        }

        return column;
    }

    /// <summary>The element names compared by reference (atomized in the reader's name table).</summary>
    private sealed class Names
    {
        public Names(XmlNameTable table)
        {
            Si = table.Add("si");
            T = table.Add("t");
            RPh = table.Add("rPh");
            Row = table.Add("row");
            C = table.Add("c");
            V = table.Add("v");
            R = table.Add("r");
        }

        public string Si { get; }

        public string T { get; }

        public string RPh { get; }

        public string Row { get; }

        public string C { get; }

        public string V { get; }

        public string R { get; }
    }
}
