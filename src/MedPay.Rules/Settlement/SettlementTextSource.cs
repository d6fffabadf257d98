namespace MedPay.Rules.Settlement;

/// <summary>
/// A reader over a text reader through a bounded buffer, for the streaming JSON reader: skips leading characters, peeks, and cuts
/// pieces at <c>\n</c> exactly as <see cref="string.Split(char[])"/> on <c>'\n'</c> does (a <c>\r</c> stays in its piece).
/// </summary>
internal sealed class SettlementTextSource : TextReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly System.Text.StringBuilder _piece = new();
    private int _position;
    private int _length;
    private bool _done;

    public SettlementTextSource(TextReader reader) => _reader = reader;

    /// <summary>Skips the characters of <paramref name="skip"/> and returns them.</summary>
    public string SkipAll(char[] skip)
    {
        _piece.Clear();
        while (Fill())
        {
            var start = _position;
            while (_position < _length && Array.IndexOf(skip, _buffer[_position]) >= 0) _position++;
            _piece.Append(_buffer, start, _position - start);
            if (_position < _length) break;
        }

        return _piece.ToString();
    }

    /// <summary>The text up to the next <c>\n</c> (not included), or <see langword="null"/> at the end of the text.</summary>
    /// <param name="ended">Whether a <c>\n</c> ended the piece (else the text ended).</param>
    public string? ReadPiece(out bool ended)
    {
        ended = false;
        if (!Fill()) return null;
        _piece.Clear();
        while (Fill())
        {
            var newline = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            if (newline >= 0)
            {
                _piece.Append(_buffer, _position, newline - _position);
                _position = newline + 1;
                ended = true;
                break;
            }

            _piece.Append(_buffer, _position, _length - _position);
            _position = _length;
        }

        return _piece.ToString();
    }

    public override int Peek() => Fill() ? _buffer[_position] : -1;

    public override int Read() => Fill() ? _buffer[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position < _length)
        {
            var n = Math.Min(count, _length - _position);
            Array.Copy(_buffer, _position, buffer, index, n);
            _position += n;
            return n;
        }

        return _done ? 0 : _reader.Read(buffer, index, count);
    }

    private bool Fill()
    {
        if (_position < _length) return true;
        if (_done) return false;
        _position = 0;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        if (_length > 0) return true;
        _length = 0;
        _done = true;
        return false;
    }
}
