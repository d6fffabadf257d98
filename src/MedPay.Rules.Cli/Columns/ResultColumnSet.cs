using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace MedPay.Rules.Cli.Columns;

/// <summary>
/// The columns one command can write, as data, and its <c>--columns</c> option: the known columns in their <c>all</c> order, the default
/// (the first <c>defaultCount</c>, what scripts written against earlier versions read), and the parsing of a comma-separated choice.
/// <c>medpay group</c>, <c>dip</c>, <c>pay</c> and <c>validate</c> each have one.
/// </summary>
/// <typeparam name="TColumn">The column type.</typeparam>
internal sealed class ResultColumnSet<TColumn>
    where TColumn : class, IResultColumn
{
    /// <summary>Creates the set.</summary>
    /// <param name="command">The command's name, for messages (<c>group</c>).</param>
    /// <param name="known">Every column, in the order of <c>all</c>.</param>
    /// <param name="defaultCount">How many of the first columns are written without <c>--columns</c>.</param>
    public ResultColumnSet(string command, ImmutableArray<TColumn> known, int defaultCount)
    {
        Command = command;
        Known = known;
        Default = known.Take(defaultCount).ToImmutableArray();
        Choices = string.Join(", ", known.Select(c => c.Name)) + ", all";
    }

    /// <summary>The command's name.</summary>
    public string Command { get; }

    /// <summary>Every column, in the order of <c>all</c>.</summary>
    public ImmutableArray<TColumn> Known { get; }

    /// <summary>The columns written without <c>--columns</c>.</summary>
    public ImmutableArray<TColumn> Default { get; }

    /// <summary>The names of the valid choices, for messages and help.</summary>
    public string Choices { get; }

    /// <summary>The <c>--columns</c> help text: the default and the choices.</summary>
    public string Description =>
        $"result columns, comma-separated, in the order given, or all (default: {string.Join(",", Default.Select(c => c.Name))}; choices: {Choices}) / 输出列（逗号分隔，或 all）";

    /// <summary>Parses a comma-separated list (or <c>all</c>, which adds every column not named yet); null with <paramref name="unknown"/> set when a name is not a column.</summary>
    public ImmutableArray<TColumn>? Parse(string? text, out string? unknown)
    {
        unknown = null;
        if (text is null) return Default;
        var names = text.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
        if (names.Length == 0)
        {
            unknown = text;
            return null;
        }

        var columns = ImmutableArray.CreateBuilder<TColumn>();
        foreach (var name in names)
        {
            if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
            {
                columns.AddRange(Known.Where(k => !columns.Contains(k)));
                continue;
            }

            var column = Known.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                unknown = name;
                return null;
            }

            if (!columns.Contains(column)) columns.Add(column);
        }

        return columns.ToImmutable();
    }

    /// <summary>Parses <c>--columns</c>; on a name that is not a column prints it with the valid choices (exit code 1 follows) and returns null.</summary>
    public ImmutableArray<TColumn>? Read(string? text)
    {
        if (Parse(text, out var unknown) is { } columns) return columns;
        Console2.Error($"--columns 中的列 '{unknown}' 无效（medpay {Command} 可用：{Choices}）", $"'{unknown}' is not a column of medpay {Command} --columns (choose from {Choices})");
        return null;
    }
}

/// <summary>Writes rows through a list of <see cref="ResultColumn{TRow}"/>: a CSV table, or JSON objects with the column names as keys.</summary>
internal static class ResultTable
{
    /// <summary>The CSV text: the header line, then one line per row, each ended by <c>\n</c> (the output file sets the line ends).</summary>
    public static string Csv<TRow>(IReadOnlyList<ResultColumn<TRow>> columns, IEnumerable<TRow> rows, bool excelText)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteCsv(text, columns, rows, excelText);
        return text.ToString();
    }

    /// <summary>Writes the text of <see cref="Csv{TRow}"/> to a writer, a piece of rows at a time.</summary>
    public static void WriteCsv<TRow>(TextWriter writer, IReadOnlyList<ResultColumn<TRow>> columns, IEnumerable<TRow> rows, bool excelText)
    {
        var text = new StringBuilder();
        text.Append(Cli.Csv.Line(columns.Select(c => c.Name).ToArray())).Append('\n');
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) text.Append(',');
                columns[i].Append(text, row, excelText);
            }

            text.Append('\n');
            if (text.Length < 1 << 15) continue;
            writer.Write(text.ToString());
            text.Clear();
        }

        writer.Write(text.ToString());
    }

    /// <summary>Writes a JSON array named <paramref name="name"/> with one object per row, the columns as its keys in order.</summary>
    public static void Json<TRow>(Utf8JsonWriter json, string name, IReadOnlyList<ResultColumn<TRow>> columns, IEnumerable<TRow> rows, bool emptyTextIsNull)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            foreach (var column in columns) column.Write(json, row, emptyTextIsNull);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
