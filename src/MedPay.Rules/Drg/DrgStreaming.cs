namespace MedPay.Rules.Drg;

/// <summary>
/// Groups a stream of cases of any length — a year of a province's cases read from a file, a queue, a database cursor — in
/// bounded memory, on every processor by default, with results in input order. The input is read in batches
/// (<see cref="StreamOptions.BatchSize"/>) on one background thread, each batch is grouped through
/// <see cref="DrgGrouper.Group(ReadOnlySpan{DrgCase}, Span{DrgResult})"/> on the grouping threads, and the results are handed
/// back batch by batch in order, so at most <see cref="StreamOptions.MaxBatchesInFlight"/> batches are held at a time. The
/// results are the same as grouping each case alone with <see cref="DrgGrouper.Group(DrgCase)"/>, whatever the thread count.
/// Results are produced only as the caller enumerates; stopping the enumeration early stops the reading. An exception of the
/// input's enumeration is rethrown to the caller.
/// </summary>
public static class DrgStreaming
{
    /// <summary>Groups a stream of cases; one result per case, in order.</summary>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="cases">The cases; enumerated once, on a background thread unless the options ask for one thread.</param>
    /// <param name="options">Batch size and threads; <see langword="null"/> for <see cref="DrgStreamOptions.Default"/>.</param>
    /// <returns>The results, lazily, in the order of <paramref name="cases"/>.</returns>
    public static IEnumerable<DrgResult> GroupStream(this DrgGrouper grouper, IEnumerable<DrgCase> cases, DrgStreamOptions? options = null)
    {
        Check(grouper, cases, ref options);
        return OrderedBatchPipeline.Run(cases, (batch, count) => GroupCases(grouper, batch, count), options.BatchSize, options.Threads, options.InFlight);
    }

    /// <summary>Groups the records of a case file (see <see cref="DrgCaseCsvReader.ReadAll"/>); one output per record, in order.</summary>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="records">The records; a record without a case gives an output without a result.</param>
    /// <param name="options">Batch size and threads; <see langword="null"/> for <see cref="DrgStreamOptions.Default"/>.</param>
    /// <returns>The records with their results, lazily, in order.</returns>
    public static IEnumerable<DrgGroupedRecord> GroupStream(this DrgGrouper grouper, IEnumerable<DrgCaseRecord> records, DrgStreamOptions? options = null) =>
        GroupStream(grouper, records, static (record, result) => new DrgGroupedRecord(record, result), options);

    /// <summary>
    /// Groups the records of a case file and turns each into an output with <paramref name="selector"/>, which runs on the grouping
    /// threads (so formatting an output line is done in parallel too); one output per record, in order.
    /// </summary>
    /// <typeparam name="TOutput">The output type.</typeparam>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="records">The records.</param>
    /// <param name="selector">Makes the output of a record and its result (<see langword="null"/> when the record has no case); must be thread-safe.</param>
    /// <param name="options">Batch size and threads; <see langword="null"/> for <see cref="DrgStreamOptions.Default"/>.</param>
    /// <returns>The outputs, lazily, in order.</returns>
    public static IEnumerable<TOutput> GroupStream<TOutput>(this DrgGrouper grouper, IEnumerable<DrgCaseRecord> records, Func<DrgCaseRecord, DrgResult?, TOutput> selector,
        DrgStreamOptions? options = null)
    {
        Check(grouper, records, ref options);
        if (selector is null) throw new ArgumentNullException(nameof(selector));
        return OrderedBatchPipeline.Run(records, (batch, count) => GroupRecords(grouper, batch, count, selector), options.BatchSize, options.Threads, options.InFlight);
    }

    /// <summary>Groups an asynchronous stream of cases; one result per case, in order.</summary>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Batch size and threads; <see langword="null"/> for <see cref="DrgStreamOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading and the enumeration.</param>
    /// <returns>The results, in the order of <paramref name="cases"/>.</returns>
    public static IAsyncEnumerable<DrgResult> GroupStreamAsync(this DrgGrouper grouper, IAsyncEnumerable<DrgCase> cases, DrgStreamOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Check(grouper, cases, ref options);
        return OrderedBatchPipeline.RunAsync(cases, (batch, count) => GroupCases(grouper, batch, count), options.BatchSize, options.Threads, options.InFlight, cancellationToken);
    }

    /// <summary>Groups an asynchronous stream of case-file records; one output per record, in order.</summary>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="records">The records.</param>
    /// <param name="options">Batch size and threads; <see langword="null"/> for <see cref="DrgStreamOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading and the enumeration.</param>
    /// <returns>The records with their results, in order.</returns>
    public static IAsyncEnumerable<DrgGroupedRecord> GroupStreamAsync(this DrgGrouper grouper, IAsyncEnumerable<DrgCaseRecord> records, DrgStreamOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Check(grouper, records, ref options);
        return OrderedBatchPipeline.RunAsync(records, (batch, count) => GroupRecords(grouper, batch, count, static (record, result) => new DrgGroupedRecord(record, result)),
            options.BatchSize, options.Threads, options.InFlight, cancellationToken);
    }

    private static void Check(DrgGrouper grouper, object source, [System.Diagnostics.CodeAnalysis.NotNull] ref DrgStreamOptions? options)
    {
        if (grouper is null) throw new ArgumentNullException(nameof(grouper));
        if (source is null) throw new ArgumentNullException(nameof(source));
        options ??= DrgStreamOptions.Default;
        options.Check();
    }

    private static DrgResult[] GroupCases(DrgGrouper grouper, DrgCase[] batch, int count)
    {
        var results = new DrgResult[count];
        grouper.Group(new ReadOnlySpan<DrgCase>(batch, 0, count), results);
        return results;
    }

    private static TOutput[] GroupRecords<TOutput>(DrgGrouper grouper, DrgCaseRecord[] batch, int count, Func<DrgCaseRecord, DrgResult?, TOutput> selector)
    {
        var cases = new DrgCase[count];
        var readable = 0;
        for (var i = 0; i < count; i++)
        {
            if (batch[i].Case is { } c) cases[readable++] = c;
        }

        var results = new DrgResult[readable];
        grouper.Group(new ReadOnlySpan<DrgCase>(cases, 0, readable), results);
        var outputs = new TOutput[count];
        for (int i = 0, k = 0; i < count; i++) outputs[i] = selector(batch[i], batch[i].Case is null ? null : results[k++]);
        return outputs;
    }
}
