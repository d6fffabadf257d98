using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Dip;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay dip</c>: groups and scores cases with a DIP catalogue, and prices them when point values are given.</summary>
internal static class DipCommand
{
    public static Command Create()
    {
        var catalogue = new Option<string?>("--catalogue") { Description = "DIP catalogue pack: folder, zip or embedded id (default: the embedded dip-example) / DIP 目录规则包" };
        var input = new Option<string>("--in") { Description = "cases CSV (see docs/dip.md §7) / 病例 CSV", Required = true };
        var output = new Option<string>("--out") { Description = "results: .csv or .json / 结果文件（.csv 或 .json）", Required = true };
        var point = new Option<decimal?>("--point-value") { Description = "yuan per point for every fund / 点值（元/分）" };
        var employee = new Option<decimal?>("--employee-point-value") { Description = "yuan per point for employee insurance / 职工医保点值" };
        var resident = new Option<decimal?>("--resident-point-value") { Description = "yuan per point for resident insurance / 居民医保点值" };
        var columns = new Option<string?>("--columns") { Description = DipColumns.Set.Description + "; in JSON the keys of each case" };
        var threads = ThreadsOption.Create("working threads (default: one per processor; 1 reads, evaluates and writes on one thread) / 计算线程数（默认每个处理器一个）");
        var command = new Command("dip", "Group and score cases by DIP (按病种分值付费), with payments when point values are given / DIP 分组、分值与支付测算")
        {
            catalogue, input, output, point, employee, resident, columns, threads,
        };
        var io = new IoOptions();
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse => io.Read(parse) is { } settings
            ? Run(parse.GetValue(catalogue), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(point), parse.GetValue(employee), parse.GetValue(resident),
                parse.GetValue(columns), parse.GetValue(threads), settings)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? cataloguePath, string inputPath, string outputPath, decimal? point, decimal? employee, decimal? resident, string? columnsText,
        int threads, IoOptions.Settings io)
    {
        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath))) return ExitCodes.Usage;
        if (DipColumns.Set.Read(columnsText) is not { } columns) return ExitCodes.Usage;
        if (!ThreadsOption.Check(threads, "evaluates")) return ExitCodes.Usage;
        var catalogue = PackLoading.Load(cataloguePath, "dip-example", DipCatalogue.Load);
        if (catalogue is null) return ExitCodes.BadRulePack;
        var prices = point is null && employee is null && resident is null ? null : new DipPointPrices(point ?? employee ?? resident ?? 0m, employee, resident);
        using var reader = InputFile.Open(inputPath, io.InputEncoding, out var stream);
        if (reader is null) return ExitCodes.BadInput;
        OutputFile? results = null;
        JsonWriter? json = null;
        try
        {
            var csv = DipCaseReader.Open(reader, Path.GetFileName(inputPath));
            if (!csv.CanRead)
            {
                // A required column is missing: no case could be read, so there is no result file to write (as `medpay group`). The issues
                // are those of the whole-text reader: the header's, every row's quoting, the missing column.
                Console2.Issues(csv.HeaderIssues.Concat(csv.ReadQuotingIssues()).Concat(csv.FileIssues.Skip(csv.HeaderIssues.Length)));
                Console2.Error($"病例文件 {inputPath} 无法使用（缺少必需的列）", $"the case file {inputPath} cannot be used (a required column is missing)");
                return ExitCodes.BadInput;
            }

            Console2.Issues(csv.FileIssues);
            var engine = new DipEngine(catalogue);
            var progress = new Progress(stream);
            results = StreamedTable.Open(outputPath, io, out var newLine);
            if (StreamedTable.IsJson(outputPath)) json = new JsonWriter(columns, catalogue.Identity, csv.FileIssues);
            else results.Writer.Write(StreamedTable.Header(columns, newLine));
            var writer = new RowWriter(columns, catalogue.Identity, engine, prices, json is not null, io.ExcelText, newLine);
            var statuses = new long[Enum.GetValues(typeof(DipStatus)).Length];
            var console = new StreamedTable.IssueLines();
            long total = 0;
            var blocks = new ConcurrentBag<Block>();
            foreach (var block in engine.EvaluateRows(csv, prices, () => blocks.TryTake(out var b) ? b : new Block(), writer.Handle, new StreamOptions { MaxDegreeOfParallelism = threads }))
            {
                console.Print(block.Issues);
                if (json is not null) json.Add(block);
                else results.Writer.Write(block.Lines);
                for (var i = 0; i < statuses.Length; i++) statuses[i] += block.Statuses[i];
                total += block.Count;
                progress.Report(total);
                block.Clear();
                blocks.Add(block);
            }

            json?.WriteTo(results.Writer);
            results.Commit();
            progress.Done(total);
            var counts = Enumerable.Range(0, statuses.Length).Where(i => statuses[i] > 0).Select(i => (Name: ((DipStatus)i).ToString(), Count: statuses[i]))
                .OrderBy(g => g.Name).Select(g => $"{g.Name} {g.Count:N0}");
            Console2.Info($"{total:N0} cases with {catalogue.Identity}: {string.Join(", ", counts)}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (StreamFailure.Handles(e))
        {
            // Before the result file is open, an I/O failure is the input's; after, a failed write (a disk full) on the result file or a spool.
            return StreamFailure.Report(e, inputPath, results is null ? null : outputPath);
        }
        finally
        {
            results?.Dispose();
            json?.Dispose();
        }
    }

    /// <summary>A block of rows evaluated on a working thread and written in file order: the CSV lines or the JSON cells, the read issues, the counts.</summary>
    private sealed class Block
    {
        public StringBuilder Lines { get; } = new(256 * 1024);

        public List<string?[]> Cells { get; } = new();

        public List<DipCaseRecord> Records { get; } = new();

        public List<Issue> Issues { get; } = new();

        public long[] Statuses { get; } = new long[Enum.GetValues(typeof(DipStatus)).Length];

        public int Count { get; set; }

        public void Clear()
        {
            Lines.Clear();
            Cells.Clear();
            Records.Clear();
            Issues.Clear();
            Array.Clear(Statuses, 0, Statuses.Length);
            Count = 0;
        }
    }

    /// <summary>Makes a row's CSV line, or its JSON cells (the chosen columns' values); runs on the working threads.</summary>
    private sealed class RowWriter
    {
        private readonly ImmutableArray<ResultColumn<DipColumns.Row>> _columns;
        private readonly RulePacks.RulePackIdentity _pack;
        private readonly DipEngine _engine;
        private readonly DipPointPrices? _prices;
        private readonly bool _json;
        private readonly bool _excel;
        private readonly string _newLine;

        public RowWriter(ImmutableArray<ResultColumn<DipColumns.Row>> columns, RulePacks.RulePackIdentity pack, DipEngine engine, DipPointPrices? prices, bool json, bool excel,
            string newLine)
        {
            _columns = columns;
            _pack = pack;
            _engine = engine;
            _prices = prices;
            _json = json;
            _excel = excel;
            _newLine = newLine;
        }

        public void Handle(Block block, DipCaseRecord record, DipCaseResult result)
        {
            var row = new DipColumns.Row(_pack, record, result, _engine, _prices);
            block.Count++;
            block.Statuses[(int)result.Status]++;
            block.Issues.AddRange(record.Issues);
            if (!_json)
            {
                StreamedTable.AppendLine(block.Lines, _columns, row, _excel, _newLine);
                return;
            }

            if (record.Issues.Length > 0) block.Records.Add(record);
            var cells = new string?[_columns.Length];
            for (var i = 0; i < cells.Length; i++) cells[i] = _columns[i].Value(row);
            block.Cells.Add(cells);
        }
    }

    /// <summary>
    /// The JSON result: <see cref="DipRun.ToJson"/>'s <c>{ pack, issues, cases }</c> with each case written with the chosen columns as keys (an
    /// empty value is <c>null</c>, as the library writes it); with the default columns, the library's text byte for byte. The issues come
    /// before the cases and are the rows' too, in the whole-text reader's order (the header's, every row's quoting, every row's values), so
    /// they and the cases are spooled as they come — each to a temporary file, never to memory — and written out in that order at the end.
    /// </summary>
    private sealed class JsonWriter : IDisposable
    {
        private readonly IReadOnlyList<ResultColumn<DipColumns.Row>> _columns;
        private readonly RulePacks.RulePackIdentity _pack;
        private readonly ImmutableArray<Issue> _fileIssues;
        private readonly Spool _quoting = new();
        private readonly Spool _values = new();
        private readonly Spool _cases = new();

        public JsonWriter(IReadOnlyList<ResultColumn<DipColumns.Row>> columns, RulePacks.RulePackIdentity pack, ImmutableArray<Issue> fileIssues)
        {
            _columns = columns;
            _pack = pack;
            _fileIssues = fileIssues;
        }

        public void Add(Block block)
        {
            foreach (var record in block.Records)
            {
                if (record.QuotingIssue is { } quoting) Write(_quoting, quoting);
                foreach (var issue in record.ValueIssues) Write(_values, issue);
            }

            foreach (var cells in block.Cells)
            {
                _cases.Count++;
                foreach (var cell in cells) _cases.Writer.Write(cell ?? string.Empty);
            }
        }

        public void WriteTo(TextWriter writer)
        {
            using var buffer = new MemoryStream();
            using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            void Flush()
            {
                json.Flush();
                writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                buffer.SetLength(0);
            }

            json.WriteStartObject();
            _pack.WriteJson(json, "pack");
            json.WriteStartArray("issues");
            foreach (var issue in _fileIssues) Write(json, issue.Code, issue.Severity.ToString(), issue.Location?.ToString(), issue.Message.Zh, issue.Message.En);
            foreach (var spool in new[] { _quoting, _values })
            {
                var read = spool.Rewind();
                for (long i = 0; i < spool.Count; i++)
                {
                    var code = read.ReadString();
                    var severity = read.ReadString();
                    var location = read.ReadBoolean() ? read.ReadString() : null;
                    Write(json, code, severity, location, read.ReadString(), read.ReadString());
                    if (i % 2048 == 2047) Flush();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("cases");
            var cases = _cases.Rewind();
            var cells = new string?[_columns.Count];
            var replay = _columns.Select((c, k) => new ResultColumn<string?[]>(c.Name, r => r[k], c.Kind)).ToArray();
            for (long i = 0; i < _cases.Count; i++)
            {
                for (var k = 0; k < cells.Length; k++) cells[k] = cases.ReadString();
                json.WriteStartObject();
                foreach (var column in replay) column.Write(json, cells, emptyTextIsNull: true);
                json.WriteEndObject();
                if (i % 2048 == 2047) Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            Flush();
        }

        public void Dispose()
        {
            _quoting.Dispose();
            _values.Dispose();
            _cases.Dispose();
        }

        private static void Write(Spool spool, Issue issue)
        {
            spool.Count++;
            spool.Writer.Write(issue.Code);
            spool.Writer.Write(issue.Severity.ToString());
            spool.Writer.Write(issue.Location is not null);
            if (issue.Location is { } at) spool.Writer.Write(at.ToString());
            spool.Writer.Write(issue.Message.Zh);
            spool.Writer.Write(issue.Message.En);
        }

        private static void Write(Utf8JsonWriter json, string code, string severity, string? location, string zh, string en)
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WriteString("severity", severity);
            json.WriteString("location", location);
            json.WriteString("zh", zh);
            json.WriteString("en", en);
            json.WriteEndObject();
        }
    }

    /// <summary>A temporary file written once and read back once (deleted when closed).</summary>
    private sealed class Spool : IDisposable
    {
        private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), "medpay-dip-" + Guid.NewGuid().ToString("N") + ".tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

        private BinaryWriter? _writer;

        public BinaryWriter Writer => _writer ??= new BinaryWriter(_file, new UTF8Encoding(false, throwOnInvalidBytes: false), leaveOpen: true);

        public long Count { get; set; }

        public BinaryReader Rewind()
        {
            _writer?.Flush();
            _file.Position = 0;
            return new BinaryReader(_file, new UTF8Encoding(false, throwOnInvalidBytes: false), leaveOpen: true);
        }

        public void Dispose()
        {
            _writer?.Dispose();
            _file.Dispose();
        }
    }
}
