namespace MedPay.Rules;

/// <summary>
/// The pipeline behind the case-file streaming methods (<see cref="Dip.DipCaseFileStreaming"/>, <see cref="Payment.PaymentCaseFileStreaming"/>):
/// the rows' fields are read on one thread, and blocks of <see cref="StreamOptions.BatchSize"/> rows are made records and handed to the
/// method's step on the working threads; the blocks come back in file order, at most <see cref="StreamOptions.MaxBatchesInFlight"/> at a time.
/// </summary>
internal static class CaseFileStreaming
{
    /// <summary>
    /// Runs the rows of <paramref name="csv"/> through <paramref name="step"/> block by block (arguments checked by the caller).
    /// </summary>
    /// <param name="csv">The case file after its header; nothing is read when it cannot be read.</param>
    /// <param name="block">Makes or hands out the object for the next block; called on the reading thread.</param>
    /// <param name="step">Evaluates one record and hands it to the caller's block; called on the working threads.</param>
    /// <param name="options">Rows per block, threads and blocks in flight; <see langword="null"/> for <see cref="StreamOptions.Default"/>.</param>
    /// <returns>The blocks, lazily, in file order.</returns>
    public static IEnumerable<TBlock> Run<TRecord, TBlock>(CaseFileReader<TRecord> csv, Func<TBlock> block, Action<TBlock, TRecord> step, StreamOptions? options)
        where TRecord : class
    {
        options ??= StreamOptions.Default;
        options.Check();
        if (!csv.CanRead) return Array.Empty<TBlock>();
        return OrderedBatchPipeline.Run(Pieces(csv, block, options.BatchSize), (pieces, _) => new[] { Handle(csv, step, pieces[0]) }, 1, options.Threads, options.InFlight);
    }

    /// <summary>Reads the file's rows into blocks (on the reading thread).</summary>
    private static IEnumerable<Piece<TBlock>> Pieces<TRecord, TBlock>(CaseFileReader<TRecord> csv, Func<TBlock> block, int rows)
        where TRecord : class
    {
        while (true)
        {
            var fields = new CaseFileFields[rows];
            var count = 0;
            while (count < rows && csv.TryReadFields(out fields[count])) count++;
            if (count == 0) yield break;
            yield return new Piece<TBlock>(block(), fields, count);
            if (count < rows) yield break;
        }
    }

    /// <summary>Makes a block's rows records and hands each to the step (on a working thread).</summary>
    private static TBlock Handle<TRecord, TBlock>(CaseFileReader<TRecord> csv, Action<TBlock, TRecord> step, Piece<TBlock> piece)
        where TRecord : class
    {
        for (var i = 0; i < piece.Count; i++) step(piece.Block, csv.Record(in piece.Rows[i]));
        return piece.Block;
    }

    private sealed class Piece<TBlock>
    {
        public Piece(TBlock block, CaseFileFields[] rows, int count)
        {
            Block = block;
            Rows = rows;
            Count = count;
        }

        public TBlock Block { get; }

        public CaseFileFields[] Rows { get; }

        public int Count { get; }
    }
}
