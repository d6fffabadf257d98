namespace MedPay.Rules;

/// <summary>
/// How the library's streaming methods cut a stream into batches and work on them: batch size, threads and how many batches may be
/// in flight. Memory is bounded by <see cref="BatchSize"/> × the batches in flight, whatever the length of the stream; results always
/// come in input order. Used by <see cref="Payment.PaymentCaseFileStreaming"/> and <see cref="Dip.DipCaseFileStreaming"/>;
/// <see cref="Drg.DrgStreamOptions"/> is the same options for grouping.
/// </summary>
public class StreamOptions
{
    /// <summary>The options used when none are given: batches of 2,048 cases, one thread per processor.</summary>
    public static StreamOptions Default { get; } = new();

    /// <summary>Cases per batch (default 2,048; at least 1). Larger batches cost memory, smaller ones hand-off time.</summary>
    public int BatchSize { get; init; } = 2048;

    /// <summary>
    /// The number of threads that work at the same time: <c>-1</c> (the default) for one per processor
    /// (<see cref="Environment.ProcessorCount"/>), <c>1</c> to work on the caller's thread with no background work at all.
    /// Values of 0 or below -1 are refused with <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The most batches read ahead and not yet consumed (default 0: twice the threads, plus two).</summary>
    public int MaxBatchesInFlight { get; init; }

    internal int Threads => MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : MaxDegreeOfParallelism;

    internal int InFlight => MaxBatchesInFlight > 0 ? MaxBatchesInFlight : 2 * Threads + 2;

    internal void Check()
    {
        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "线程数须为 -1（每个处理器一个）或至少 1 / threads must be -1 (one per processor) or at least 1");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "批大小须至少为 1 / the batch size must be at least 1");
    }
}
