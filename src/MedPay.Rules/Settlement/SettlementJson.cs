using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedPay.Rules.Settlement;

/// <summary>Reads and writes settlement lists in the national upload layout (<c>setlinfo</c>, <c>diseinfo</c>,
/// <c>oprninfo</c>, <c>icuinfo</c>, <c>iteminfo</c>, <c>payinfo</c>, <c>opspdiseinfo</c>, <c>bldinfo</c>).</summary>
/// <remarks>Reading is tolerant of what HIS vendors send: a single list, an array of lists or JSON lines; an
/// <c>input</c> wrapper; keys in any case; the regional and 4103 aliases of field codes; numbers as numbers or
/// strings; a node sent as one object instead of an array; <c>setlinfo</c> fields at the top level. It never
/// throws on bad input: problems come back as issues.</remarks>
public static class SettlementJson
{
    /// <summary>The 4103 query splits each d/h/m duration into three integers (S03); they are read back into the duration.</summary>
    private static readonly Dictionary<string, (SettlementField Field, int Part)> SplitDurations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VENT_USED_DAYS"] = (SetlinfoFields.VentUsedDura, 0), ["VENT_USED_H_CNT"] = (SetlinfoFields.VentUsedDura, 1), ["VENT_USED_M_CNT"] = (SetlinfoFields.VentUsedDura, 2),
        ["BFADM_COMA_DAYS"] = (SetlinfoFields.PwcryBfadmComaDura, 0), ["BFADM_COMA_H_CNT"] = (SetlinfoFields.PwcryBfadmComaDura, 1), ["BFADM_COMA_M_CNT"] = (SetlinfoFields.PwcryBfadmComaDura, 2),
        ["AFADM_COMA_DAYS"] = (SetlinfoFields.PwcryAfadmComaDura, 0), ["AFADM_COMA_H_CNT"] = (SetlinfoFields.PwcryAfadmComaDura, 1), ["AFADM_COMA_M_CNT"] = (SetlinfoFields.PwcryAfadmComaDura, 2),
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads one list, an array of lists, or JSON lines (one list per line).</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The name used in issue locations.</param>
    /// <returns>The lists and the problems met.</returns>
    /// <remarks>The same reader as <see cref="ReadStream"/>, over the whole text.</remarks>
    public static SettlementReadResult Read(string? json, string file = "input")
    {
        using var reader = new StringReader(json ?? string.Empty);
        return SettlementReadResult.FromItems(ReadItems(reader, file));
    }

    /// <summary>
    /// Reads one list, an array of lists, or JSON lines from a reader, one list at a time: the lists of JSON lines and the elements
    /// of an array are read as the text comes, so memory is bounded by the largest list, not by the input (a single list that is
    /// not an array nor JSON lines is one document and is read whole). Collected in order, the items are what <see cref="Read"/>
    /// returns for the same text — with one rule of the whole-document parser kept: a JSON array whose text is not valid JSON
    /// further on is one unreadable document, reported by a last item that voids the items before it
    /// (<see cref="SettlementReadItem.VoidsEarlierItems"/>).
    /// </summary>
    /// <param name="reader">The text (e.g. from <see cref="TextInput.Open"/>); read to its end as the items are enumerated, not disposed.</param>
    /// <param name="file">The name used in issue locations.</param>
    /// <returns>The items, in input order; enumerate them once.</returns>
    /// <exception cref="InputEncodingException">Thrown while enumerating when a reader from <see cref="TextInput.Open"/> meets bytes not valid in its encoding.</exception>
    public static IEnumerable<SettlementReadItem> ReadStream(TextReader reader, string file = "input")
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        return ReadItems(reader, file ?? "input");
    }

    private static readonly char[] Leading = { '\uFEFF', ' ', '\t', '\r', '\n' };

    private static IEnumerable<SettlementReadItem> ReadItems(TextReader text, string file)
    {
        // The layout is decided as the whole-text reader decided it: an array when the text (after a byte-order mark and blanks)
        // starts with '['; JSON lines when its first line is a complete object and a line follows; else one document.
        var source = new SettlementTextSource(text);
        var skipped = source.SkipAll(Leading);
        if (source.Peek() == '[')
        {
            foreach (var item in ReadArray(source, file)) yield return item;
            yield break;
        }

        var first = source.ReadPiece(out var ended) ?? string.Empty;
        if (!ended || !LooksLikeJsonLine(first))
        {
            var document = ended ? first + "\n" + source.ReadToEnd() : first;
            foreach (var item in ReadDocument(document, file, 0)) yield return item;
            yield break;
        }

        // JSON lines: the skipped blanks are lines too (numbered, and read as the whole-text split reads them).
        var line = 0;
        foreach (var piece in (skipped + first).Split('\n'))
        {
            line++;
            if (piece.Trim().Length == 0) continue;
            foreach (var item in ReadDocument(piece, file, line)) yield return item;
        }

        while (source.ReadPiece(out _) is { } piece)
        {
            line++;
            if (piece.Trim().Length == 0) continue;
            foreach (var item in ReadDocument(piece, file, line)) yield return item;
        }
    }

    private static IEnumerable<SettlementReadItem> ReadArray(TextReader text, string file)
    {
        var scanner = new SettlementJsonArrayScanner(text, ReaderOptions);
        var index = 0;
        while (true)
        {
            SettlementReadItem item;
            try
            {
                if (!scanner.Next(out var element)) yield break;
                item = ReadElement(element, new SourceLocation(file, index + 1, 0, "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
            }
            catch (JsonException e)
            {
                item = SettlementReadItem.Unreadable(InvalidJson(e, file, 0), voidsEarlier: true);
            }
            catch (ArgumentException)
            {
                item = SettlementReadItem.Unreadable(SettlementReadIssues.JsonInvalid.Create(null, null, new SourceLocation(file, 0), LoneSurrogate), voidsEarlier: true);
            }

            yield return item;
            if (item.VoidsEarlierItems) yield break;
            index++;
        }
    }

    /// <summary>One element of an array (valid JSON: the scanner has checked it) as a list or an unreadable item.</summary>
    private static SettlementReadItem ReadElement(ReadOnlyMemory<byte> element, SourceLocation location)
    {
        using var document = JsonDocument.Parse(element, Options);
        return ReadItem(document.RootElement, location);
    }

    private static SettlementReadItem ReadItem(JsonElement element, SourceLocation location)
    {
        var issues = new List<Issue>();
        var list = ReadList(element, issues, location);
        return list is null ? SettlementReadItem.Unreadable(issues.ToImmutableArray()) : SettlementReadItem.Read(list, issues.ToImmutableArray());
    }

    /// <summary>Reads one list from a parsed JSON element.</summary>
    /// <param name="element">A list object (or an <c>input</c> wrapper around one).</param>
    /// <param name="issues">Receives problems met.</param>
    /// <param name="location">Where the element came from.</param>
    /// <returns>The list, or <see langword="null"/> when the element is not an object.</returns>
    /// <remarks>A string that holds a lone UTF-16 surrogate escape (<c>"\ud800"</c>: valid JSON, but no text) is reported as invalid
    /// JSON (<c>SETTLEMENT_JSON_INVALID</c>) and gives no list.</remarks>
    public static SettlementList? ReadList(JsonElement element, ICollection<Issue> issues, SourceLocation? location = null)
    {
        if (issues is null) throw new ArgumentNullException(nameof(issues));
        try
        {
            return ReadListUnchecked(element, issues, location);
        }
        catch (InvalidOperationException)
        {
            issues.Add(SettlementReadIssues.JsonInvalid.Create(null, null, location, LoneSurrogate));
            return null;
        }
    }

    private static SettlementList? ReadListUnchecked(JsonElement element, ICollection<Issue> issues, SourceLocation? location)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(SettlementReadIssues.NotAList.Create(null, Shorten(element), location));
            return null;
        }

        if (TryGetWrapped(element, out var inner)) element = inner;
        var setl = new List<KeyValuePair<SettlementField, string?>>();
        var parts = new Dictionary<SettlementField, string?[]>();
        var rows = new List<SettlementRecord>?[SettlementLayout.Nodes.Length];
        foreach (var property in element.EnumerateObject())
        {
            if (SettlementLayout.TryFindNode(property.Name, out var node))
            {
                if (node == SettlementNode.Setlinfo)
                {
                    if (property.Value.ValueKind == JsonValueKind.Object) ReadFields(SettlementNode.Setlinfo, property.Value, "setlinfo.", setl, issues, location, parts);
                    else if (property.Value.ValueKind != JsonValueKind.Null) issues.Add(SettlementReadIssues.NodeNotRows.Create("setlinfo", Shorten(property.Value), location, "setlinfo"));
                    continue;
                }

                var list = rows[(int)node] ??= new List<SettlementRecord>();
                ReadRows(node, property.Value, list, issues, location);
                continue;
            }

            var field = SettlementLayout.Find(SettlementNode.Setlinfo, property.Name);
            if (field is null)
            {
                if (!AddDurationPart(property, parts)) issues.Add(SettlementReadIssues.UnknownField.Create(property.Name, null, location, property.Name));
                continue;
            }

            AddValue(field, property.Value, "setlinfo.", setl, issues, location);
        }

        foreach (var pair in parts)
        {
            if (setl.Any(p => p.Key == pair.Key && p.Value is not null)) continue;
            setl.Add(new KeyValuePair<SettlementField, string?>(pair.Key, string.Join("/", pair.Value.Select(v => v ?? "0"))));
        }

        var result = SettlementList.Empty.WithSetlinfo(SettlementRecord.Create(SettlementNode.Setlinfo, setl));
        for (var n = 1; n < rows.Length; n++)
        {
            if (rows[n] is { } list) result = result.WithRows((SettlementNode)n, list);
        }

        return result;
    }

    /// <summary>Writes one list in the national upload layout (lower-case keys; only filled fields; numbers as JSON numbers).</summary>
    /// <param name="list">The list.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SettlementList list, bool indented = false)
    {
        if (list is null) throw new ArgumentNullException(nameof(list));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteList(writer, list);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes lists as JSON lines (one list per line).</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The text, each line ending in <c>\n</c>.</returns>
    public static string WriteLines(IEnumerable<SettlementList> lists)
    {
        if (lists is null) throw new ArgumentNullException(nameof(lists));
        var text = new StringBuilder();
        foreach (var list in lists) text.Append(Write(list)).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes one list to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="list">The list.</param>
    public static void WriteList(Utf8JsonWriter writer, SettlementList list)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (list is null) throw new ArgumentNullException(nameof(list));
        writer.WriteStartObject();
        writer.WritePropertyName("setlinfo");
        WriteRecord(writer, list.Setlinfo);
        foreach (var node in SettlementLayout.Nodes)
        {
            if (node == SettlementNode.Setlinfo) continue;
            var rows = list.Rows(node);
            if (rows.IsEmpty && node == SettlementNode.Bldinfo) continue;
            writer.WriteStartArray(SettlementLayout.NodeName(node));
            foreach (var row in rows) WriteRecord(writer, row);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter writer, SettlementRecord record)
    {
        writer.WriteStartObject();
        foreach (var pair in record.Filled())
        {
            var field = pair.Key;
            if (field.Kind is SettlementFieldKind.Decimal or SettlementFieldKind.Integer && record.State(field) == SettlementValueState.Valid
                && decimal.TryParse(pair.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                && number.ToString(CultureInfo.InvariantCulture) == pair.Value)
            {
                writer.WriteNumber(field.JsonName, number);
            }
            else
            {
                writer.WriteString(field.JsonName, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads one document (the whole text, or one JSON line): a list, the elements of an array, or one unreadable item.</summary>
    private static IEnumerable<SettlementReadItem> ReadDocument(string text, string file, int line)
    {
        var location = new SourceLocation(file, line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            return new[] { SettlementReadItem.Unreadable(InvalidJson(e, file, line)) };
        }
        catch (ArgumentException)
        {
            // The text itself holds a lone surrogate (a string built in code, not decoded from a file): it cannot be transcoded to UTF-8.
            return new[] { SettlementReadItem.Unreadable(SettlementReadIssues.JsonInvalid.Create(null, null, location, LoneSurrogate)) };
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array) return new[] { ReadItem(document.RootElement, location) };
            var items = new List<SettlementReadItem>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                items.Add(ReadItem(element, line > 0 ? location : new SourceLocation(file, index + 1, 0, "[" + index.ToString(CultureInfo.InvariantCulture) + "]")));
                index++;
            }

            return items;
        }
    }

    private static Issue InvalidJson(JsonException e, string file, int line)
    {
        var where = e.LineNumber is { } l ? new SourceLocation(file, line > 0 ? line : (int)l + 1, (int)(e.BytePositionInLine ?? 0) + 1) : new SourceLocation(file, line);
        return SettlementReadIssues.JsonInvalid.Create(null, null, where, e.Message);
    }

    /// <summary>The reason given for a string with a lone surrogate escape.</summary>
    internal static readonly LocalizedText LoneSurrogate = new("字符串含有不成对的 UTF-16 代理项转义（\\ud800–\\udfff），不是有效文本",
        "a string holds a lone UTF-16 surrogate escape (\\ud800–\\udfff without its pair), which is not text");

    private static void ReadRows(SettlementNode node, JsonElement value, List<SettlementRecord> rows, ICollection<Issue> issues, SourceLocation? location)
    {
        var name = SettlementLayout.NodeName(node);
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.Object:
                rows.Add(ReadRow(node, value, name + "[" + rows.Count.ToString(CultureInfo.InvariantCulture) + "].", issues, location));
                return;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) rows.Add(ReadRow(node, item, name + "[" + rows.Count.ToString(CultureInfo.InvariantCulture) + "].", issues, location));
                    else issues.Add(SettlementReadIssues.NodeNotRows.Create(name, Shorten(item), location, name));
                }

                return;
            default:
                issues.Add(SettlementReadIssues.NodeNotRows.Create(name, Shorten(value), location, name));
                return;
        }
    }

    private static SettlementRecord ReadRow(SettlementNode node, JsonElement element, string prefix, ICollection<Issue> issues, SourceLocation? location)
    {
        var values = new List<KeyValuePair<SettlementField, string?>>();
        ReadFields(node, element, prefix, values, issues, location);
        return SettlementRecord.Create(node, values);
    }

    private static void ReadFields(SettlementNode node, JsonElement element, string prefix, List<KeyValuePair<SettlementField, string?>> values, ICollection<Issue> issues,
        SourceLocation? location, Dictionary<SettlementField, string?[]>? parts = null)
    {
        foreach (var property in element.EnumerateObject())
        {
            var field = SettlementLayout.Find(node, property.Name);
            if (field is null)
            {
                if (parts is not null && AddDurationPart(property, parts)) continue;
                issues.Add(SettlementReadIssues.UnknownField.Create(prefix + property.Name, null, location, prefix + property.Name));
                continue;
            }

            AddValue(field, property.Value, prefix, values, issues, location);
        }
    }

    private static void AddValue(SettlementField field, JsonElement value, string prefix, List<KeyValuePair<SettlementField, string?>> values, ICollection<Issue> issues, SourceLocation? location)
    {
        string? text;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                break;
            case JsonValueKind.Number:
                text = value.GetRawText();
                break;
            case JsonValueKind.True:
                text = "1";
                break;
            case JsonValueKind.False:
                text = "0";
                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                text = null;
                break;
            default:
                issues.Add(SettlementReadIssues.ValueNotScalar.Create(prefix + field.JsonName, Shorten(value), location, prefix + field.JsonName));
                return;
        }

        // An exact code wins over an alias sent in the same object.
        var existing = values.FindIndex(p => p.Key == field);
        if (existing >= 0)
        {
            if (text is null) return;
            values[existing] = new KeyValuePair<SettlementField, string?>(field, values[existing].Value ?? text);
            return;
        }

        values.Add(new KeyValuePair<SettlementField, string?>(field, text));
    }

    private static bool AddDurationPart(JsonProperty property, Dictionary<SettlementField, string?[]> parts)
    {
        if (!SplitDurations.TryGetValue(property.Name, out var target)) return false;
        var text = property.Value.ValueKind switch
        {
            JsonValueKind.Number => property.Value.GetRawText(),
            JsonValueKind.String => property.Value.GetString()?.Trim(),
            _ => null,
        };
        if (!parts.TryGetValue(target.Field, out var values)) parts[target.Field] = values = new string?[3];
        values[target.Part] = string.IsNullOrEmpty(text) ? null : text;
        return true;
    }

    private static bool TryGetWrapped(JsonElement element, out JsonElement inner)
    {
        inner = default;
        var count = 0;
        foreach (var property in element.EnumerateObject())
        {
            count++;
            if (string.Equals(property.Name, "input", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Object) inner = property.Value;
        }

        return count == 1 && inner.ValueKind == JsonValueKind.Object;
    }

    private static bool LooksLikeJsonLine(string firstLine)
    {
        var first = firstLine.Trim();
        return first.StartsWith("{", StringComparison.Ordinal) && first.EndsWith("}", StringComparison.Ordinal) && IsComplete(first);
    }

    private static bool IsComplete(string line)
    {
        try
        {
            using var _ = JsonDocument.Parse(line, Options);
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return false;
        }
    }

    private static string Shorten(JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.Undefined ? string.Empty : value.GetRawText();
        return raw.Length <= 60 ? raw : raw.Substring(0, 57) + "...";
    }
}
