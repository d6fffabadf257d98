namespace MedPay.Rules.Dip;

/// <summary>
/// Groups, scores and prices a DIP case file of any length in bounded memory, in file order: the rows' fields are read on one thread
/// (<see cref="DipCaseReader"/>), and blocks of <see cref="StreamOptions.BatchSize"/> rows are made records, evaluated and handed to the
/// caller's code on the working threads; the blocks come back in file order. At most <see cref="StreamOptions.MaxBatchesInFlight"/>
/// blocks exist at a time. Every row gives exactly the record <see cref="CaseFileReader{TRecord}.TryRead"/> gives and the result
/// <see cref="DipEngine.Evaluate"/> gives, whatever the thread count (a case's result depends on that case alone).
/// </summary>
public static class DipCaseFileStreaming
{
    /// <summary>
    /// Evaluates the rows of <paramref name="csv"/> block by block: for each block, <paramref name="block"/> gives the object the block's rows
    /// are handed to with <paramref name="handler"/>, on a working thread, in file order; the blocks are returned in file order as the caller
    /// enumerates. The library does not touch a block once it is returned, so the caller may reuse it from <paramref name="block"/>.
    /// </summary>
    /// <typeparam name="TBlock">The caller's block type.</typeparam>
    /// <param name="engine">The DIP engine (thread-safe).</param>
    /// <param name="csv">The case file after its header (as <see cref="DipCaseReader.Open"/> leaves it); read to its end on a background thread (unless one thread is asked for). Nothing is read when <see cref="CaseFileReader{TRecord}.CanRead"/> is false.</param>
    /// <param name="prices">The point values, or <see langword="null"/> to leave payments out.</param>
    /// <param name="block">Makes or hands out the object for the next block; called on the reading thread.</param>
    /// <param name="handler">Handles one row; called on the working threads, must be thread-safe across blocks.</param>
    /// <param name="options">Rows per block, threads and blocks in flight; <see langword="null"/> for <see cref="StreamOptions.Default"/>.</param>
    /// <returns>The blocks, lazily, in file order. An exception of reading the file (e.g. an invalid byte) is rethrown here.</returns>
    public static IEnumerable<TBlock> EvaluateRows<TBlock>(this DipEngine engine, DipCaseReader csv, DipPointPrices? prices, Func<TBlock> block, DipRowHandler<TBlock> handler,
        StreamOptions? options = null)
    {
        if (engine is null) throw new ArgumentNullException(nameof(engine));
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        if (block is null) throw new ArgumentNullException(nameof(block));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        return CaseFileStreaming.Run<DipCaseRecord, TBlock>(csv, block, (b, record) => handler(b, record, engine.Evaluate(record.Case, prices)), options);
    }
}
