using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>One CSV table of a DIP pack read through <see cref="CsvDocument"/>, with typed cell readers that report structured issues (file, row, column).</summary>
internal sealed class DipTable
{
    private readonly ImmutableArray<Issue>.Builder _issues;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    private DipTable(CsvDocument? document, string fileName, ImmutableArray<Issue>.Builder issues)
    {
        Document = document;
        FileName = fileName;
        _issues = issues;
    }

    public CsvDocument? Document { get; }

    public string FileName { get; }

    public IReadOnlyList<CsvRow> Rows => Document?.Rows ?? (IReadOnlyList<CsvRow>)Array.Empty<CsvRow>();

    /// <summary>Reads a table; a missing required file is an issue, a missing optional file an empty table.</summary>
    public static DipTable Read(RulePack pack, string fileName, bool required, ImmutableArray<Issue>.Builder issues, params string[] requiredColumns)
    {
        var text = pack.ReadText(fileName);
        if (text is null)
        {
            if (required) issues.Add(RulePackIssues.MissingFile.Create(location: new SourceLocation(fileName), args: fileName));
            return new DipTable(null, fileName, issues);
        }

        var document = CsvDocument.Parse(text, fileName);
        issues.AddRange(document.Issues);
        var table = new DipTable(document, fileName, issues);
        foreach (var column in requiredColumns)
        {
            if (document.ColumnIndex(column) < 0)
            {
                issues.Add(RulePackIssues.MissingColumn.Create(field: column, location: new SourceLocation(fileName, 1, 0, column), args: column));
                return new DipTable(null, fileName, issues);
            }
        }

        return table;
    }

    public SourceLocation At(CsvRow row, string column)
    {
        var index = Document?.ColumnIndex(column) ?? -1;
        return new SourceLocation(FileName, row.Line, index + 1, column);
    }

    public SourceLocation At(CsvRow row) => new(FileName, row.Line);

    public void Report(IssueDefinition definition, CsvRow row, string column, string? value, params object?[] args) =>
        _issues.Add(definition.Create(column, value, At(row, column), args));

    public string Text(CsvRow row, string column)
    {
        var index = Document?.ColumnIndex(column) ?? -1;
        return index < 0 ? string.Empty : row[index];
    }

    public string? Required(CsvRow row, string column)
    {
        var value = Text(row, column);
        if (value.Length > 0) return value;
        Report(RulePackIssues.EmptyValue, row, column, value, column);
        return null;
    }

    /// <summary>An optional non-negative decimal; <paramref name="ok"/> is false when the cell is present but bad.</summary>
    public decimal? Decimal(CsvRow row, string column, out bool ok)
    {
        ok = true;
        var value = Text(row, column);
        if (value.Length == 0) return null;
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            Report(RulePackIssues.NotADecimal, row, column, value, column, value);
            ok = false;
            return null;
        }

        if (number < 0)
        {
            Report(DipIssues.Negative, row, column, value, column, value);
            ok = false;
            return null;
        }

        return number;
    }

    public int? Integer(CsvRow row, string column, out bool ok)
    {
        ok = true;
        var value = Text(row, column);
        if (value.Length == 0) return null;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            Report(RulePackIssues.NotANumber, row, column, value, column, value);
            ok = false;
            return null;
        }

        return number;
    }
}
