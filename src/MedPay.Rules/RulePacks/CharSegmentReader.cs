namespace MedPay.Rules.RulePacks;

/// <summary>A <see cref="TextReader"/> over a slice of a character array, re-pointable without allocating (one per thread).</summary>
internal sealed class CharSegmentReader : TextReader
{
    private char[] _text = Array.Empty<char>();
    private int _position;
    private int _end;

    /// <summary>Reads <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> next.</summary>
    public CharSegmentReader Reset(char[] text, int start, int length)
    {
        _text = text;
        _position = start;
        _end = start + length;
        return this;
    }

    /// <inheritdoc/>
    public override int Peek() => _position < _end ? _text[_position] : -1;

    /// <inheritdoc/>
    public override int Read() => _position < _end ? _text[_position++] : -1;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, _end - _position);
        if (n <= 0) return 0;
        Array.Copy(_text, _position, buffer, index, n);
        _position += n;
        return n;
    }
}
