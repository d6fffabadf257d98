using System.Security.Cryptography;

namespace MedPay.Rules.Tests.Support;

/// <summary>Files of the command-line tests: a fresh name in the temporary folder, and the SHA-256 of a file's bytes.</summary>
internal static class TempFiles
{
    /// <summary>A path in the temporary folder no other test uses: <c>medpay-{kind}-{guid}-{name}</c>.</summary>
    public static string Path(string kind, string name) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "medpay-" + kind + "-" + Guid.NewGuid().ToString("N") + "-" + name);

    /// <summary>The SHA-256 of the file's bytes, in lower-case hex.</summary>
    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();
}
