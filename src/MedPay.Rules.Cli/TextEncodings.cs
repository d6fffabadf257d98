using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>
/// The text encodings <c>medpay</c> reads and writes. Input: UTF-8 (with or without a byte-order mark), UTF-16 (LE/BE, with a
/// byte-order mark, or recognised without one from its zero bytes), GB18030 (a superset of GBK and GB2312, what Excel on a
/// Chinese Windows desktop saves as "CSV"): detected, or named with <c>--encoding</c>. Output: UTF-8 with a byte-order mark by
/// default (Excel reads Chinese text right only with the mark), or the encoding named with <c>--out-encoding</c>. GB18030 comes
/// from the runtime's code-page provider (System.Text.Encoding.CodePages, part of .NET 8's shared framework).
/// </summary>
internal static class TextEncodings
{
    public const string InputChoices = "auto, utf-8, utf-16, utf-16be, gb18030 (gbk, gb2312)";
    public const string OutputChoices = "utf-8-bom, utf-8, utf-16, gb18030";

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads an input encoding name; <c>auto</c> (or none) is <see langword="null"/>.</summary>
    public static bool TryParseInput(string? name, out Encoding? encoding)
    {
        encoding = null;
        switch (Normalise(name))
        {
            case "" or "auto": return true;
            case "utf8" or "utf8bom": encoding = Strict(new UTF8Encoding(false, true)); return true;
            case "utf16" or "utf16le" or "unicode": encoding = Strict(new UnicodeEncoding(false, false, true)); return true;
            case "utf16be": encoding = Strict(new UnicodeEncoding(true, false, true)); return true;
            case "gb18030" or "gbk" or "gb2312" or "cp936": encoding = Gb18030(); return true;
            default: return false;
        }
    }

    /// <summary>Reads an output encoding name; none is UTF-8 with a byte-order mark.</summary>
    public static bool TryParseOutput(string? name, out Encoding encoding)
    {
        switch (Normalise(name))
        {
            case "" or "utf8bom" or "excel": encoding = new UTF8Encoding(true); return true;
            case "utf8": encoding = new UTF8Encoding(false); return true;
            case "utf16" or "utf16le" or "unicode": encoding = new UnicodeEncoding(false, true); return true;
            case "gb18030" or "gbk" or "gb2312": encoding = Encoding.GetEncoding("GB18030"); return true;
            default:
                encoding = new UTF8Encoding(true);
                return false;
        }
    }

    /// <summary>Opens a file for reading as text: the encoding given, or the one detected from its first bytes.</summary>
    /// <exception cref="InputEncodingException">Thrown while reading when the bytes are not valid in the encoding.</exception>
    public static TextReader Open(Stream stream, Encoding? encoding, string fileName)
    {
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

    /// <summary>The display name of an encoding in messages.</summary>
    public static string Name(Encoding encoding) => encoding switch
    {
        UTF8Encoding => "UTF-8",
        UnicodeEncoding u when u.CodePage == 1201 => "UTF-16BE",
        UnicodeEncoding => "UTF-16",
        _ => encoding.WebName.ToUpperInvariant(),
    };

    private static Encoding Detect(byte[] head, int length)
    {
        // UTF-16 without a mark: a CSV header is ASCII, so every other byte is zero.
        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i + 1 < Math.Min(length, 512); i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }

        var pairs = Math.Min(length, 512) / 2;
        if (pairs >= 2 && oddZeros * 10 >= pairs * 8 && evenZeros == 0) return Strict(new UnicodeEncoding(false, false, true));
        if (pairs >= 2 && evenZeros * 10 >= pairs * 8 && oddZeros == 0) return Strict(new UnicodeEncoding(true, false, true));

        // UTF-8 when the head is valid UTF-8 (a sequence cut at the end of the head is fine); else GB18030 when that reads it.
        var utf8 = new UTF8Encoding(false, true);
        if (IsValid(utf8, head, CutIncompleteUtf8(head, length))) return Strict(utf8);
        var gb = Gb18030();
        if (IsValid(gb, head, length - 1) || IsValid(gb, head, length)) return gb;
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

    private static Encoding Gb18030() => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

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
                    throw new InputEncodingException(_fileName, Name(_encoding), line, _bytesBefore + at, bad);
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

/// <summary>An input file's bytes are not valid in its encoding.</summary>
internal sealed class InputEncodingException : Exception
{
    public InputEncodingException(string file, string encoding, long line, long offset, byte bad)
        : base($"{file}: line {line}: byte 0x{bad:X2} at offset {offset} is not valid {encoding}")
    {
        File = file;
        Encoding = encoding;
        Line = line;
        Offset = offset;
        Byte = bad;
    }

    public string File { get; }

    public string Encoding { get; }

    public long Line { get; }

    public long Offset { get; }

    public byte Byte { get; }
}
