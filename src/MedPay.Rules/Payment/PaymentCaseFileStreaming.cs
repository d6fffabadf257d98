namespace MedPay.Rules.Payment;

/// <summary>
/// Pays a case file of any length in bounded memory, in file order: the records' fields are read on one thread
/// (<see cref="PaymentCaseReader"/>), and blocks of <see cref="StreamOptions.BatchSize"/> rows are made records, paid and handed to the
/// caller's code on the paying threads; the blocks come back in file order. At most <see cref="StreamOptions.MaxBatchesInFlight"/>
/// blocks exist at a time. Every row gives exactly the record <see cref="CaseFileReader{TRecord}.TryRead"/> gives and the payment
/// <see cref="DrgPaymentEngine.Pay"/> gives, whatever the thread count. To sum the year as the blocks come, feed
/// <see cref="HospitalYearTotals"/> on the consuming thread.
/// </summary>
public static class PaymentCaseFileStreaming
{
    /// <summary>
    /// Pays the rows of <paramref name="csv"/> block by block: for each block, <paramref name="block"/> gives the object the block's rows are
    /// handed to with <paramref name="handler"/>, on a paying thread, in file order; the blocks are returned in file order as the caller
    /// enumerates. The library does not touch a block once it is returned, so the caller may reuse it from <paramref name="block"/>.
    /// </summary>
    /// <typeparam name="TBlock">The caller's block type.</typeparam>
    /// <param name="engine">The payment engine (thread-safe).</param>
    /// <param name="csv">The case file after its header (as <see cref="PaymentCaseReader.Open"/> leaves it); read to its end on a background thread (unless one thread is asked for). Nothing is read when <see cref="CaseFileReader{TRecord}.CanRead"/> is false.</param>
    /// <param name="block">Makes or hands out the object for the next block; called on the reading thread.</param>
    /// <param name="handler">Handles one row; called on the paying threads, must be thread-safe across blocks.</param>
    /// <param name="options">Rows per block, threads and blocks in flight; <see langword="null"/> for <see cref="StreamOptions.Default"/>.</param>
    /// <returns>The blocks, lazily, in file order. An exception of reading the file (e.g. an invalid byte) is rethrown here.</returns>
    public static IEnumerable<TBlock> PayRows<TBlock>(this DrgPaymentEngine engine, PaymentCaseReader csv, Func<TBlock> block, PaymentRowHandler<TBlock> handler,
        StreamOptions? options = null)
    {
        if (engine is null) throw new ArgumentNullException(nameof(engine));
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        if (block is null) throw new ArgumentNullException(nameof(block));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return CaseFileStreaming.Run<PaymentCaseRecord, TBlock>(csv, block, (b, record) => handler(b, record, record.Case is { } c ? engine.Pay(in c) : null), options);
    }
}
