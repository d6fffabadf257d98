namespace MedPay.Rules.Drg;

/// <summary>
/// How <see cref="DrgStreaming"/> and <see cref="DrgCaseFileStreaming"/> group a stream: batch size, threads and how many batches may
/// be in flight (the members of <see cref="StreamOptions"/>). Memory is bounded by <see cref="StreamOptions.BatchSize"/> × the batches
/// in flight, whatever the length of the stream; results always come in input order.
/// </summary>
public sealed class DrgStreamOptions : StreamOptions
{
    /// <summary>The options used when none are given: batches of 2,048 cases, one grouping thread per processor.</summary>
    public static new DrgStreamOptions Default { get; } = new();
}
