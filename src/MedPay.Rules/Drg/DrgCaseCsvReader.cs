using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg;

/// <summary>
/// Reads a case file in the layout of <see cref="DrgCaseCsv"/> one record at a time from a <see cref="TextReader"/>, so a file of
/// any size is read in memory bounded by its longest record. Every line of the file after the header (blank lines aside) gives
/// exactly one <see cref="DrgCaseRecord"/>: a row that cannot be read — an unreadable number, text after a closing quote, a quote
/// that never closes (its record ends at the end of its line) — is a record without a case, with its issues. Never throws on content.
/// The reader does not own the <see cref="TextReader"/>; one instance is for one thread.
/// </summary>
public sealed class DrgCaseCsvReader
{
    private readonly CsvRecordReader _csv;
    private readonly string _fileName;
    private readonly int[] _columns;
    private readonly int _icu;
    private readonly int _admissionWeight;
    private readonly int _dept;
    private readonly int _mdc;
    private readonly int _adrg;
    private readonly int _drg;
    private readonly List<string> _fields = new(16);
    private bool _keepFields;

    private DrgCaseCsvReader(CsvRecordReader csv, string fileName, ImmutableArray<string> header, ImmutableArray<Issue> fileIssues)
    {
        _csv = csv;
        _fileName = fileName;
        Header = header;
        FileIssues = fileIssues;
        int Find(string name)
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
            }

            return -1;
        }

        _columns = DrgCaseCsv.Required.Select(Find).ToArray();
        _icu = Find("icu_hours");
        _admissionWeight = Find("admission_weight_g");
        _dept = Find("dept");
        _mdc = Find("mdc");
        _adrg = Find("adrg");
        _drg = Find("drg");
        HasRequiredColumns = _columns.All(c => c >= 0);
    }

    /// <summary>The file name used in issue locations.</summary>
    public string FileName => _fileName;

    /// <summary>The column names of the header line.</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>Problems of the file as a whole: missing required columns (errors), repeated column names (warnings), the header's quoting.</summary>
    public ImmutableArray<Issue> FileIssues { get; }

    /// <summary>Whether the header has every required column; when it does not, <see cref="TryRead"/> reads nothing.</summary>
    public bool HasRequiredColumns { get; }

    /// <summary>The number of records read so far.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Reads the header line and checks the columns.</summary>
    /// <param name="reader">The text; read from its current position, a leading byte-order mark skipped.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <returns>The reader, positioned at the first record; check <see cref="HasRequiredColumns"/> and <see cref="FileIssues"/>.</returns>
    public static DrgCaseCsvReader Open(TextReader reader, string fileName) => Open(reader, fileName, keepFields: false);

    /// <summary>
    /// Opens a case file, optionally keeping every row's fields as read (<see cref="DrgCaseRecord.Fields"/>), e.g. to copy the input's
    /// columns beside the grouping result.
    /// </summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <param name="keepFields">Whether each record keeps its row's fields.</param>
    /// <returns>The reader, positioned after the header.</returns>
    public static DrgCaseCsvReader Open(TextReader reader, string fileName, bool keepFields)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        fileName ??= string.Empty;
        var header = CaseFileHeader.Read(reader, fileName);
        var issues = header.Issues.ToBuilder();
        for (var i = 0; i < DrgCaseCsv.Required.Length; i++)
        {
            var name = DrgCaseCsv.Required[i];
            if (header.IndexOf(name) < 0) issues.Add(DrgGroupingIssues.MissingCaseColumn.Create(field: name, location: new SourceLocation(fileName, 1), args: name));
        }

        return new DrgCaseCsvReader(header.Csv, fileName, header.Names, issues.ToImmutable()) { _keepFields = keepFields };
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record, or <see langword="null"/> at the end.</param>
    /// <returns><see langword="false"/> at the end of the file (or at once when <see cref="HasRequiredColumns"/> is false).</returns>
    public bool TryRead([NotNullWhen(true)] out DrgCaseRecord? record)
    {
        record = null;
        if (!HasRequiredColumns || !_csv.Read(_fields, out var line, out var quoting)) return false;
        record = ToRecord(_fields, line, quoting);
        RecordsRead++;
        return true;
    }

    /// <summary>Reads every remaining record lazily, in file order.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<DrgCaseRecord> ReadAll()
    {
        while (TryRead(out var record)) yield return record;
    }

    /// <summary>Reads up to <paramref name="records"/>.Length records into a span.</summary>
    /// <param name="records">Where the records go.</param>
    /// <returns>How many were read; fewer than asked only at the end of the file.</returns>
    public int ReadBatch(Span<DrgCaseRecord> records)
    {
        var count = 0;
        while (count < records.Length && TryRead(out var record)) records[count++] = record;
        return count;
    }

    /// <summary>The column of each of <see cref="DrgCaseCsv.Required"/>, in that order (when <see cref="HasRequiredColumns"/>).</summary>
    internal ReadOnlySpan<int> RequiredColumns => _columns;

    /// <summary>The optional columns' positions, -1 when absent.</summary>
    internal (int Icu, int AdmissionWeight, int Department, int Mdc, int Adrg, int Drg) OptionalColumns => (_icu, _admissionWeight, _dept, _mdc, _adrg, _drg);

    /// <summary>The text read past the header and not parsed yet; the rest follows in the <see cref="TextReader"/> given to <see cref="Open(TextReader, string, bool)"/>.</summary>
    internal ReadOnlySpan<char> ReadAhead => _csv.ReadAhead;

    /// <summary>The <see cref="TextReader"/> the rows are read from, positioned after <see cref="ReadAhead"/>.</summary>
    internal TextReader Source => _csv.Source;

    /// <summary>Whether the <see cref="TextReader"/> has been read to its end (the file's rest is <see cref="ReadAhead"/>).</summary>
    internal bool SourceDone => _csv.SourceDone;

    /// <summary>The 1-based line the next record starts on.</summary>
    internal int NextLine => _csv.Line;

    /// <summary>
    /// A reader of the same file (header, columns, options) over other text: <paramref name="text"/> holds the file's rows from
    /// line <paramref name="line"/> on. For reading a file's rows in pieces, on several threads (one reader each).
    /// </summary>
    internal DrgCaseCsvReader Continue(TextReader text, int line)
    {
        var csv = new CsvRecordReader(TextReader.Null, _fileName);
        csv.Restart(text, line);
        return new DrgCaseCsvReader(csv, _fileName, Header, FileIssues) { _keepFields = _keepFields };
    }

    /// <summary>Reads the first record of <paramref name="text"/>, a row starting on <paramref name="line"/>; false when it holds none.</summary>
    internal bool TryReadFrom(TextReader text, int line, [NotNullWhen(true)] out DrgCaseRecord? record)
    {
        _csv.Restart(text, line);
        return TryRead(out record);
    }

    private string At(List<string> fields, int column) => column >= 0 && column < fields.Count ? fields[column] : string.Empty;

    private DrgCaseRecord ToRecord(List<string> fields, int line, Issue? quoting)
    {
        var id = At(fields, _columns[0]);
        List<Issue>? issues = null;
        if (quoting is not null) (issues = new List<Issue>()).Add(quoting);
        var admissionWeightGrams = 0;
        if (_admissionWeight >= 0 && At(fields, _admissionWeight) is { Length: > 0 } admission
            && !int.TryParse(admission, NumberStyles.Integer, CultureInfo.InvariantCulture, out admissionWeightGrams))
        {
            (issues ??= new List<Issue>()).Add(NumberIssue("admission_weight_g", admission, line, _admissionWeight));
        }

        double icuHours = 0;
        if (_icu >= 0 && At(fields, _icu) is { Length: > 0 } icu && !double.TryParse(icu, NumberStyles.Float, CultureInfo.InvariantCulture, out icuHours))
        {
            (issues ??= new List<Issue>()).Add(DrgGroupingIssues.FieldNotANumber.Create(field: "icu_hours", value: icu, location: new SourceLocation(_fileName, line, _icu + 1, "icu_hours"), args: new object[] { "icu_hours", icu }));
        }

        // The same order of issues as the whole-file reader always had: admission weight, ICU hours, then the required numbers.
        var ageYears = Int(fields, 2, line, ref issues);
        var ageDays = Int(fields, 3, line, ref issues);
        var birthWeight = Int(fields, 4, line, ref issues);
        var los = Int(fields, 5, line, ref issues);
        var discharge = Int(fields, 6, line, ref issues);
        DrgCase? @case = null;
        if (issues is null)
        {
            var dept = At(fields, _dept);
            @case = new DrgCase
            {
                Id = id,
                Sex = DrgCaseCsv.ParseSex(At(fields, _columns[1])),
                AgeYears = ageYears,
                AgeDays = ageDays,
                BirthWeightGrams = birthWeight,
                AdmissionWeightGrams = admissionWeightGrams,
                LengthOfStayDays = los,
                Discharge = discharge,
                Diagnoses = DrgCaseCsv.SplitCodes(At(fields, _columns[7])),
                Procedures = DrgCaseCsv.SplitCodes(At(fields, _columns[8])),
                IcuHours = icuHours,
                Department = dept.Length > 0 ? dept : null,
            };
        }

        return new DrgCaseRecord(line, id, @case, issues is null ? ImmutableArray<Issue>.Empty : issues.ToImmutableArray(),
            _mdc >= 0 ? At(fields, _mdc) : null, _adrg >= 0 ? At(fields, _adrg) : null, _drg >= 0 ? At(fields, _drg) : null,
            _keepFields ? fields.ToImmutableArray() : default);
    }

    private int Int(List<string> fields, int index, int line, ref List<Issue>? issues)
    {
        var column = _columns[index];
        var value = At(fields, column);
        if (value.Length == 0) return 0;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        (issues ??= new List<Issue>()).Add(NumberIssue(DrgCaseCsv.Required[index], value, line, column));
        return 0;
    }

    /// <summary>A whole-number field that does not parse: out of range when it is digits (with a sign), else not a number.</summary>
    private Issue NumberIssue(string field, string value, int line, int column)
    {
        var location = new SourceLocation(_fileName, line, column + 1, field);
        var digits = value.Length > 0 && value.Skip(value[0] is '-' or '+' ? 1 : 0).All(c => c is >= '0' and <= '9') && value.Length > (value[0] is '-' or '+' ? 1 : 0);
        return digits
            ? CsvIssues.NumberOutOfRange.Create(field: field, value: value, location: location, args: new object[] { field, value })
            : DrgGroupingIssues.FieldNotANumber.Create(field: field, value: value, location: location, args: new object[] { field, value });
    }
}
