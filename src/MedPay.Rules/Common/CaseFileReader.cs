using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules;

/// <summary>
/// The shape every case-file reader of the library shares (the DIP case file of <see cref="Dip.DipCaseReader"/>, the payment case
/// file of <see cref="Payment.PaymentCaseReader"/>): the header is read when the reader is opened, then each <see cref="TryRead"/>
/// reads one CSV record and makes it one record of <typeparamref name="TRecord"/>, in file order, in memory bounded by the longest
/// record whatever the file's length. What a record holds, and which header problems stop the reading, is the derived reader's.
/// Not thread-safe; an exception of the underlying reader (an invalid byte, say) is passed on.
/// </summary>
/// <typeparam name="TRecord">One row's record: its value or values and its issues.</typeparam>
public abstract class CaseFileReader<TRecord>
    where TRecord : class
{
    private readonly CsvRecordReader _csv;
    private readonly List<string> _fields = new(16);
    private string[] _buffer = new string[16];

    private protected CaseFileReader(CaseFileHeader header, ImmutableArray<Issue> fileIssues, bool canRead)
    {
        _csv = header.Csv;
        FileName = header.FileName;
        Header = header.Names;
        FileIssues = fileIssues;
        CanRead = canRead;
    }

    /// <summary>The file name, used in issue locations.</summary>
    public string FileName { get; }

    /// <summary>The column names of the header line (empty when the text is empty).</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>
    /// Problems of the file as a whole: the header's quoting, repeated column names (warnings), a missing required column (an error).
    /// A record's own problems are that record's issues, not the file's.
    /// </summary>
    public ImmutableArray<Issue> FileIssues { get; }

    /// <summary>Whether the records can be read (no required column is missing). When false, <see cref="TryRead"/> reads nothing.</summary>
    public bool CanRead { get; }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record, or <see langword="null"/> at the end of the file.</param>
    /// <returns><see langword="false"/> at the end of the file (or when <see cref="CanRead"/> is false).</returns>
    public bool TryRead([NotNullWhen(true)] out TRecord? record)
    {
        record = null;
        if (!CanRead || !_csv.Read(_fields, out var line, out var quoting)) return false;
        if (_buffer.Length < _fields.Count) _buffer = new string[_fields.Count * 2];
        _fields.CopyTo(_buffer);
        record = MakeRecord(line, quoting, _buffer, _fields.Count);
        return true;
    }

    /// <summary>The records from here to the end of the file, read as they are enumerated (enumerate once).</summary>
    /// <returns>One record per row, in file order.</returns>
    public IEnumerable<TRecord> ReadAll()
    {
        while (TryRead(out var record)) yield return record;
    }

    /// <summary>Reads the next record's fields only (on the reading thread of <see cref="CaseFileStreaming"/>); they are made a record with <see cref="Record"/>.</summary>
    internal bool TryReadFields(out CaseFileFields fields)
    {
        fields = default;
        if (!CanRead || !_csv.Read(_fields, out var line, out var quoting)) return false;
        fields = new CaseFileFields(line, quoting, _fields.ToArray());
        return true;
    }

    /// <summary>A record from the fields of a row; touches no state of the reader, so any thread may call it.</summary>
    internal TRecord Record(in CaseFileFields fields) => MakeRecord(fields.Line, fields.Issue, fields.Values, fields.Values.Length);

    /// <summary>
    /// Reads the records from here to the end of the file for their quoting problems only, without making records (what a whole-text
    /// reader lists when the records cannot be read). Enumerate once.
    /// </summary>
    private protected IEnumerable<Issue> ReadQuotingIssuesCore()
    {
        while (_csv.Read(_fields, out _, out var quoting))
        {
            if (quoting is not null) yield return quoting;
        }
    }

    /// <summary>Makes one row's record; must touch no mutable state of the reader (records are made on several threads).</summary>
    /// <param name="line">The 1-based line the row starts on.</param>
    /// <param name="quoting">The row's quoting problem, if any.</param>
    /// <param name="fields">The row's fields; only the first <paramref name="count"/> are the row's.</param>
    /// <param name="count">The row's field count.</param>
    private protected abstract TRecord MakeRecord(int line, Issue? quoting, string[] fields, int count);
}
