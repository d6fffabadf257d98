using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedPay.Rules.Settlement;
using MedPay.Rules.Tests.Support;
using static MedPay.Rules.Tests.Settlement.SettlementSamples;

namespace MedPay.Rules.Tests.Settlement;

/// <summary>
/// The streaming readers and the streamed validation (issue 17, item 1): <see cref="SettlementJson.ReadStream"/> and
/// <see cref="SettlementCsv.ReadStream"/> give, item for item, what the whole-text readers give — whatever size the pieces of text
/// come in — and <see cref="SettlementValidator.ValidateStream(IEnumerable{SettlementReadItem}, bool, ICollection{Issue}, int)"/>
/// gives the report of <see cref="SettlementValidator.ValidateAll(SettlementReadResult, bool)"/>, byte for byte once rendered,
/// without keeping the lists.
/// </summary>
public sealed class SettlementStreamingTests
{
    private static readonly string[] JsonElements =
    {
        SettlementJson.Write(Clean()),
        SettlementJson.Write(Clean().Set("SETL_ID", "S2").Set("BILL_NO", null)),
        SettlementJson.Write(Clean().Set("SETL_ID", "S3").Set("PSN_NAME", "张\"三\\n")),
        "{\"setlinfo\":{\"setl_id\":\"S4\",\"psn_no\":\"P1\"},\"vendor_memo\":1,\"diseinfo\":{\"diag_code\":\"I21.000\",\"maindiag_flag\":\"1\"}}",
        "{\"input\":{\"SETLINFO\":{\"MDTRT_ID\":\"M5\",\"ACT_IPT_DAYS\":7}}}",
        "{\"setlinfo\":{\"psn_name\":\"\\ud800\"}}", // valid JSON, but a lone surrogate: unreadable
        "42", "\"text\"", "null", "[]", "{}", "[{\"setlinfo\":{\"setl_id\":\"A1\"}},7]",
        "{ \"setlinfo\": ", "{\"a\":tru}", "{\"setlinfo\":{\"setl_id\":\"C1\"} /* note */ }",
    };

    private static readonly string[] Separators = { "\n", "\r\n", "\n\n", "\n \t\n", "\r\n\r\n" };

    private static readonly string[] Prefixes = { string.Empty, "\uFEFF", "\n\n", " \t\r\n", "\uFEFF\n", "// lead\n" };

    /// <summary>Messy JSON: JSON lines, arrays (broken or not, trailing commas, text after the bracket), one document, pretty-printed.</summary>
    private static Gen<string> MessyJson()
    {
        var element = Gen.Elements(JsonElements);
        var lines = Gen.Zip(Gen.ListOf(element), Gen.Elements(Separators)).SelectMany(a => Gen.Zip(Gen.Elements(Prefixes), Gen.Elements(string.Empty, "\n", "\r\n", "  "))
            .Select(b => b.Item1 + string.Join(a.Item2, a.Item1) + b.Item2));
        var array = Gen.Zip(Gen.ListOf(element), Gen.Elements(",", ", ", ",\n", ",\r\n  ")).SelectMany(a => Gen.Zip(Gen.Elements(Prefixes),
                Gen.Elements("]", ",]", "]\n", "] x", "]\n[1]", "", "] // tail\n", "]]"))
            .Select(b => b.Item1 + "[" + string.Join(a.Item2, a.Item1) + b.Item2));
        var pretty = element.Select(e => e.Replace(",", ",\n  ").Replace("{", "{\n"));
        return Gen.OneOf(lines, lines, array, array, pretty, element);
    }

    /// <summary>Messy CSV: quoted fields with commas, quotes and line breaks, CRLF, a byte-order mark, broken quoting, short and long rows, unknown and repeated columns.</summary>
    private static Gen<string> MessySettlementCsv()
    {
        var header = Gen.Elements(
            "setl_id,psn_name,adm_time,diseinfo[0].diag_code,diseinfo[0].maindiag_flag",
            "setl_id,psn_name,vendor,SETL_ID,diseinfo[1].diag_code",
            "\"setl_id\",psn_name,\"adm\"x_time",
            "mdtrt_id , psn_no,diseinfo[0].diag_code,oprninfo[0].oprn_oprt_code,bogus[0].x");
        var cell = Gen.Elements("S1", "", " padded ", "\"q,uoted\"", "\"a \"\"b\"\"\"", "\"line\r\nbreak\"", "\"open", "\"x\"y", "张三", "I21.000", "1", "2024-03-01 08:30:00");
        var row = Gen.ListOf(cell).Select(c => string.Join(",", c));
        var head = Gen.Zip(Gen.Elements(string.Empty, "\uFEFF"), header).Select(h => h.Item1 + h.Item2);
        return Gen.Zip(head, Gen.ListOf(row)).SelectMany(a => Gen.Zip(Gen.Elements("\n", "\r\n", "\r"), Gen.Elements(string.Empty, "\n", "\n\n"))
            .Select(b => a.Item1 + b.Item1 + string.Join(b.Item1, a.Item2) + b.Item2));
    }

    [Property(MaxTest = 400)]
    public Property Json_read_stream_equals_the_whole_text_reader_item_for_item_in_pieces_of_any_size() =>
        Prop.ForAll(Arb.From(MessyJson()), Arb.From(Gen.Choose(1, 9)), (json, piece) =>
        {
            var whole = SettlementJson.Read(json, "f.jsonl");
            var streamed = SettlementJson.ReadStream(new PieceReader(json, piece), "f.jsonl").ToList();
            AssertSame(whole, streamed);
        });

    [Property(MaxTest = 400)]
    public Property Csv_read_stream_equals_the_whole_text_reader_item_for_item_in_pieces_of_any_size() =>
        Prop.ForAll(Arb.From(MessySettlementCsv()), Arb.From(Gen.Choose(1, 9)), (csv, piece) =>
        {
            var whole = SettlementCsv.Read(csv, "f.csv");
            var streamed = SettlementCsv.ReadStream(new PieceReader(csv, piece), "f.csv").ToList();
            AssertSame(whole, streamed);
        });

    [Fact]
    public void Json_lines_stream_a_list_per_line_and_a_broken_line_is_one_unreadable_item()
    {
        // Line 1 a list, line 2 blank (skipped), line 3 not JSON, line 4 a list with an unknown key (a warning), CRLF line ends.
        var text = SettlementJson.Write(Clean()) + "\r\n\r\n{ not json\r\n" + "{\"setlinfo\":{\"setl_id\":\"S9\"},\"memo\":1}\r\n";
        var items = SettlementJson.ReadStream(new PieceReader(text, 3), "l.jsonl").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("ST20240308001", items[0].List![SetlinfoFields.SetlId]);
        Assert.True(items[1].IsUnreadable);
        var error = Assert.Single(items[1].Issues);
        Assert.Equal("SETTLEMENT_JSON_INVALID", error.Code);
        Assert.Equal(3, error.Location!.Row); // the third line of the file
        Assert.Equal("S9", items[2].List![SetlinfoFields.SetlId]);
        Assert.Equal("memo", Assert.Single(items[2].Issues).Field);
        Assert.DoesNotContain(items, i => i.VoidsEarlierItems);
    }

    [Fact]
    public void A_json_array_broken_after_two_lists_is_one_unreadable_document_as_the_whole_text_parser_reads_it()
    {
        // "[" + list + "," + list + ",\n{ oops" — the lists before the break are yielded as they are read, then an item that voids
        // them: the whole-text reader has always reported such a file as one document that is not JSON (no list, 1 unreadable).
        var text = "[" + SettlementJson.Write(Clean()) + "," + SettlementJson.Write(Clean().Set("SETL_ID", "S2")) + ",\n{ oops";
        var items = SettlementJson.ReadStream(new PieceReader(text, 5), "a.json").ToList();
        Assert.Equal(3, items.Count);
        Assert.NotNull(items[0].List);
        Assert.NotNull(items[1].List);
        Assert.True(items[2].VoidsEarlierItems && items[2].IsUnreadable);
        var error = Assert.Single(items[2].Issues);
        Assert.Equal(2, error.Location!.Row); // the error is on line 2, "{ oops": 'o' (byte 2 of the line, column 3) cannot start a property name
        Assert.Equal(3, error.Location!.Column);
        var whole = SettlementJson.Read(text, "a.json");
        Assert.Empty(whole.Lists);
        Assert.Equal(1, whole.Unreadable);
        Assert.Equal(Describe(error), Describe(Assert.Single(whole.Issues)));

        var report = Validator.ValidateStream(items, readIssues: new List<Issue>());
        Assert.Empty(report.Lists);
        Assert.Equal(1, report.UnreadableLists);
    }

    [Fact]
    public void Csv_stream_gives_header_problems_first_a_list_per_record_and_unknown_columns_last()
    {
        // A byte-order mark, CRLF, psn_name twice (a warning; the header's problem), vendor unknown (a note, after the records).
        var csv = "\uFEFFsetl_id,vendor,psn_name,psn_name\r\nS1,x,a,b\r\n\"S2\"z,x,a,b\r\n";
        var items = SettlementCsv.ReadStream(new PieceReader(csv, 2), "l.csv").ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("CSV_DUPLICATE_COLUMN", Assert.Single(items[0].Issues).Code);
        Assert.Equal("S1", items[1].List![SetlinfoFields.SetlId]);
        Assert.Equal("S2", items[2].List![SetlinfoFields.SetlId]); // text after the closing quote: the record is kept, with its issue
        Assert.Equal("CSV_TEXT_AFTER_QUOTE", Assert.Single(items[2].Issues).Code);
        Assert.Equal(3, items[2].Issues[0].Location!.Row);
        Assert.Equal(("SETTLEMENT_CSV_UNKNOWN_COLUMN", "vendor"), (Assert.Single(items[3].Issues).Code, items[3].Issues[0].Field));
        Assert.All(items, i => Assert.False(i.IsUnreadable));
    }

    private static Gen<SettlementList> Lists()
    {
        // Lists around the clean sample: a few people (so split stays and transfers meet), repeated settlement ids (AU-03), broken values.
        var edits = new (string Code, string?[] Values)[]
        {
            ("SETL_ID", new string?[] { "S1", "S2", "S3", null }), ("MDTRT_ID", new string?[] { "M1", "M2", null }), ("PSN_NO", new string?[] { "P1", "P2" }),
            ("ADM_TIME", new string?[] { "2024-03-01 08:30:00", "2024-03-09 08:00:00", "2024-03-20 08:00:00", "bad" }),
            ("DSCG_TIME", new string?[] { "2024-03-08 10:00:00", "2024-03-15 10:00:00", null }), ("DSCG_WAY", new string?[] { "1", "2", "3" }),
            ("ADM_WAY", new string?[] { "2", "3" }), ("FIXMEDINS_CODE", new string?[] { "H37010000001", "H37010000002" }),
            ("ACT_IPT_DAYS", new string?[] { "7", "99", "x" }), ("BILL_NO", new string?[] { null, "B1" }), ("GEND", new string?[] { "1", "2", "9" }),
        };
        var edit = Gen.Elements(edits).SelectMany(e => Gen.Elements(e.Values).Select(v => (e.Code, v)));
        return Gen.ListOf(edit).Select(list => list.Aggregate(Clean(), (l, e) => l.Set(e.Code, e.v)));
    }

    [Property(MaxTest = 150)]
    public Property Validate_stream_renders_the_report_of_validate_all_byte_for_byte_with_any_thread_count() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Lists())), Arb.From(Gen.Choose(0, 2)), Arb.From(Gen.Choose(1, 3)), (lists, unreadable, threads) =>
        {
            var items = lists.Select(l => SettlementReadItem.FromList(l)).ToList();
            for (var u = 0; u < unreadable; u++) items.Insert(items.Count / 2, SettlementJson.ReadStream(new StringReader("\n{ x\n{}\n")).First(i => i.IsUnreadable));
            var read = SettlementReadResult.FromItems(items);
            foreach (var audit in new[] { true, false })
            {
                var all = Validator.ValidateAll(read, audit);
                var issues = new List<Issue>();
                var streamed = Validator.ValidateStream(items, audit, issues, threads);
                Assert.Empty(streamed.Reports);
                Assert.Equal(read.Issues.Select(Describe), issues.Select(Describe));
                Assert.Equal(SettlementReportWriter.ToText(all), SettlementReportWriter.ToText(streamed));
                Assert.Equal(SettlementReportWriter.ToJson(all), SettlementReportWriter.ToJson(streamed));
                Assert.Equal(SettlementReportWriter.ToCsv(all), SettlementReportWriter.ToCsv(streamed));
                Assert.Equal((all.RejectedLists, all.HasRejections, all.UnreadableLists), (streamed.RejectedLists, streamed.HasRejections, streamed.UnreadableLists));
            }
        });

    [Fact]
    public void Validate_stream_keeps_no_list()
    {
        var alive = new List<WeakReference>();
        var report = ValidateWhileWatching(alive, threads: 2);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(2_000, report.Lists.Length);
        Assert.Empty(report.Reports);
        Assert.Equal(0, alive.Count(w => w.IsAlive));
        Assert.Contains(report.Audits, a => a.RuleId == "AU-03"); // every list has the same SETL_ID: the audits ran on the entries
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static SettlementBatchReport ValidateWhileWatching(List<WeakReference> alive, int threads)
    {
        IEnumerable<SettlementList> Lists()
        {
            for (var i = 0; i < 2_000; i++)
            {
                var list = Clean().Set("MDTRT_ID", "M" + i);
                alive.Add(new WeakReference(list));
                yield return list;
            }
        }

        return Validator.ValidateStream(Lists(), audit: true, threads);
    }

    [Fact]
    public void The_writers_write_to_a_text_writer_what_they_return_as_text()
    {
        var lists = Enumerable.Range(0, 3_000).Select(i => Clean().Set("SETL_ID", "S" + (i % 2_500)).Set("ACT_IPT_DAYS", i % 7 == 0 ? "99" : "7")).ToList();
        var report = Validator.ValidateAll(lists);
        var text = new StringWriter();
        SettlementReportWriter.WriteText(report, text);
        Assert.Equal(SettlementReportWriter.ToText(report), text.ToString());
        var json = new StringWriter();
        SettlementReportWriter.WriteJson(report, json, indented: false);
        Assert.Equal(SettlementReportWriter.ToJson(report, indented: false), json.ToString());
        Assert.StartsWith("list 0 S0: 1 finding(s), REJECTED", text.ToString(), StringComparison.Ordinal); // list 0: 99 days for a 7-day stay (DT-02)
    }

    private static void AssertSame(SettlementReadResult whole, IReadOnlyList<SettlementReadItem> streamed)
    {
        var collected = SettlementReadResult.FromItems(streamed);
        Assert.Equal(whole.Lists.Length, collected.Lists.Length);
        for (var i = 0; i < whole.Lists.Length; i++) Assert.True(whole.Lists[i].SameAs(collected.Lists[i]), "list " + i);
        Assert.Equal(whole.Issues.Select(Describe), collected.Issues.Select(Describe));
        Assert.Equal(whole.Unreadable, collected.Unreadable);
        Assert.True(streamed.Take(streamed.Count - 1).All(i => !i.VoidsEarlierItems), "only the last item may void the items before it");
    }

    /// <summary>Everything an issue says: code, severity, message, field, value, location (file, row, column, column name) and hint.</summary>
    private static string Describe(Issue issue) =>
        string.Join("|", issue.Code, issue.Severity, issue.Message.Zh, issue.Message.En, issue.Field, issue.Value, issue.Location?.File, issue.Location?.Row, issue.Location?.Column,
            issue.Location?.ColumnName, issue.Hint?.Zh, issue.Hint?.En);
}
