using System.Collections.Immutable;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Retention;

/// <summary>Reads one optional CSV file of a retention policy pack; every bad cell becomes an issue located by file, row and column.</summary>
internal sealed class PolicyTable
{
    private readonly CsvDocument? _document;
    private readonly ImmutableArray<Issue>.Builder _issues;

    private PolicyTable(CsvDocument? document, ImmutableArray<Issue>.Builder issues)
    {
        _document = document;
        _issues = issues;
    }

    /// <summary>The records; none when the file is absent or lacks a required column.</summary>
    public IReadOnlyList<CsvRow> Rows => _document?.Rows ?? (IReadOnlyList<CsvRow>)Array.Empty<CsvRow>();

    public static PolicyTable Open(RulePack pack, string file, ImmutableArray<Issue>.Builder issues, params string[] columns)
    {
        var text = pack.ReadText(file);
        if (text is null) return new PolicyTable(null, issues);
        var document = CsvDocument.Parse(text, file);
        issues.AddRange(document.Issues);
        var missing = columns.Where(c => document.ColumnIndex(c) < 0).ToList();
        foreach (var column in missing)
            issues.Add(RulePackIssues.MissingColumn.Create(column, null, new SourceLocation(file, 1, 0, column), column));
        return new PolicyTable(missing.Count == 0 ? document : null, issues);
    }

    public string Cell(CsvRow row, string column)
    {
        var index = _document?.ColumnIndex(column) ?? -1;
        return index < 0 ? string.Empty : row[index];
    }

    public SourceLocation Where(CsvRow row, string column) =>
        new(_document!.FileName, row.Line, (_document.ColumnIndex(column)) + 1, column);

    public void Add(IssueDefinition definition, CsvRow row, string column, params object?[] args) =>
        _issues.Add(definition.Create(column, Cell(row, column), Where(row, column), args));

    /// <summary>A non-empty text cell, or an issue and <see langword="null"/>.</summary>
    public string? Text(CsvRow row, string column)
    {
        var value = Cell(row, column);
        if (value.Length > 0) return value;
        Add(RulePackIssues.EmptyValue, row, column, column);
        return null;
    }

    /// <summary>A number in [min, max]; an empty cell gives null, and an issue when <paramref name="required"/>.</summary>
    public bool Number(CsvRow row, string column, decimal min, decimal max, bool required, out decimal? value)
    {
        value = null;
        var text = Cell(row, column);
        if (text.Length == 0)
        {
            if (!required) return true;
            Add(RulePackIssues.EmptyValue, row, column, column);
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            Add(RulePackIssues.NotADecimal, row, column, column, text);
            return false;
        }

        if (number < min || number > max)
        {
            Add(RetentionIssues.OutOfRange, row, column, column, text, Range(min, max));
            return false;
        }

        value = number;
        return true;
    }

    public ComparisonOperator? Operator(CsvRow row, string column)
    {
        var text = Cell(row, column);
        var op = IndicatorTarget.ParseOperator(text);
        if (op is null) Add(RetentionIssues.BadOperator, row, column, text);
        return op;
    }

    public static string Range(decimal min, decimal max) =>
        "[" + min.ToString(CultureInfo.InvariantCulture) + ", " + (max == decimal.MaxValue ? "∞" : max.ToString(CultureInfo.InvariantCulture)) + "]";
}
