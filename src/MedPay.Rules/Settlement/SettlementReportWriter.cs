using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedPay.Rules.Settlement;

/// <summary>Renders batch reports as text (for people), JSON (for programs) or CSV (for spreadsheets).</summary>
public static class SettlementReportWriter
{
    /// <summary>The columns of <see cref="ToCsv"/>, in order.</summary>
    public static readonly ImmutableArray<string> CsvColumns = ImmutableArray.Create(
        "list", "setl_id", "rule", "code", "severity", "grouping", "path", "value", "message_zh", "message_en", "fix_zh", "fix_en");

    /// <summary>Text: each list's findings (with fix), the audits, then counts per rule.</summary>
    /// <param name="report">The batch report.</param>
    /// <returns>The text.</returns>
    public static string ToText(SettlementBatchReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteText(report, text);
        return text.ToString();
    }

    /// <summary>Writes the text of <see cref="ToText"/> to a writer, list by list (lines end in <c>\n</c>).</summary>
    /// <param name="report">The batch report.</param>
    /// <param name="writer">The writer; not flushed nor closed.</param>
    public static void WriteText(SettlementBatchReport report, TextWriter writer)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        var text = new StringBuilder();
        for (var i = 0; i < report.Lists.Length; i++)
        {
            var list = report.Lists[i];
            text.Append("list ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(list.Id).Append(": ");
            text.Append(list.IsClean ? "clean / 无问题" : list.Findings.Length.ToString(CultureInfo.InvariantCulture) + " finding(s)" + (list.IsRejected ? ", REJECTED / 将被拒收" : string.Empty)).Append('\n');
            foreach (var finding in list.Findings) Line(text, finding);
            Drain(text, writer, Flush);
        }

        if (!report.Audits.IsEmpty)
        {
            text.Append("cross-list audits / 跨清单审核: ").Append(report.Audits.Length.ToString(CultureInfo.InvariantCulture)).Append(" finding(s)\n");
            foreach (var finding in report.Audits)
            {
                text.Append("  list ").Append(finding.ListIndex.ToString(CultureInfo.InvariantCulture));
                Line(text, finding);
                Drain(text, writer, Flush);
            }
        }

        text.Append("summary / 汇总: ").Append(report.Lists.Length.ToString(CultureInfo.InvariantCulture)).Append(" list(s), ")
            .Append(report.RejectedLists.ToString(CultureInfo.InvariantCulture)).Append(" rejected")
            .Append(report.UnreadableLists > 0 ? " (" + report.UnreadableLists.ToString(CultureInfo.InvariantCulture) + " unreadable, not validated / 无法读取，未校验)" : string.Empty).Append('\n');
        foreach (var count in report.Summary)
        {
            text.Append("  ").Append(count.Rule.Id).Append(' ').Append(Severity(count.Rule.Severity)).Append(' ')
                .Append(count.Findings.ToString(CultureInfo.InvariantCulture)).Append(" finding(s) in ")
                .Append(count.Lists.ToString(CultureInfo.InvariantCulture)).Append(" list(s): ").Append(count.Rule.Message.En.Replace("{0}", "…")).Append('\n');
        }

        Drain(text, writer, 0);
    }

    /// <summary>
    /// JSON: <c>{ pack: {id, version, hash}, region_packs: [...], lists: [{ index, setl_id, rejected, findings: [...] }], audits: [...], summary: [...] }</c>;
    /// <c>pack</c> is the national pack, <c>region_packs</c> (only when there are any) the regional packs in the order applied.
    /// </summary>
    /// <param name="report">The batch report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(SettlementBatchReport report, bool indented = true)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteJson(report, text, indented);
        return text.ToString();
    }

    /// <summary>Writes the JSON of <see cref="ToJson"/> to a writer, list by list.</summary>
    /// <param name="report">The batch report.</param>
    /// <param name="writer">The writer; not flushed nor closed.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void WriteJson(SettlementBatchReport report, TextWriter writer, bool indented = true)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        using var stream = new MemoryStream();
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var chars = Array.Empty<char>();
        void Pass(Utf8JsonWriter json, int least)
        {
            if (json.BytesPending + stream.Length < least) return;
            json.Flush();
            var bytes = stream.GetBuffer();
            var length = (int)stream.Length;
            var need = decoder.GetCharCount(bytes, 0, length, flush: false);
            if (chars.Length < need) chars = new char[Math.Max(need, 2 * chars.Length)];
            var count = decoder.GetChars(bytes, 0, length, chars, 0, flush: false);
            writer.Write(chars, 0, count);
            stream.SetLength(0);
        }

        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (!report.Packs.IsEmpty)
            {
                report.Packs[0].WriteJson(json, "pack");
                if (report.Packs.Length > 1)
                {
                    json.WriteStartArray("region_packs");
                    foreach (var region in report.Packs.Skip(1)) region.WriteJson(json, null);
                    json.WriteEndArray();
                }
            }

            json.WriteStartArray("lists");
            for (var i = 0; i < report.Lists.Length; i++)
            {
                var list = report.Lists[i];
                json.WriteStartObject();
                json.WriteNumber("index", i);
                json.WriteString("setl_id", list.Id);
                json.WriteBoolean("rejected", list.IsRejected);
                json.WriteStartArray("findings");
                foreach (var finding in list.Findings) Finding(json, finding);
                json.WriteEndArray();
                json.WriteEndObject();
                Pass(json, Flush);
            }

            json.WriteEndArray();
            json.WriteStartArray("audits");
            foreach (var finding in report.Audits)
            {
                Finding(json, finding);
                Pass(json, Flush);
            }

            json.WriteEndArray();
            if (report.UnreadableLists > 0) json.WriteNumber("unreadable_lists", report.UnreadableLists);
            json.WriteStartArray("summary");
            foreach (var count in report.Summary)
            {
                json.WriteStartObject();
                json.WriteString("rule", count.Rule.Id);
                json.WriteString("code", count.Rule.Code);
                json.WriteString("severity", Severity(count.Rule.Severity));
                json.WriteNumber("findings", count.Findings);
                json.WriteNumber("lists", count.Lists);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            Pass(json, 0);
        }
    }

    /// <summary>CSV: one row per finding (list findings, then audits), RFC 4180 quoting.</summary>
    /// <param name="report">The batch report.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(SettlementBatchReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(report, text);
        return text.ToString();
    }

    /// <summary>Writes the CSV of <see cref="ToCsv"/> to a writer, row by row (lines end in <c>\n</c>).</summary>
    /// <param name="report">The batch report.</param>
    /// <param name="writer">The writer; not flushed nor closed.</param>
    public static void WriteCsv(SettlementBatchReport report, TextWriter writer)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        var text = new StringBuilder();
        text.Append(string.Join(",", CsvColumns)).Append('\n');
        foreach (var finding in report.AllFindings())
        {
            text.Append(string.Join(",", CsvCells(report, finding).Select(Quote))).Append('\n');
            Drain(text, writer, Flush);
        }

        Drain(text, writer, 0);
    }

    /// <summary>One finding's cells as <see cref="ToCsv"/> writes them (before quoting), in the order of <see cref="CsvColumns"/>.</summary>
    /// <param name="report">The batch report the finding belongs to (for the list's settlement id).</param>
    /// <param name="finding">The finding.</param>
    /// <returns>The cells.</returns>
    public static ImmutableArray<string> CsvCells(SettlementBatchReport report, SettlementFinding finding)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        var list = finding.ListIndex >= 0 && finding.ListIndex < report.Lists.Length ? report.Lists[finding.ListIndex] : null;
        var message = finding.MessageOnce;
        return ImmutableArray.Create(
            finding.ListIndex.ToString(CultureInfo.InvariantCulture), list is null ? string.Empty : list.Id, finding.RuleId, finding.Code,
            Severity(finding.Severity), finding.GroupingRelevant ? "Y" : "N", finding.Path, finding.Value ?? string.Empty,
            message.Zh, message.En, finding.Fix.Zh, finding.Fix.En);
    }

    /// <summary>The severity word used in reports and packs: reject, warning or info.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Severity(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "reject",
        IssueSeverity.Warning => "warning",
        _ => "info",
    };

    private static void Line(StringBuilder text, SettlementFinding finding)
    {
        text.Append("  [").Append(Severity(finding.Severity)).Append("] ").Append(finding.RuleId);
        if (finding.GroupingRelevant) text.Append(" (affects grouping / 影响分组)");
        text.Append(' ').Append(finding.Path);
        if (finding.Value is not null) text.Append(" = '").Append(finding.Value).Append('\'');
        var message = finding.MessageOnce;
        text.Append("\n      ").Append(message.Zh).Append(" / ").Append(message.En);
        text.Append("\n      fix / 建议: ").Append(finding.Fix.Zh).Append(" / ").Append(finding.Fix.En).Append('\n');
    }

    private static void Finding(Utf8JsonWriter writer, SettlementFinding finding)
    {
        writer.WriteStartObject();
        if (finding.ListIndex >= 0) writer.WriteNumber("list", finding.ListIndex);
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("code", finding.Code);
        writer.WriteString("severity", Severity(finding.Severity));
        writer.WriteBoolean("grouping", finding.GroupingRelevant);
        writer.WriteString("path", finding.Path);
        if (finding.Value is null) writer.WriteNull("value");
        else writer.WriteString("value", finding.Value);
        var message = finding.MessageOnce;
        writer.WriteString("message_zh", message.Zh);
        writer.WriteString("message_en", message.En);
        writer.WriteString("fix_zh", finding.Fix.Zh);
        writer.WriteString("fix_en", finding.Fix.En);
        writer.WriteEndObject();
    }

    /// <summary>How much text the writers gather before passing it on.</summary>
    private const int Flush = 32 * 1024;

    /// <summary>Passes the gathered text on once it holds at least <paramref name="least"/> characters.</summary>
    private static void Drain(StringBuilder text, TextWriter writer, int least)
    {
        if (text.Length < least || text.Length == 0) return;
        writer.Write(text.ToString());
        text.Clear();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
