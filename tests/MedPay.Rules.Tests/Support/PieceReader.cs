namespace MedPay.Rules.Tests.Support;

/// <summary>
/// A text read as a file through a small buffer or a failing disk: each read gives at most <c>piece</c> characters, and once
/// <c>failAt</c> characters have been read every read throws an <see cref="IOException"/> ("disk gone").
/// </summary>
internal sealed class PieceReader : TextReader
{
    private readonly string _text;
    private readonly int _piece;
    private readonly int _failAt;
    private int _position;

    /// <summary>Reads <paramref name="text"/> in pieces of at most <paramref name="piece"/> characters, failing after <paramref name="failAt"/> characters.</summary>
    public PieceReader(string text, int piece = int.MaxValue, int failAt = int.MaxValue)
    {
        _text = text;
        _piece = piece;
        _failAt = failAt;
    }

    /// <summary>A reader of <paramref name="text"/> that fails after <paramref name="failAt"/> characters.</summary>
    public static PieceReader FailingAt(string text, int failAt) => new(text, failAt: failAt);

    public override int Peek()
    {
        Check();
        return _position < _text.Length ? _text[_position] : -1;
    }

    public override int Read()
    {
        Check();
        return _position < _text.Length ? _text[_position++] : -1;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        Check();
        var n = Math.Min(Math.Min(count, _piece), Math.Min(_text.Length, _failAt) - _position);
        _text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    private void Check()
    {
        if (_position >= _failAt) throw new IOException("disk gone");
    }
}
