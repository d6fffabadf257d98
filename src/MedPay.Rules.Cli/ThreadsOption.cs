using System.CommandLine;

namespace MedPay.Rules.Cli;

/// <summary>
/// The <c>--threads</c> option of the streaming commands (<c>group</c>, <c>pay</c>, <c>dip</c>): the threads that work on the batches, one
/// per processor by default; <c>1</c> reads, works and writes on one thread; a value below 1 is a usage error.
/// </summary>
internal static class ThreadsOption
{
    /// <summary>The option, with its help text.</summary>
    /// <param name="description">The help text (what the threads do, in English and Chinese).</param>
    public static Option<int> Create(string description) => new("--threads") { Description = description, DefaultValueFactory = _ => Environment.ProcessorCount };

    /// <summary>Whether the value is at least 1; prints the bilingual message when it is not (exit code 1 follows).</summary>
    /// <param name="threads">The value given.</param>
    /// <param name="oneThread">What one thread does, in English (<c>groups</c>, <c>pays</c>…).</param>
    public static bool Check(int threads, string oneThread)
    {
        if (threads >= 1) return true;
        Console2.Error($"--threads 须至少为 1（给出的是 {threads}）；1 表示单线程", $"--threads must be at least 1 (given {threads}); 1 {oneThread} on one thread");
        return false;
    }
}
