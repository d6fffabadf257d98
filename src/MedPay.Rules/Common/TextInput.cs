using System.Text;

namespace MedPay.Rules;

/// <summary>
/// Opens an input file (a case file, settlement lists, any CSV or JSON the engines read) as text, in the encoding given or the one
/// detected from its first bytes: UTF-8 (with or without a byte-order mark), UTF-16 (LE/BE, with a byte-order mark, or recognised
/// without one from its zero bytes), GB18030 (a superset of GBK and GB2312, what Excel on a Chinese Windows desktop saves as
/// "CSV"). The reader decodes chunk by chunk, so a file of any size streams; a byte that is not valid in the encoding stops the
/// read with an <see cref="InputEncodingException"/> that names its line and offset — never a silent replacement character.
/// GB18030 comes from the runtime's code-page provider: registered here on .NET 8 and later, built into .NET Framework, and
/// registered by PowerShell 7 and by <c>medpay</c>; where no provider is registered it is not offered.
/// </summary>
public static class TextInput
{
    /// <summary>The encoding names <see cref="TryParseEncoding"/> accepts, for help texts and messages.</summary>
    public const string EncodingChoices = "auto, utf-8, utf-16, utf-16be, gb18030 (gbk, gb2312)";

#if NET8_0_OR_GREATER
    static TextInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
#endif

    /// <summary>Reads an input encoding name (<see cref="EncodingChoices"/>; case, <c>-</c> and <c>_</c> do not matter); <c>auto</c> (or none) is <see langword="null"/>: detect.</summary>
    /// <param name="name">The name, or <see langword="null"/>.</param>
    /// <param name="encoding">The strict encoding (invalid bytes throw), or <see langword="null"/> for detection.</param>
    /// <returns><see langword="false"/> when the name is not one of <see cref="EncodingChoices"/> (or GB18030 is not available).</returns>
    public static bool TryParseEncoding(string? name, out Encoding? encoding)
    {
        encoding = null;
        switch (Normalise(name))
        {
            case "" or "auto": return true;
            case "utf8" or "utf8bom": encoding = Strict(new UTF8Encoding(false, true)); return true;
            case "utf16" or "utf16le" or "unicode": encoding = Strict(new UnicodeEncoding(false, false, true)); return true;
            case "utf16be": encoding = Strict(new UnicodeEncoding(true, false, true)); return true;
            case "gb18030" or "gbk" or "gb2312" or "cp936": encoding = Gb18030(); return encoding is not null;
            default: return false;
        }
    }

    /// <summary>Opens a stream for reading as text: the encoding given, or the one detected from its first 64 KiB (a byte-order mark; else UTF-16 when its zero bytes fall on one side; else UTF-8 when valid; else GB18030 when that reads it; else UTF-8).</summary>
    /// <param name="stream">The bytes; the reader owns it and disposes of it.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> to detect it.</param>
    /// <param name="fileName">The file name, for the messages of <see cref="InputEncodingException"/>.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InputEncodingException">Thrown while reading when the bytes are not valid in the encoding.</exception>
    public static TextReader Open(Stream stream, Encoding? encoding, string fileName)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        fileName ??= string.Empty;
        var head = new byte[64 * 1024];
        var length = 0;
        while (length < head.Length)
        {
            var read = stream.Read(head, length, head.Length - length);
            if (read <= 0) break;
            length += read;
        }

        var bom = 0;
        if (length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            bom = 3;
            encoding ??= Strict(new UTF8Encoding(false, true));
        }
        else if (length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            bom = 2;
            encoding ??= Strict(new UnicodeEncoding(false, false, true));
        }
        else if (length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            bom = 2;
            encoding ??= Strict(new UnicodeEncoding(true, false, true));
        }

        encoding ??= Detect(head, length);
        return new DecodingReader(stream, encoding, head, bom, length, fileName);
    }

    /// <summary>The display name of an encoding in messages (UTF-8, UTF-16, UTF-16BE, GB18030).</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The name.</returns>
    public static string EncodingName(Encoding encoding) => encoding switch
    {
        null => throw new ArgumentNullException(nameof(encoding)),
        UTF8Encoding => "UTF-8",
        UnicodeEncoding u when u.CodePage == 1201 => "UTF-16BE",
        UnicodeEncoding => "UTF-16",
        _ => encoding.WebName.ToUpperInvariant(),
    };

    private static Encoding Detect(byte[] head, int length)
    {
        // UTF-16 without a mark: text in UTF-8 or GB18030 has no zero bytes, while UTF-16 has one in the high byte of every ASCII
        // character (digits, commas, codes, line ends). Chinese characters rarely have a zero byte (一 U+4E00 does), so the zeros
        // must lean heavily to one side and make up a tenth of the pairs.
        var window = Math.Min(length, 4096);
        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i + 1 < window; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }

        var pairs = window / 2;
        if (pairs >= 2 && oddZeros * 10 >= pairs && oddZeros >= 4 * evenZeros) return Strict(new UnicodeEncoding(false, false, true));
        if (pairs >= 2 && evenZeros * 10 >= pairs && evenZeros >= 4 * oddZeros) return Strict(new UnicodeEncoding(true, false, true));

        // UTF-8 when the head is valid UTF-8 (a sequence cut at the end of the head is fine); else GB18030 when that reads it.
        var utf8 = new UTF8Encoding(false, true);
        if (IsValid(utf8, head, CutIncompleteUtf8(head, length))) return Strict(utf8);
        var gb = Gb18030();
        if (gb is not null && (IsValid(gb, head, length - 1) || IsValid(gb, head, length))) return gb;
        return Strict(utf8); // neither reads it: UTF-8, whose reader names the first bad byte's line
    }

    private static int CutIncompleteUtf8(byte[] head, int length)
    {
        // Drop a trailing partial sequence: up to 3 bytes after the last lead byte.
        for (var back = 1; back <= 3 && length - back >= 0; back++)
        {
            var b = head[length - back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte
            if (b >= 0xC0)
            {
                var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return need > back ? length - back : length;
            }

            return length;
        }

        return length;
    }

    private static bool IsValid(Encoding encoding, byte[] bytes, int length)
    {
        try
        {
            encoding.GetCharCount(bytes, 0, Math.Max(0, length));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding? Gb18030()
    {
        try
        {
            return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // no code-page provider registered (netstandard2.0 on .NET without one)
        }
    }

    /// <summary>The UTF encodings are built with throwOnInvalidBytes, so they are strict already.</summary>
    private static Encoding Strict(Encoding encoding) => encoding;

    private static string Normalise(string? name) => (name ?? string.Empty).Trim().ToLowerInvariant().Replace("-", string.Empty).Replace("_", string.Empty);

    /// <summary>Decodes a stream chunk by chunk; a byte sequence that is not valid becomes an <see cref="InputEncodingException"/> naming its line.</summary>
    private sealed class DecodingReader : TextReader
    {
        private readonly Stream _stream;
        private readonly Encoding _encoding;
        private readonly Decoder _decoder;
        private readonly string _fileName;
        private readonly byte[] _bytes;
        private readonly char[] _chars;
        private int _pendingStart;
        private int _pendingLength;
        private int _charPosition;
        private int _charLength;
        private long _bytesBefore;
        private long _linesBefore;
        private bool _done;

        public DecodingReader(Stream stream, Encoding encoding, byte[] head, int start, int length, string fileName)
        {
            _stream = stream;
            _encoding = encoding;
            _decoder = encoding.GetDecoder();
            _fileName = fileName;
            _bytes = head;
            _pendingStart = start;
            _pendingLength = length - start;
            _bytesBefore = start;
            _chars = new char[encoding.GetMaxCharCount(head.Length) + 4];
        }

        public override int Peek() => Fill() ? _chars[_charPosition] : -1;

        public override int Read() => Fill() ? _chars[_charPosition++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            if (!Fill()) return 0;
            var n = Math.Min(count, _charLength - _charPosition);
            Array.Copy(_chars, _charPosition, buffer, index, n);
            _charPosition += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _stream.Dispose();
            base.Dispose(disposing);
        }

        private bool Fill()
        {
            while (_charPosition >= _charLength)
            {
                if (_done) return false;
                int count;
                if (_pendingLength > 0)
                {
                    count = _pendingLength;
                    if (_pendingStart > 0) Array.Copy(_bytes, _pendingStart, _bytes, 0, count);
                    _pendingLength = 0;
                    _pendingStart = 0;
                }
                else
                {
                    count = _stream.Read(_bytes, 0, _bytes.Length);
                }

                var flush = count <= 0;
                if (flush) count = 0;
                try
                {
                    _charLength = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush);
                }
                catch (DecoderFallbackException e)
                {
                    var at = Math.Max(0, Math.Min(count, e.Index));
                    var line = 1 + _linesBefore + Newlines(_bytes, 0, at);
                    var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : at < count ? _bytes[at] : (byte)0;
                    throw new InputEncodingException(_fileName, EncodingName(_encoding), line, _bytesBefore + at, bad);
                }

                _charPosition = 0;
                _linesBefore += Newlines(_bytes, 0, count);
                _bytesBefore += count;
                if (flush) _done = true;
            }

            return true;
        }

        private long Newlines(byte[] bytes, int start, int end)
        {
            // A line feed is byte 0x0A in UTF-8 and GB18030 (no multi-byte sequence holds it), and 0x0A next to 0x00 in UTF-16.
            var utf16 = _encoding is UnicodeEncoding;
            long count = 0;
            for (var i = start; i < end; i++)
            {
                if (bytes[i] != 0x0A) continue;
                if (!utf16) count++;
                else if ((i + 1 < end && bytes[i + 1] == 0) || (i > 0 && bytes[i - 1] == 0)) count++;
            }

            return count;
        }
    }
}
