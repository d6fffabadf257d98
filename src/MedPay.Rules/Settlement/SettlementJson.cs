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
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads one list, an array of lists, or JSON lines (one list per line).</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The name used in issue locations.</param>
    /// <returns>The lists and the problems met.</returns>
    public static SettlementReadResult Read(string? json, string file = "input")
    {
        var lists = ImmutableArray.CreateBuilder<SettlementList>();
        var issues = ImmutableArray.CreateBuilder<Issue>();
        json ??= string.Empty;
        var trimmed = json.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith("[", StringComparison.Ordinal) || !LooksLikeJsonLines(trimmed))
        {
            ReadDocument(trimmed, file, 0, lists, issues);
        }
        else
        {
            var line = 0;
            foreach (var text in json.Split('\n'))
            {
                line++;
                if (text.Trim().Length == 0) continue;
                ReadDocument(text, file, line, lists, issues);
            }
        }

        return new SettlementReadResult(lists.ToImmutable(), issues.ToImmutable());
    }

    /// <summary>Reads one list from a parsed JSON element.</summary>
    /// <param name="element">A list object (or an <c>input</c> wrapper around one).</param>
    /// <param name="issues">Receives problems met.</param>
    /// <param name="location">Where the element came from.</param>
    /// <returns>The list, or <see langword="null"/> when the element is not an object.</returns>
    public static SettlementList? ReadList(JsonElement element, ICollection<Issue> issues, SourceLocation? location = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(SettlementReadIssues.NotAList.Create(null, Shorten(element), location));
            return null;
        }

        if (TryGetWrapped(element, out var inner)) element = inner;
        var setl = new List<KeyValuePair<SettlementField, string?>>();
        var rows = new List<SettlementRecord>?[SettlementLayout.Nodes.Length];
        foreach (var property in element.EnumerateObject())
        {
            if (SettlementLayout.TryFindNode(property.Name, out var node))
            {
                if (node == SettlementNode.Setlinfo)
                {
                    if (property.Value.ValueKind == JsonValueKind.Object) ReadFields(SettlementNode.Setlinfo, property.Value, "setlinfo.", setl, issues, location);
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
                issues.Add(SettlementReadIssues.UnknownField.Create(property.Name, null, location, property.Name));
                continue;
            }

            AddValue(field, property.Value, "setlinfo.", setl, issues, location);
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
        var text = new StringBuilder();
        foreach (var list in lists) text.Append(Write(list)).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes one list to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="list">The list.</param>
    public static void WriteList(Utf8JsonWriter writer, SettlementList list)
    {
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

    private static void ReadDocument(string text, string file, int line, ImmutableArray<SettlementList>.Builder lists, ImmutableArray<Issue>.Builder issues)
    {
        var location = new SourceLocation(file, line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } l ? new SourceLocation(file, line > 0 ? line : (int)l + 1, (int)(e.BytePositionInLine ?? 0) + 1) : location;
            issues.Add(SettlementReadIssues.JsonInvalid.Create(null, null, where, e.Message));
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    var at = line > 0 ? location : new SourceLocation(file, index + 1, 0, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
                    if (ReadList(element, issues, at) is { } list) lists.Add(list);
                    index++;
                }
            }
            else if (ReadList(document.RootElement, issues, location) is { } list)
            {
                lists.Add(list);
            }
        }
    }

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

    private static void ReadFields(SettlementNode node, JsonElement element, string prefix, List<KeyValuePair<SettlementField, string?>> values, ICollection<Issue> issues, SourceLocation? location)
    {
        foreach (var property in element.EnumerateObject())
        {
            var field = SettlementLayout.Find(node, property.Name);
            if (field is null)
            {
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

    private static bool LooksLikeJsonLines(string text)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0) return false;
        var first = text.Substring(0, newline).Trim();
        return first.StartsWith("{", StringComparison.Ordinal) && first.EndsWith("}", StringComparison.Ordinal) && IsComplete(first);
    }

    private static bool IsComplete(string line)
    {
        try
        {
            using var _ = JsonDocument.Parse(line, Options);
            return true;
        }
        catch (JsonException)
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
