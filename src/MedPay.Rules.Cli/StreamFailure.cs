namespace MedPay.Rules.Cli;

/// <summary>
/// How <c>medpay group</c>, <c>medpay pay</c> and <c>medpay dip</c> answer a failure while they stream a case file into their result
/// file: a byte the input's encoding cannot decode, a result file that cannot be opened or moved into place, or a read or write that fails
/// on the way (a disk full). Each gets one message on standard error and its exit code; nothing is left behind that looks complete (the
/// result file is only moved into place by its commit).
/// </summary>
internal static class StreamFailure
{
    /// <summary>
    /// Whether <see cref="Report"/> answers <paramref name="e"/>: an <see cref="InputEncodingException"/>, an <see cref="OutputException"/>,
    /// an <see cref="IOException"/> or an <see cref="UnauthorizedAccessException"/>. Any other exception is not a file's failure and goes on.
    /// </summary>
    public static bool Handles(Exception e) => e is InputEncodingException or OutputException or IOException or UnauthorizedAccessException;

    /// <summary>Prints the failure <paramref name="e"/> (one that <see cref="Handles"/>) and returns the exit code.</summary>
    /// <param name="e">The failure.</param>
    /// <param name="inputPath">The case file read (named when a read fails).</param>
    /// <param name="writing">
    /// The file being written when the failure came (named when an I/O failure is a write's), or null while no result file is open: an I/O
    /// failure is then the input's.
    /// </param>
    public static int Report(Exception e, string inputPath, string? writing)
    {
        switch (e)
        {
            case InputEncodingException encoding:
                InputFile.EncodingError(encoding);
                return ExitCodes.BadInput;
            case OutputException output:
                Console2.Error(output.Zh, output.En);
                return ExitCodes.CannotWrite;
            default:
                if (writing is not null)
                {
                    Console2.Error($"无法写入 {writing}（未生成结果文件）", $"cannot write {writing}: {e.Message} (no result file was left)");
                    return ExitCodes.CannotWrite;
                }

                Console2.Error($"无法读取输入文件 {inputPath}", $"cannot read the input file {inputPath}: {e.Message}");
                return ExitCodes.BadInput;
        }
    }
}
