using System.Text;
using System.Text.Json;

namespace MedPay.Rules.Settlement;

/// <summary>
/// Cuts a JSON array into its elements as the text streams in: the text is encoded to UTF-8 into a buffer refilled from the reader,
/// and a <see cref="Utf8JsonReader"/> (whose state carries over from one buffer to the next) finds where each element starts and
/// ends. The reader checks the whole text as a parser of the whole document does, so a syntax error anywhere — after the closing
/// bracket too — throws the same <see cref="JsonException"/> (message, line, byte in line): on an error the rest of the text is read
/// and the run read again, as some messages quote what follows. Memory is bounded by the largest element (and, on an error, by the
/// rest of the text, as the whole-text parser holds it).
/// </summary>
internal sealed class SettlementJsonArrayScanner
{
    private const int Chunk = 16 * 1024;
    private readonly TextReader _reader;
    private readonly Encoder _encoder = new UTF8Encoding(false, true).GetEncoder();
    private readonly char[] _chars = new char[Chunk];
    private byte[] _bytes = new byte[4 * Chunk * 3];
    private int _length;
    private int _consumed;
    private bool _final;
    private JsonReaderState _state;

    public SettlementJsonArrayScanner(TextReader reader, JsonReaderOptions options)
    {
        _reader = reader;
        _state = new JsonReaderState(options);
    }

    /// <summary>Finds the next element of the array.</summary>
    /// <param name="element">The element's UTF-8 text, valid until the next call.</param>
    /// <returns><see langword="false"/> after the last element, once the rest of the text is checked.</returns>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    /// <exception cref="ArgumentException">The text holds a lone UTF-16 surrogate (it cannot be encoded as UTF-8).</exception>
    public bool Next(out ReadOnlyMemory<byte> element)
    {
        var start = -1;
        while (true)
        {
            var offset = _consumed;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, offset, _length - offset), _final, _state);
            while (true)
            {
                try
                {
                    if (!reader.Read()) break;
                }
                catch (JsonException) when (!_final)
                {
                    // Some messages quote the rest of the text (an invalid literal quotes all of it): read it all, and read again
                    // from this run's start, so that the error is the one a parser of the whole text throws.
                    while (!_final) start = Fill(start);
                    reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_bytes, _consumed, _length - _consumed), true, _state);
                    offset = _consumed;
                    continue;
                }

                var depth = reader.CurrentDepth;
                var token = reader.TokenType;
                if (depth != 1) continue; // the array's own brackets (depth 0), or inside an element
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    start = offset + (int)reader.TokenStartIndex;
                    continue;
                }

                if (token is not (JsonTokenType.EndObject or JsonTokenType.EndArray)) start = offset + (int)reader.TokenStartIndex;
                var end = offset + (int)reader.BytesConsumed;
                _consumed = end;
                _state = reader.CurrentState;
                element = new ReadOnlyMemory<byte>(_bytes, start, end - start);
                return true;
            }

            _consumed = offset + (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_final)
            {
                // The reader checked the end of the text (an open array or trailing text threw); nothing more to read.
                element = default;
                return false;
            }

            start = Fill(start);
        }
    }

    /// <summary>Keeps the unread bytes (from <paramref name="keep"/> when an element is open), reads and encodes more text; returns where the open element now starts.</summary>
    private int Fill(int keep)
    {
        var from = keep >= 0 ? Math.Min(keep, _consumed) : _consumed;
        if (from > 0)
        {
            Array.Copy(_bytes, from, _bytes, 0, _length - from);
            _length -= from;
            _consumed -= from;
            if (keep >= 0) keep -= from;
        }

        var need = _length + (Chunk * 3) + 8;
        if (need > _bytes.Length) Array.Resize(ref _bytes, Math.Max(need, _bytes.Length * 2));
        var read = _reader.Read(_chars, 0, _chars.Length);
        if (read <= 0)
        {
            _final = true;
            read = 0;
        }

        _length += _encoder.GetBytes(_chars, 0, read, _bytes, _length, flush: _final);
        return keep;
    }
}
