namespace MedPay.Rules;

/// <summary>
/// An input file's bytes are not valid in its encoding (thrown by the readers of <see cref="TextInput.Open"/>): which file, which
/// encoding, the line and byte offset of the first bad byte, and the byte — enough to tell the user which encoding to name instead.
/// </summary>
public sealed class InputEncodingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file name.</param>
    /// <param name="encoding">The encoding's display name (<see cref="TextInput.EncodingName"/>).</param>
    /// <param name="line">The 1-based line of the bad byte.</param>
    /// <param name="offset">The 0-based byte offset of the bad byte in the file.</param>
    /// <param name="bad">The bad byte.</param>
    public InputEncodingException(string file, string encoding, long line, long offset, byte bad)
        : base($"{file}: line {line}: byte 0x{bad:X2} at offset {offset} is not valid {encoding} / {file} 第 {line} 行：字节 0x{bad:X2}（偏移 {offset}）不是有效的 {encoding} 编码")
    {
        File = file;
        Encoding = encoding;
        Line = line;
        Offset = offset;
        Byte = bad;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The encoding the file was read in.</summary>
    public string Encoding { get; }

    /// <summary>The 1-based line of the bad byte.</summary>
    public long Line { get; }

    /// <summary>The 0-based byte offset of the bad byte.</summary>
    public long Offset { get; }

    /// <summary>The bad byte.</summary>
    public byte Byte { get; }
}
