using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Dip;

/// <summary>
/// Reads a DIP case file (the layout of <see cref="DipCaseFile"/>, docs/dip.md §7) record by record from a <see cref="TextReader"/>, in
/// memory bounded by the longest record whatever the file's length: the header is read by <see cref="Open"/>, then each
/// <see cref="TryRead"/> reads one record. Every record gives one case, in file order, with the same values and issues as
/// <see cref="DipCaseFile.Read(string, string, out ImmutableArray{Issue})"/> (which reads through this reader). A missing
/// <c>diagnoses</c> column is an error in <see cref="FileIssues"/>, and then no record is read. Not thread-safe; an exception of the
/// underlying reader (an invalid byte, say) is passed on.
/// </summary>
public sealed class DipCaseReader
{
    private readonly CsvRecordReader _csv;
    private readonly List<string> _fields = new(16);
    private readonly int[] _positions;
    private string[] _buffer = new string[16];

    private DipCaseReader(CsvRecordReader csv, string fileName, ImmutableArray<string> header, ImmutableArray<Issue> headerIssues, ImmutableArray<Issue> fileIssues, int[] positions)
    {
        _csv = csv;
        FileName = fileName;
        Header = header;
        HeaderIssues = headerIssues;
        FileIssues = fileIssues;
        _positions = positions;
    }

    /// <summary>The file name, used in issue locations.</summary>
    public string FileName { get; }

    /// <summary>The column names of the header line (empty when the text is empty).</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>
    /// Problems of the file as a whole: the header's quoting, repeated column names (warnings), a missing <c>diagnoses</c> column
    /// (<c>DIP_INPUT_MISSING_COLUMN</c>, an error). A record's own problems are in its <see cref="DipCaseRecord.Issues"/>.
    /// </summary>
    public ImmutableArray<Issue> FileIssues { get; }

    /// <summary>Whether the records can be read (the <c>diagnoses</c> column is there). When false, <see cref="TryRead"/> reads nothing.</summary>
    public bool CanRead => _positions[Diagnoses] >= 0;

    /// <summary>The header's own issues (its quoting, repeated names): <see cref="FileIssues"/> without the missing column.</summary>
    public ImmutableArray<Issue> HeaderIssues { get; }

    /// <summary>Opens a case file and reads its header.</summary>
    /// <param name="reader">The text; read on as records are asked for, never to its end at once.</param>
    /// <param name="fileName">The file name, for issue locations.</param>
    /// <returns>The reader, positioned at the first record.</returns>
    public static DipCaseReader Open(TextReader reader, string fileName = "cases.csv")
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        fileName ??= "cases.csv";
        var csv = new CsvRecordReader(reader, fileName);
        var fields = new List<string>(16);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var header = ImmutableArray<string>.Empty;
        if (csv.Read(fields, out _, out var quoting))
        {
            if (quoting is not null) issues.Add(quoting);
            header = fields.ToImmutableArray();
            issues.AddRange(CsvDocument.DuplicateColumns(header, fileName));
        }

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!byName.ContainsKey(header[i])) byName.Add(header[i], i);
        }

        var positions = DipCaseFile.Columns.Select(c => byName.TryGetValue(c, out var i) ? i : -1).ToArray();
        var headerIssues = issues.ToImmutable();
        if (positions[Diagnoses] < 0) issues.Add(DipIssues.InputMissingColumn.Create("diagnoses", null, new SourceLocation(fileName, 1, 0, "diagnoses"), "diagnoses"));
        return new DipCaseReader(csv, fileName, header, headerIssues, issues.ToImmutable(), positions);
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record, or <see langword="null"/> at the end of the file.</param>
    /// <returns><see langword="false"/> at the end of the file (or when <see cref="CanRead"/> is false).</returns>
    public bool TryRead([NotNullWhen(true)] out DipCaseRecord? record)
    {
        record = null;
        if (!CanRead || !_csv.Read(_fields, out var line, out var quoting)) return false;
        if (_buffer.Length < _fields.Count) _buffer = new string[_fields.Count * 2];
        _fields.CopyTo(_buffer);
        record = Record(line, quoting, _buffer, _fields.Count);
        return true;
    }

    /// <summary>The records from here to the end of the file, read as they are enumerated (enumerate once).</summary>
    /// <returns>One record per row, in file order.</returns>
    public IEnumerable<DipCaseRecord> ReadAll()
    {
        while (TryRead(out var record)) yield return record;
    }

    /// <summary>
    /// Reads the records from here to the end of the file for their quoting problems only, without making cases: what
    /// <see cref="DipCaseFile.Read(string, string, out ImmutableArray{Issue})"/> lists, between <see cref="HeaderIssues"/> and the missing
    /// column, when <see cref="CanRead"/> is false. Enumerate once.
    /// </summary>
    /// <returns>The problems, in file order.</returns>
    public IEnumerable<Issue> ReadQuotingIssues()
    {
        while (_csv.Read(_fields, out _, out var quoting))
        {
            if (quoting is not null) yield return quoting;
        }
    }

    /// <summary>Reads the next record's fields only (on the reading thread of <see cref="DipCaseFileStreaming"/>); they are made a record with <see cref="Record(in Fields)"/>.</summary>
    internal bool TryReadFields(out Fields fields)
    {
        fields = default;
        if (!CanRead || !_csv.Read(_fields, out var line, out var quoting)) return false;
        fields = new Fields(line, quoting, _fields.ToArray());
        return true;
    }

    /// <summary>A record from the fields of a row; touches no state of the reader, so any thread may call it.</summary>
    internal DipCaseRecord Record(in Fields fields) => Record(fields.Line, fields.Issue, fields.Values, fields.Values.Length);

    /// <summary>The fields of one row as read, before they are made a record.</summary>
    internal readonly struct Fields
    {
        public Fields(int line, Issue? issue, string[] values)
        {
            Line = line;
            Issue = issue;
            Values = values;
        }

        public int Line { get; }

        public Issue? Issue { get; }

        public string[] Values { get; }
    }

    private const int Id = 0;
    private const int HospitalId = 1;
    private const int HospitalGrade = 2;
    private const int Fund = 3;
    private const int AgeYears = 4;
    private const int AgeDays = 5;
    private const int LengthOfStay = 6;
    private const int Discharge = 7;
    private const int Diagnoses = 8;
    private const int Procedures = 9;
    private const int TotalCost = 10;
    private const int PersonalPayment = 11;

    private DipCaseRecord Record(int line, Issue? quoting, string[] fields, int count)
    {
        var positions = _positions;
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (quoting is not null) issues.Add(quoting);
        string Text(int column) => positions[column] is var i && i >= 0 && i < count ? fields[i] : string.Empty;
        SourceLocation At(int column) => new(FileName, line, positions[column] + 1, DipCaseFile.Columns[column]);
        decimal? Dec(int column)
        {
            var value = Text(column);
            if (value.Length == 0) return null;
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
            issues.Add(DipIssues.InputBadNumber.Create(DipCaseFile.Columns[column], value, At(column), DipCaseFile.Columns[column], value));
            return null;
        }

        int? Int(int column)
        {
            var value = Text(column);
            if (value.Length == 0) return null;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            issues.Add(DipIssues.InputBadNumber.Create(DipCaseFile.Columns[column], value, At(column), DipCaseFile.Columns[column], value));
            return null;
        }

        // Amounts the engine cannot use are findings, not silent choices (issue 14): a negative cost or personal payment is treated as not
        // given (a negative personal payment would lift the fund share above the payment), a personal payment above the cost is flagged.
        var totalCost = Dec(TotalCost);
        var personalPayment = Dec(PersonalPayment);
        if (totalCost is < 0)
        {
            issues.Add(DipIssues.NegativeCost.Create("total_cost", Text(TotalCost), At(TotalCost), Text(TotalCost)));
            totalCost = null;
        }

        if (personalPayment is < 0)
        {
            issues.Add(DipIssues.NegativePersonalPayment.Create("personal_payment", Text(PersonalPayment), At(PersonalPayment), Text(PersonalPayment)));
            personalPayment = null;
        }
        else if (personalPayment is { } own && totalCost is { } cost && own > cost)
        {
            issues.Add(DipIssues.PersonalAboveCost.Create("personal_payment", Text(PersonalPayment), At(PersonalPayment), Text(PersonalPayment), Text(TotalCost)));
        }

        var @case = new DipCase
        {
            Id = Text(Id),
            HospitalId = Text(HospitalId),
            HospitalGrade = Text(HospitalGrade) is { Length: > 0 } grade ? grade : null,
            Fund = DipCaseFile.ParseFund(Text(Fund)),
            AgeYears = Int(AgeYears),
            AgeDays = Int(AgeDays),
            LengthOfStayDays = Int(LengthOfStay) ?? 0,
            Discharge = Int(Discharge) ?? 0,
            Diagnoses = DipCaseFile.Split(Text(Diagnoses)),
            Procedures = DipCaseFile.Split(Text(Procedures)),
            TotalCost = totalCost,
            PersonalPayment = personalPayment,
        };
        return new DipCaseRecord(line, @case, quoting, issues.ToImmutable());
    }
}
