using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedPay.Rules.Cli.Columns;
using MedPay.Rules.Drg;
using MedPay.Rules.Payment;

namespace MedPay.Rules.Cli.Commands;

/// <summary><c>medpay pay</c>: pays grouped cases (the output of <c>medpay group</c> plus cost columns) with a DRG payment parameter pack.</summary>
internal static class PayCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static Command Create()
    {
        var parameters = new Option<string?>("--params") { Description = "payment parameter pack: folder, zip or embedded id (default: the embedded drg-payment-example) / DRG 付费参数包" };
        var input = new Option<string>("--in") { Description = "grouped cases CSV: id,drg[,status] + total_cost[,personal_payment,fund,grade,los_days,hospital,dept,died,addons] / 已分组病例 CSV", Required = true };
        var output = new Option<string>("--out") { Description = "payments: .csv or .json / 支付结果（.csv 或 .json）", Required = true };
        var fund = new Option<string>("--fund") { Description = "fund of rows without one: employee | resident / 默认险种", DefaultValueFactory = _ => "employee" };
        var year = new Option<string?>("--year-out") { Description = "also write each hospital's year-end result (JSON: DRG payment vs fee-for-item, by department and DRG) / 输出医院年度结算结果（JSON）" };
        var grade = new Option<string>("--grade") { Description = "hospital grade of rows without one (default 3) / 默认医院等级", DefaultValueFactory = _ => "3" };
        var scheme = SchemeOption.Create();
        scheme.Description = "group the cases first with this DRG scheme when the file has no drg column (a case file with cost columns) / 文件无 drg 列时先用此分组方案分组";
        var columns = new Option<string?>("--columns") { Description = PayColumns.Set.Description + "; in JSON the keys of each case" };
        var threads = ThreadsOption.Create("paying threads, and grouping threads with --scheme (default: one per processor; 1 reads, pays and writes on one thread) / 支付线程数（默认每个处理器一个）");
        var command = new Command("pay", "Pay grouped cases by DRG (按病组付费): standard, outliers, fund share, year-end result per hospital / DRG 支付测算")
        {
            parameters, input, output, fund, grade, year, scheme, columns, threads,
        };
        var io = new IoOptions();
        foreach (var option in io.All) command.Options.Add(option);
        command.SetAction(parse => io.Read(parse) is { } settings
            ? Run(parse.GetValue(parameters), parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(fund)!, parse.GetValue(grade)!, parse.GetValue(year), parse.GetValue(scheme),
                parse.GetValue(columns), parse.GetValue(threads), settings)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(string? packPath, string inputPath, string outputPath, string fundText, string grade, string? yearPath, string? schemePath, string? columnsText,
        int threads, IoOptions.Settings io)
    {
        if (!OutputFile.CheckDistinct(inputPath, ("--out", outputPath), ("--year-out", yearPath))) return ExitCodes.Usage;
        if (PayColumns.Set.Read(columnsText) is not { } columns) return ExitCodes.Usage;
        if (!FundOption.TryParse(fundText, out var fund)) return ExitCodes.Usage;
        if (!ThreadsOption.Check(threads, "pays")) return ExitCodes.Usage;
        var parameters = PackLoading.Load(packPath, PaymentParameters.DefaultEmbeddedPackId, PaymentParameters.Load);
        if (parameters is null) return ExitCodes.BadRulePack;
        if (!GradeOption.CheckHospitalGrade("--grade", grade, parameters)) return ExitCodes.Usage;

        var options = new DrgStreamOptions { MaxDegreeOfParallelism = threads };
        TextReader? reader = null;
        GroupedText? grouped = null;
        OutputFile? results = null;
        try
        {
            reader = InputFile.Open(inputPath, io.InputEncoding, out var stream);
            if (reader is null) return ExitCodes.BadInput;
            var progress = new Progress(stream);
            if (schemePath is not null)
            {
                grouped = GroupFirst(reader, inputPath, schemePath, options, out var exit);
                if (exit != 0) return exit;
                if (grouped is null)
                {
                    // The file has a drg column: it is paid as it is, from its first line.
                    reader.Dispose();
                    reader = InputFile.Open(inputPath, io.InputEncoding, out stream);
                    if (reader is null) return ExitCodes.BadInput;
                    progress = new Progress(stream);
                }
            }

            var csv = PaymentCaseReader.Open(grouped ?? reader, Path.GetFileName(inputPath), parameters, fund, grade);
            Console2.Issues(csv.FileIssues);
            if (!csv.CanRead)
            {
                Console2.Error($"病例文件 {inputPath} 无法使用", $"the case file {inputPath} cannot be used");
                return ExitCodes.BadInput;
            }

            var engine = new DrgPaymentEngine(parameters);
            var json = StreamedTable.IsJson(outputPath);
            results = StreamedTable.Open(outputPath, io, out var newLine);
            var writer = new RowWriter(columns, engine, json, io.ExcelText, newLine);
            var output = json ? (ResultWriter)new JsonWriter(results.Writer, columns, parameters.Identity, csv.FileIssues) : new CsvWriter(results.Writer, columns, newLine);
            var totals = new HospitalYearTotals(parameters.Policy);
            var statuses = new long[Enum.GetValues(typeof(PaymentStatus)).Length];
            var console = new StreamedTable.IssueLines();
            long records = 0, paid = 0;
            var blocks = new ConcurrentBag<Block>();
            foreach (var block in engine.PayRows(csv, () => blocks.TryTake(out var b) ? b : new Block(), writer.Handle, options))
            {
                console.Print(block.Issues);
                output.Write(block);
                foreach (var (c, p) in block.Paid)
                {
                    totals.Add(c, p);
                    statuses[(int)p.Status]++;
                }

                records += block.Count;
                paid += block.Paid.Count;
                progress.Report(records);
                block.Clear();
                blocks.Add(block);
            }

            output.End();
            results.Commit();
            progress.Done(records);
            if (grouped is not null) Console2.Info($"{grouped.Count:N0} cases grouped first with {grouped.Scheme}");
            var hospitals = totals.ToResults();
            if (yearPath is not null && !PackLoading.WriteOutput(yearPath, JsonSerializer.Serialize(hospitals.Select(h => YearView(h, parameters.Identity)), Json))) return ExitCodes.CannotWrite;
            Summarize(records, paid, statuses, hospitals, parameters);
            return ExitCodes.Success;
        }
        catch (Exception e) when (StreamFailure.Handles(e))
        {
            // Before the result file is open, an I/O failure is the input's; after, a failed write (a disk full) on the result file.
            return StreamFailure.Report(e, inputPath, results is null ? null : outputPath);
        }
        finally
        {
            results?.Dispose();
            grouped?.Dispose();
            reader?.Dispose();
        }
    }

    /// <summary>
    /// With <c>--scheme</c> and no <c>drg</c> column: the case file grouped as <c>medpay group --keep-columns</c> writes it (the five result
    /// columns, then the input's columns), for the payment reader, as a text read batch by batch while it is grouped (in file order, on
    /// the threads of <paramref name="options"/>). Null when the file has a <c>drg</c> column (it is paid as it is).
    /// </summary>
    private static GroupedText? GroupFirst(TextReader reader, string inputPath, string schemePath, DrgStreamOptions options, out int exit)
    {
        exit = 0;
        var csv = DrgCaseCsvReader.Open(reader, Path.GetFileName(inputPath), keepFields: true);
        if (csv.Header.Any(h => string.Equals(h, "drg", StringComparison.OrdinalIgnoreCase)))
        {
            Console2.Info("note / 提示: the file has a drg column, so it is paid as grouped and --scheme is not used / 文件已有 drg 列，未重新分组");
            return null;
        }

        if (!csv.HasRequiredColumns)
        {
            Console2.Error($"病例文件 {inputPath} 既无 drg 列也无法分组", $"the case file {inputPath} has no drg column and cannot be grouped");
            Console2.Issues(csv.FileIssues);
            exit = ExitCodes.BadInput;
            return null;
        }

        var drg = SchemeOption.Load(schemePath);
        if (drg is null)
        {
            exit = ExitCodes.BadRulePack;
            return null;
        }

        var columns = GroupColumns.Default;
        var kept = Enumerable.Range(0, csv.Header.Length).Where(i => !columns.Any(c => string.Equals(c.Name, csv.Header[i], StringComparison.OrdinalIgnoreCase))).ToArray();
        var header = Cli.Csv.Line(columns.Select(c => c.Name).Concat(kept.Select(i => csv.Header[i])).ToArray()) + "\n";
        var identity = drg.Identity;
        string Line(DrgCaseRecord record, DrgResult? result)
        {
            var line = new StringBuilder(256);
            var values = GroupColumns.Case.Of(record, result, identity);
            for (var i = 0; i < columns.Length; i++) columns[i].Append(i > 0 ? line.Append(',') : line, values, false);
            foreach (var k in kept) Cli.Csv.Append(line.Append(','), k < record.Fields.Length ? record.Fields[k] : string.Empty);
            return line.Append('\n').ToString();
        }

        return new GroupedText(header, drg.CreateGrouper().GroupStream(csv.ReadAll(), Line, options), identity);
    }

    /// <summary>The text of the grouped case file, made as it is read: the header line, then one line per case grouped.</summary>
    private sealed class GroupedText : TextReader
    {
        private readonly IEnumerator<string> _lines;
        private string _current;
        private int _position;

        public GroupedText(string header, IEnumerable<string> lines, RulePacks.RulePackIdentity scheme)
        {
            _current = header;
            _lines = lines.GetEnumerator();
            Scheme = scheme;
        }

        public RulePacks.RulePackIdentity Scheme { get; }

        /// <summary>The cases grouped and read so far.</summary>
        public long Count { get; private set; }

        public override int Peek() => Next() ? _current[_position] : -1;

        public override int Read() => Next() ? _current[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var done = 0;
            while (done < count && Next())
            {
                var n = Math.Min(count - done, _current.Length - _position);
                _current.CopyTo(_position, buffer, index + done, n);
                _position += n;
                done += n;
            }

            return done;
        }

        private bool Next()
        {
            while (_position == _current.Length)
            {
                if (!_lines.MoveNext()) return false;
                Count++;
                _current = _lines.Current;
                _position = 0;
            }

            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _lines.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A block of rows paid on a paying thread and written in file order: the CSV lines or the JSON rows, the paid cases, the read issues.</summary>
    private sealed class Block
    {
        public StringBuilder Lines { get; } = new(256 * 1024);

        public List<PayColumns.Row> Rows { get; } = new();

        public List<(PaymentCase Case, CasePayment Payment)> Paid { get; } = new();

        public List<Issue> Issues { get; } = new();

        public int Count { get; set; }

        public void Clear()
        {
            Lines.Clear();
            Rows.Clear();
            Paid.Clear();
            Issues.Clear();
            Count = 0;
        }
    }

    /// <summary>Makes a row's CSV line (or keeps the row for the JSON writer); runs on the paying threads.</summary>
    private sealed class RowWriter
    {
        private readonly ImmutableArray<ResultColumn<PayColumns.Row>> _columns;
        private readonly DrgPaymentEngine _engine;
        private readonly bool _json;
        private readonly bool _excel;
        private readonly string _newLine;

        public RowWriter(ImmutableArray<ResultColumn<PayColumns.Row>> columns, DrgPaymentEngine engine, bool json, bool excel, string newLine)
        {
            _columns = columns;
            _engine = engine;
            _json = json;
            _excel = excel;
            _newLine = newLine;
        }

        public void Handle(Block block, PaymentCaseRecord record, CasePayment? payment)
        {
            var row = new PayColumns.Row(record, payment, _engine);
            block.Count++;
            block.Issues.AddRange(record.Issues);
            if (record.Case is { } c) block.Paid.Add((c, payment!.Value));
            if (_json)
            {
                block.Rows.Add(row);
                return;
            }

            StreamedTable.AppendLine(block.Lines, _columns, row, _excel, _newLine);
        }
    }

    /// <summary>Writes the result file block by block.</summary>
    private abstract class ResultWriter
    {
        public abstract void Write(Block block);

        public abstract void End();
    }

    /// <summary>The CSV result: the header line, then the blocks' lines.</summary>
    private sealed class CsvWriter : ResultWriter
    {
        private readonly TextWriter _writer;

        public CsvWriter(TextWriter writer, IReadOnlyList<ResultColumn<PayColumns.Row>> columns, string newLine)
        {
            _writer = writer;
            _writer.Write(StreamedTable.Header(columns, newLine));
        }

        public override void Write(Block block) => _writer.Write(block.Lines);

        public override void End()
        {
        }
    }

    /// <summary>
    /// The JSON result: <c>{ pack: {id, version, hash}, issues, cases }</c> as <c>medpay dip</c> lays it out, each case an object with the
    /// chosen columns as snake_case keys (the CSV column names), amounts as JSON numbers (null where the CSV cell is empty),
    /// <c>special_review</c> as true or false. The file's issues are known before the first case (they are the header's), so the cases
    /// are written as they come: one JSON writer over the whole text, its bytes handed to the file after every block.
    /// </summary>
    private sealed class JsonWriter : ResultWriter
    {
        private readonly TextWriter _writer;
        private readonly IReadOnlyList<ResultColumn<PayColumns.Row>> _columns;
        private readonly MemoryStream _buffer = new();
        private readonly Utf8JsonWriter _json;

        public JsonWriter(TextWriter writer, IReadOnlyList<ResultColumn<PayColumns.Row>> columns, RulePacks.RulePackIdentity pack, ImmutableArray<Issue> fileIssues)
        {
            _writer = writer;
            _columns = columns;
            _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.WriteStartObject();
            pack.WriteJson(_json, "pack");
            _json.WriteStartArray("issues");
            foreach (var issue in fileIssues)
            {
                _json.WriteStartObject();
                _json.WriteString("code", issue.Code);
                _json.WriteString("zh", issue.Message.Zh);
                _json.WriteString("en", issue.Message.En);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteStartArray("cases");
        }

        public override void Write(Block block)
        {
            foreach (var row in block.Rows)
            {
                _json.WriteStartObject();
                foreach (var column in _columns) column.Write(_json, row, emptyTextIsNull: false);
                _json.WriteEndObject();
            }

            Flush();
        }

        public override void End()
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            Flush();
            _json.Dispose();
        }

        private void Flush()
        {
            _json.Flush();
            _writer.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }
    }

    private static object LineView(HospitalYearLine line) => new
    {
        id = line.Key, name = line.Key, payment = line.DrgPaymentTotal, fee_for_item = line.FeeForItemTotal, cases = line.Cases, fund_share = line.FundShareTotal, balance = line.Balance,
    };

    /// <summary>
    /// One hospital's year in the hospital JSON layout <c>medpay retention</c> reads (docs/retention.md §6: <c>hospital</c>, <c>departments</c>,
    /// <c>groups</c> with <c>payment</c> = the DRG payment and <c>fee_for_item</c>), plus what the payment run adds (cases, fund share, balance,
    /// special review, issues) and the payment pack; keys in snake_case.
    /// </summary>
    private static object YearView(HospitalYearResult h, RulePacks.RulePackIdentity pack) => new
    {
        hospital = new { id = h.Hospital, name = h.Hospital, payment = h.DrgPaymentTotal, fee_for_item = h.FeeForItemTotal },
        departments = h.ByDepartment.Select(LineView), groups = h.ByDrg.Select(LineView),
        cases = h.Cases, invalid_cases = h.InvalidCases, fund_share_total = h.FundShareTotal, balance = h.Balance, result = BalanceWord(h.Balance),
        special_review_cases = h.SpecialReviewCases, special_review_cap = h.SpecialReviewCap,
        issues = h.Issues.Select(i => new { code = i.Code, zh = i.Message.Zh, en = i.Message.En }),
        pack = new { id = pack.Id, version = pack.Version, hash = pack.ContentHash },
    };

    private static string BalanceWord(decimal balance) => balance > 0 ? "surplus" : balance < 0 ? "overspend" : "balanced";

    private static void Summarize(long records, long paid, long[] statuses, IEnumerable<HospitalYearResult> hospitals, PaymentParameters parameters)
    {
        var counts = Enumerable.Range(0, statuses.Length).Where(i => statuses[i] > 0).Select(i => (Name: PayColumns.Snake(((PaymentStatus)i).ToString()), Count: statuses[i]))
            .OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => $"{s.Name} {s.Count:N0}");
        var unread = records - paid;
        Console2.Info($"{records:N0} cases paid with {parameters.Identity}: {string.Join(", ", counts)}{(unread > 0 ? $", unreadable {unread:N0}" : string.Empty)}");
        foreach (var hospital in hospitals)
        {
            Console2.Info($"  {hospital.Hospital}: {hospital.Cases:N0} cases, DRG payment {hospital.DrgPaymentTotal:N2}, fee-for-item {hospital.FeeForItemTotal:N2}, " +
                $"{(hospital.IsSurplus ? "surplus 结余" : hospital.IsOverspend ? "overspend 超支" : "balanced 持平")} {Math.Abs(hospital.Balance):N2}, fund {hospital.FundShareTotal:N2}");
            Console2.Issues(hospital.Issues);
        }
    }
}
