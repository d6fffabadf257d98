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
    public const string InputChoices = TextInput.EncodingChoices;
    public const string OutputChoices = "utf-8-bom, utf-8, utf-16, gb18030";

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads an input encoding name; <c>auto</c> (or none) is <see langword="null"/> (see <see cref="TextInput.TryParseEncoding"/>).</summary>
    public static bool TryParseInput(string? name, out Encoding? encoding) => TextInput.TryParseEncoding(name, out encoding);

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

    /// <summary>Opens a file for reading as text: the encoding given, or the one detected from its first bytes (<see cref="TextInput.Open"/>).</summary>
    /// <exception cref="InputEncodingException">Thrown while reading when the bytes are not valid in the encoding.</exception>
    public static TextReader Open(Stream stream, Encoding? encoding, string fileName) => TextInput.Open(stream, encoding, fileName);

    /// <summary>The display name of an encoding in messages.</summary>
    public static string Name(Encoding encoding) => TextInput.EncodingName(encoding);

    private static string Normalise(string? name) => (name ?? string.Empty).Trim().ToLowerInvariant().Replace("-", string.Empty).Replace("_", string.Empty);
}
