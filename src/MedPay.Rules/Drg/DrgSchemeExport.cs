using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedPay.Rules.Coding;
using MedPay.Rules.Drg.Conditions;

namespace MedPay.Rules.Drg;

/// <summary>
/// Writes any loaded scheme — a workbook's included — as an ordinary folder pack in the drg-scheme-tables layout, for review in
/// version control and for systems that read that layout: <c>medpay rules import &lt;workbook.xlsx&gt; --out &lt;folder&gt;</c>. The
/// conditions are the compiled trees written in the folder language (no text is carried over from another language); the rows
/// keep their published seq except where the grouping order differs from it (a workbook's fallback row moved to the end of its
/// scope, rows sharing a seq), which get the next free number so the folder pack groups exactly as the scheme it came from.
/// </summary>
public static class DrgSchemeExport
{
    /// <summary>The files of the folder pack, by name, as UTF-8 text (the version maps as the pack brought them).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="notes">Notes for <c>scheme.json</c>, e.g. where the scheme was imported from; the manifest's own notes when <see langword="null"/>.</param>
    /// <returns>The files.</returns>
    public static ImmutableSortedDictionary<string, byte[]> Files(DrgScheme scheme, string? notes = null)
    {
        if (scheme is null) throw new ArgumentNullException(nameof(scheme));
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        void Add(string name, StringBuilder text) => files[name] = Encoding.UTF8.GetBytes(text.ToString());
        string Code(int id) => scheme.Codes[id];

        var mdc = new StringBuilder("seq,mdc,name,condition\n");
        var adrg = new StringBuilder("mdc,seq,adrg,name,kind,condition\n");
        var drg = new StringBuilder("adrg,seq,drg,name,condition\n");
        var lastMdc = 0;
        var writtenDrgs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in scheme.Compiled)
        {
            lastMdc = Next(m.Definition.Seq, lastMdc);
            Line(mdc, Num(lastMdc), m.Definition.Code, m.Definition.Name, ConditionWriter.Write(m.Condition, Code));
            var lastRule = 0;
            foreach (var rule in m.Rules)
            {
                lastRule = Next(rule.Row.Seq, lastRule);
                Line(adrg, m.Definition.Code, Num(lastRule), rule.Adrg.Code, rule.Adrg.Name, rule.Adrg.Kind.ToString().ToLowerInvariant(), ConditionWriter.Write(rule.Condition, Code));
                if (!writtenDrgs.Add(rule.Adrg.Code)) continue;
                var lastDrg = 0;
                foreach (var d in rule.Drgs)
                {
                    lastDrg = Next(d.Definition.Seq, lastDrg);
                    Line(drg, d.Definition.Adrg, Num(lastDrg), d.Definition.Code, d.Definition.Name, ConditionWriter.Write(d.Condition, Code));
                }
            }
        }

        Add("mdc.csv", mdc);
        Add("adrg.csv", adrg);
        Add("drg.csv", drg);

        var tables = new StringBuilder("table,code,tag\n");
        foreach (var table in scheme.Tables)
        {
            foreach (var id in table.Members().OrderBy(Code, StringComparer.Ordinal))
            {
                var tags = table.TagsOf(id).ToList();
                if (tags.Count == 0) Line(tables, table.Name, Code(id), string.Empty);
                foreach (var tag in tags) Line(tables, table.Name, Code(id), tag);
            }
        }

        Add("tables.csv", tables);

        var index = scheme.Complications;
        var cc = new StringBuilder("code,level,exclusion_group\n");
        for (var id = 0; id < scheme.Codes.Count; id++)
        {
            for (var k = 0; k < index.RowCount(id); k++)
            {
                var group = index.Group(id, k);
                Line(cc, Code(id), index.Level(id, k).ToString().ToUpperInvariant(), group < 0 ? string.Empty : index.GroupNames[group]);
            }
        }

        Add("cc.csv", cc);
        var exclusions = new StringBuilder("exclusion_group,main_dx\n");
        foreach (var (main, group) in index.ExclusionRows().OrderBy(r => r.Group).ThenBy(r => Code(r.Main), StringComparer.Ordinal))
        {
            Line(exclusions, index.GroupNames[group], Code(main));
        }

        Add("cc_exclusions.csv", exclusions);
        Add("diagnoses.csv", Dictionary(scheme.Diagnoses));
        Add("procedures.csv", Dictionary(scheme.Procedures));
        foreach (var map in scheme.MapFiles) files[map.Key] = map.Value.ToArray();
        files["scheme.json"] = Manifest(scheme, notes);
        return files.ToImmutable();
    }

    /// <summary>Writes the folder pack (<see cref="Files"/>) into a folder, creating it; files of other names already there are left alone.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="notes">Notes for <c>scheme.json</c>; the manifest's own when <see langword="null"/>.</param>
    /// <returns>The names of the files written.</returns>
    public static ImmutableArray<string> WriteFolder(DrgScheme scheme, string folder, string? notes = null)
    {
        if (folder is null) throw new ArgumentNullException(nameof(folder));
        var files = Files(scheme, notes);
        Directory.CreateDirectory(folder);
        foreach (var file in files) File.WriteAllBytes(Path.Combine(folder, file.Key), file.Value);
        return files.Keys.ToImmutableArray();
    }

    /// <summary>The published seq when it keeps the grouping order, else the next number after the last one written.</summary>
    private static int Next(int published, int last) => published > last ? published : last + 1;

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder Dictionary(CodeDictionary dictionary)
    {
        var attributes = dictionary.Entries.Any(e => e.HasRestrictions || e.IsOperatingRoom);
        var text = new StringBuilder(attributes ? "code,name,sex,age_min,age_max,not_main,or\n" : "code,name\n");
        foreach (var e in dictionary.Entries)
        {
            if (!attributes)
            {
                Line(text, e.Code, e.Name);
                continue;
            }

            Line(text, e.Code, e.Name, e.Sex switch { SexRestriction.Male => "M", SexRestriction.Female => "F", _ => string.Empty },
                e.MinAgeYears?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, e.MaxAgeYears?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                e.NotMainDiagnosis ? "1" : string.Empty, e.IsOperatingRoom ? "1" : string.Empty);
        }

        return text;
    }

    private static byte[] Manifest(DrgScheme scheme, string? notes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var m = scheme.Manifest;
            json.WriteStartObject();
            json.WriteString("id", m.Id);
            json.WriteString("name", m.Name);
            json.WriteString("version", m.Version);
            json.WriteString("format", DrgScheme.FormatName);
            json.WriteString("source", m.Source.Length > 0 ? m.Source : scheme.Identity.ToString());
            json.WriteString("notes", notes ?? m.Notes);
            foreach (var property in m.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(property.Key, property.Value);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Line(StringBuilder text, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) text.Append(',');
            var field = fields[i];
            if (field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[field.Length - 1] == ' ')))
            {
                text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append('\n');
    }
}
