using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedPay.Rules.Cli.Columns;

/// <summary>A column a command can write, by its name: what <see cref="ResultColumnSet{TColumn}"/> chooses from.</summary>
internal interface IResultColumn
{
    /// <summary>The column's name: its CSV header and its JSON key (snake_case).</summary>
    string Name { get; }
}

/// <summary>
/// One result column as data: its name, its value for one row (the text a CSV cell holds; empty or null when not known) and its kind, which
/// says how the value is written in CSV (<see cref="Append"/>) and in JSON (<see cref="Write"/>).
/// </summary>
/// <typeparam name="TRow">What one row's values are made from.</typeparam>
internal record ResultColumn<TRow>(string Name, Func<TRow, string?> Value, ColumnKind Kind = ColumnKind.Text) : IResultColumn
{
    /// <summary>Appends the row's value as a CSV field (codes as <c>="…"</c> with <paramref name="excelText"/>).</summary>
    public void Append(StringBuilder line, TRow row, bool excelText)
    {
        if (Kind == ColumnKind.Code) Csv.AppendCode(line, Value(row), excelText);
        else Csv.Append(line, Value(row));
    }

    /// <summary>
    /// Writes the row's value as a JSON property: a number or a boolean by <see cref="Kind"/> (null when empty), else a string; an empty
    /// string is <c>null</c> when <paramref name="emptyTextIsNull"/>.
    /// </summary>
    public void Write(Utf8JsonWriter json, TRow row, bool emptyTextIsNull)
    {
        var value = Value(row) ?? string.Empty;
        if (value.Length == 0 && (emptyTextIsNull || Kind is ColumnKind.Number or ColumnKind.Boolean)) json.WriteNull(Name);
        else if (Kind == ColumnKind.Number) json.WriteNumber(Name, decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture));
        else if (Kind == ColumnKind.Boolean) json.WriteBoolean(Name, value is "1" or "true");
        else json.WriteString(Name, value);
    }
}
