using System.Text;

namespace MedPay.Rules.RulePacks;

/// <summary>
/// Reads CSV records one at a time from a <see cref="TextReader"/> through a bounded buffer: RFC 4180 quoting, comma separated,
/// fields trimmed of surrounding blanks unless quoted, a leading byte-order mark skipped, blank lines skipped. Malformed text never
/// loses a line: a record with text after a closing quote is returned with its issue; a quote that is still open at the end of the
/// file (or after <see cref="MaxRecordLength"/> characters) ends its record at the end of the record's first line, with an issue,
/// and reading goes on with the next line. Memory is bounded by the longest record (at most <see cref="MaxRecordLength"/>).
/// </summary>
internal sealed class CsvRecordReader
{
    /// <summary>The default longest record, in characters (4 Mi: a 40,000-column header is 330 K).</summary>
    public const int DefaultMaxRecordLength = 4 * 1024 * 1024;

    private const int InitialBuffer = 64 * 1024;
    private TextReader _reader;
    private readonly string _fileName;
    private readonly StringBuilder _builder = new();
    private char[] _buffer = new char[InitialBuffer];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private string[] _previous = new string[16]; // the fields of the record before, for reusing repeated values
    private int _previousCount;

    public CsvRecordReader(TextReader reader, string fileName, int maxRecordLength = DefaultMaxRecordLength)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _fileName = fileName ?? string.Empty;
        MaxRecordLength = Math.Max(1024, maxRecordLength);
    }

    private enum Outcome
    {
        Record,
        NeedMore,
        Unterminated,
    }

    /// <summary>The longest record read whole, in characters.</summary>
    public int MaxRecordLength { get; }

    /// <summary>The 1-based line the next record starts on.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>
    /// Reads on from <paramref name="reader"/> as if its text came next: whatever was read ahead is dropped, no byte-order mark is
    /// skipped, and the next record starts on <paramref name="line"/>. Lets one reader (and its buffers) parse many pieces of text.
    /// </summary>
    internal void Restart(TextReader reader, int line)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _start = 0;
        _end = 0;
        _eof = false;
        _started = true;
        Line = line;
    }

    /// <summary>The text read ahead of the next record and not parsed yet (what follows it is still in the underlying reader).</summary>
    internal ReadOnlySpan<char> ReadAhead => new(_buffer, _start, _end - _start);

    /// <summary>The underlying reader (positioned after <see cref="ReadAhead"/>).</summary>
    internal TextReader Source => _reader;

    /// <summary>Whether the underlying reader has been read to its end.</summary>
    internal bool SourceDone => _eof;

    /// <summary>Reads the next non-blank record.</summary>
    /// <param name="fields">Receives the fields (cleared first).</param>
    /// <param name="recordLine">The 1-based line the record starts on.</param>
    /// <param name="issue">The record's quoting problem, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(List<string> fields, out int recordLine, out Issue? issue)
    {
        while (true)
        {
            fields.Clear();
            issue = null;
            recordLine = Line;
            if (_start == _end && !Fill()) return false;
            var outcome = Parse(new ReadOnlySpan<char>(_buffer, _start, _end - _start), _eof, recordLine, fields, out var consumed, out var lines, ref issue);
            if (outcome == Outcome.NeedMore)
            {
                if (!_eof && _end - _start < MaxRecordLength)
                {
                    Fill();
                    continue;
                }

                outcome = Outcome.Unterminated; // still open at the limit: the same recovery as at the end of the file
            }

            if (outcome == Outcome.Unterminated)
            {
                ReadFirstLineOnly(fields, recordLine, ref issue);
                Remember(fields);
                return true;
            }

            _start += consumed;
            Line += lines;
            if (issue is null && fields.Count == 1 && fields[0].Length == 0) continue; // blank line
            Remember(fields);
            return true;
        }
    }

    private void Remember(List<string> fields)
    {
        if (fields.Count > _previous.Length) _previous = new string[fields.Count * 2];
        fields.CopyTo(_previous);
        _previousCount = fields.Count;
    }

    /// <summary>A record whose quote never closes: it is its first line only, and the lines after it are records again.</summary>
    private void ReadFirstLineOnly(List<string> fields, int recordLine, ref Issue? issue)
    {
        fields.Clear();
        issue = null;
        var data = new ReadOnlySpan<char>(_buffer, _start, _end - _start);
        var newline = data.IndexOfAny('\r', '\n');
        if (newline < 0)
        {
            // The first line alone is longer than the limit: skip to the next line break without keeping the text.
            issue = CsvIssues.RecordTooLong.Create(location: new SourceLocation(_fileName, recordLine), args: MaxRecordLength);
            SkipToNextLine();
            return;
        }

        Parse(data.Slice(0, newline), final: true, recordLine, fields, out _, out _, ref issue);
        issue ??= RulePackIssues.CsvUnterminatedQuote(new SourceLocation(_fileName, recordLine, Math.Max(1, fields.Count)));
        var next = newline + 1;
        if (data[newline] == '\r')
        {
            if (next == data.Length && !_eof)
            {
                _start += newline;
                Fill();
                data = new ReadOnlySpan<char>(_buffer, _start, _end - _start);
                next = 1;
            }

            if (next < data.Length && data[next] == '\n') next++;
        }

        _start += next;
        Line++;
    }

    private void SkipToNextLine()
    {
        while (true)
        {
            var data = new ReadOnlySpan<char>(_buffer, _start, _end - _start);
            var newline = data.IndexOfAny('\r', '\n');
            if (newline >= 0)
            {
                var crlf = data[newline] == '\r' && newline + 1 < data.Length && data[newline + 1] == '\n';
                _start += newline + (crlf ? 2 : 1);
                Line++;
                return;
            }

            _start = _end;
            if (!Fill()) return;
        }
    }

    /// <summary>Moves the unread text to the front, grows the buffer when it is full, and reads more; false when nothing is left.</summary>
    private bool Fill()
    {
        if (_eof) return _start < _end;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length) Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, MaxRecordLength + (long)InitialBuffer));
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read <= 0) _eof = true;
        else _end += read;
        if (!_started && _end > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF') _start = 1;
            if (_start == _end) return Fill(); // the first read gave the mark alone: the text goes on
        }

        return _start < _end;
    }

    private Outcome Parse(ReadOnlySpan<char> data, bool final, int recordLine, List<string> fields, out int consumed, out int lines, ref Issue? issue)
    {
        consumed = 0;
        lines = 0;
        var position = 0;
        while (true)
        {
            // Leading blanks of the field.
            while (position < data.Length && (data[position] == ' ' || data[position] == '\t')) position++;
            if (position < data.Length && data[position] == '"')
            {
                position++;
                _builder.Clear();
                var closed = false;
                var newlines = 0;
                while (position < data.Length)
                {
                    var c = data[position++];
                    if (c == '"')
                    {
                        if (position < data.Length && data[position] == '"')
                        {
                            _builder.Append('"');
                            position++;
                            continue;
                        }

                        if (position == data.Length && !final) return Outcome.NeedMore; // a "" may straddle the buffer's end
                        closed = true;
                        break;
                    }

                    if (c == '\n') newlines++;
                    _builder.Append(c);
                }

                if (!closed)
                {
                    if (!final) return Outcome.NeedMore;
                    fields.Add(_builder.ToString());
                    issue ??= RulePackIssues.CsvUnterminatedQuote(new SourceLocation(_fileName, recordLine, fields.Count));
                    return Outcome.Unterminated;
                }

                lines += newlines;
                fields.Add(_builder.ToString());
                while (position < data.Length && (data[position] == ' ' || data[position] == '\t')) position++;
                if (position < data.Length && data[position] != ',' && data[position] != '\r' && data[position] != '\n')
                {
                    issue ??= RulePackIssues.CsvTextAfterQuote(new SourceLocation(_fileName, recordLine, fields.Count));
                    var stop = data.Slice(position).IndexOfAny(',', '\r', '\n');
                    position = stop < 0 ? data.Length : position + stop;
                }
            }
            else
            {
                var fieldStart = position;
                var stop = data.Slice(position).IndexOfAny(',', '\r', '\n');
                if (stop < 0)
                {
                    if (!final) return Outcome.NeedMore;
                    position = data.Length;
                }
                else
                {
                    position += stop;
                }

                var end = position;
                while (end > fieldStart && (data[end - 1] == ' ' || data[end - 1] == '\t')) end--;
                fields.Add(Field(data.Slice(fieldStart, end - fieldStart), fields.Count));
            }

            if (position >= data.Length)
            {
                if (!final) return Outcome.NeedMore;
                consumed = position;
                return Outcome.Record;
            }

            var separator = data[position];
            if (separator == ',')
            {
                position++;
                continue;
            }

            // End of record: \r\n, \n or a lone \r.
            position++;
            if (separator == '\r')
            {
                if (position == data.Length && !final) return Outcome.NeedMore;
                if (position < data.Length && data[position] == '\n') position++;
            }

            lines++;
            consumed = position;
            return Outcome.Record;
        }
    }

    private string Field(ReadOnlySpan<char> text, int column)
    {
        if (text.Length == 0) return string.Empty;
        // Tables and case files repeat the same value down a column (a table name, a level, a sex); reuse the previous string.
        if (column < _previousCount)
        {
            var before = _previous[column];
            if (before.AsSpan().SequenceEqual(text)) return before;
        }

        return text.ToString();
    }
}
