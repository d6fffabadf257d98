using System.Buffers;
using System.Collections.Concurrent;
using MedPay.Rules.Coding;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Drg;

/// <summary>
/// Groups a case file of any length the fastest way: the file's text is cut into blocks of whole lines on one thread, and each block
/// is read, grouped and handed to the caller's code on the grouping threads — a row in the plain form straight from its text
/// (<see cref="DrgCaseRow"/>: no string per field, no <see cref="DrgCase"/>), any other row the full way — and the blocks come back
/// in file order. Memory is bounded by <see cref="StreamOptions.MaxBatchesInFlight"/> blocks of about 256 K characters. Every row
/// gives exactly what <see cref="DrgCaseCsvReader"/> and <see cref="DrgGrouper.Group(DrgCase)"/> give for it, whatever the thread
/// count: from the first block that holds a quote or a lone carriage return on (where a record may span lines), and when the
/// grouper records traces or applies version maps, rows are read with <see cref="DrgCaseCsvReader"/> itself.
/// </summary>
public static class DrgCaseFileStreaming
{
    /// <summary>The characters a block of lines holds, about 2,800 rows of the national layout.</summary>
    internal const int BlockCharacters = 256 * 1024;

    /// <summary>A line longer than this ends the fast path (the full reader then reads the rest of the file).</summary>
    internal const int LongestFastLine = 1024 * 1024;

    /// <summary>
    /// Groups the rows of <paramref name="csv"/> (positioned after its header, as <see cref="DrgCaseCsvReader.Open(TextReader, string, bool)"/>
    /// leaves it) block by block: for each block, <paramref name="block"/> gives the object the block's rows are handed to with
    /// <paramref name="handler"/>, on a grouping thread, in file order; the blocks are returned in file order as the caller enumerates.
    /// The library does not touch a block once it is returned, so the caller may reuse it from <paramref name="block"/>.
    /// </summary>
    /// <typeparam name="TBlock">The caller's block type.</typeparam>
    /// <param name="grouper">The grouper (thread-safe).</param>
    /// <param name="csv">The case file, after its header; read to its end on a background thread (unless one thread is asked for).</param>
    /// <param name="block">Makes or hands out the object for the next block; called on the reading thread.</param>
    /// <param name="handler">Handles one row; called on the grouping threads, must be thread-safe across blocks.</param>
    /// <param name="options">Threads and blocks in flight (<see cref="StreamOptions.BatchSize"/> is the rows per block of the full reader).</param>
    /// <returns>The blocks, lazily, in file order. An exception of reading the file (e.g. an invalid byte) is rethrown here.</returns>
    public static IEnumerable<TBlock> GroupRows<TBlock>(this DrgGrouper grouper, DrgCaseCsvReader csv, Func<TBlock> block, DrgCaseRowHandler<TBlock> handler,
        DrgStreamOptions? options = null) => GroupRows(grouper, csv, block, handler, options, BlockCharacters);

    /// <summary><see cref="GroupRows{TBlock}(DrgGrouper, DrgCaseCsvReader, Func{TBlock}, DrgCaseRowHandler{TBlock}, DrgStreamOptions?)"/> with blocks of a given size (tests cut small ones).</summary>
    internal static IEnumerable<TBlock> GroupRows<TBlock>(DrgGrouper grouper, DrgCaseCsvReader csv, Func<TBlock> block, DrgCaseRowHandler<TBlock> handler,
        DrgStreamOptions? options, int blockCharacters)
    {
        if (grouper is null) throw new ArgumentNullException(nameof(grouper));
        if (csv is null) throw new ArgumentNullException(nameof(csv));
        if (block is null) throw new ArgumentNullException(nameof(block));
        if (handler is null) throw new ArgumentNullException(nameof(handler));
        options ??= DrgStreamOptions.Default;
        options.Check();
        if (!csv.HasRequiredColumns) return Array.Empty<TBlock>();
        var run = new Run<TBlock>(grouper, csv, block, handler, options.BatchSize, Math.Max(16, blockCharacters));
        return OrderedBatchPipeline.Run(run.Pieces(), (pieces, _) => new[] { run.Handle(pieces[0]) }, 1, options.Threads, options.InFlight);
    }

    /// <summary>A piece of the file: whole lines of text from <see cref="FirstLine"/> on, or records the full reader read.</summary>
    private sealed class Piece<TBlock>
    {
        public Piece(TBlock block, char[] text, int length, int firstLine)
        {
            Block = block;
            Text = text;
            Length = length;
            FirstLine = firstLine;
        }

        public Piece(TBlock block, DrgCaseRecord[] records)
        {
            Block = block;
            Text = Array.Empty<char>();
            Records = records;
        }

        public TBlock Block { get; }

        public char[] Text { get; }

        public int Length { get; }

        public int FirstLine { get; }

        public DrgCaseRecord[]? Records { get; }
    }

    /// <summary>What one grouping thread needs for a block of lines: the fast row grouper and a full reader for the other rows.</summary>
    private sealed class Worker
    {
        public Worker(DrgGrouper grouper, DrgCaseCsvReader csv)
        {
            Rows = new DrgCaseRowGrouper(grouper, csv);
            Full = csv.Continue(TextReader.Null, 1);
        }

        public DrgCaseRowGrouper Rows { get; }

        public DrgCaseCsvReader Full { get; }

        public CharSegmentReader Segment { get; } = new();

        /// <summary>Where each line of the block being handled starts, and ends before its line break.</summary>
        public int[] Starts { get; private set; } = new int[4096];

        /// <inheritdoc cref="Starts"/>
        public int[] Ends { get; private set; } = new int[4096];

        /// <summary>The prefetching ring: the likely ids of the rows ahead, and their counts.</summary>
        public int[] Ring { get; } = new int[CasePrefetcher.RingCases * CasePrefetcher.CodesPerCase];

        /// <inheritdoc cref="Ring"/>
        public int[] Counts { get; } = new int[CasePrefetcher.RingCases];

        /// <summary>Finds the lines of a block (a line break is a line feed, with the carriage return before it dropped).</summary>
        public int CutLines(char[] text, int length)
        {
            var count = 0;
            var position = 0;
            while (position < length)
            {
                var newline = new ReadOnlySpan<char>(text, position, length - position).IndexOf('\n');
                var end = newline < 0 ? length : position + newline;
                var next = newline < 0 ? length : end + 1;
                if (end > position && text[end - 1] == '\r') end--;
                if (count == Starts.Length)
                {
                    var starts = Starts;
                    var ends = Ends;
                    Array.Resize(ref starts, count * 2);
                    Array.Resize(ref ends, count * 2);
                    Starts = starts;
                    Ends = ends;
                }

                Starts[count] = position;
                Ends[count] = end;
                count++;
                position = next;
            }

            return count;
        }
    }

    private sealed class Run<TBlock>
    {
        private readonly DrgGrouper _grouper;
        private readonly DrgCaseCsvReader _csv;
        private readonly Func<TBlock> _block;
        private readonly DrgCaseRowHandler<TBlock> _handler;
        private readonly int _recordsPerBlock;
        private readonly int _blockCharacters;
        private readonly ConcurrentBag<Worker> _workers = new();
        private readonly int _id;
        private readonly (int Mdc, int Adrg, int Drg) _expected;

        public Run(DrgGrouper grouper, DrgCaseCsvReader csv, Func<TBlock> block, DrgCaseRowHandler<TBlock> handler, int recordsPerBlock, int blockCharacters)
        {
            _blockCharacters = blockCharacters;
            _grouper = grouper;
            _csv = csv;
            _block = block;
            _handler = handler;
            _recordsPerBlock = Math.Max(1, recordsPerBlock);
            _id = csv.RequiredColumns[0];
            var optional = csv.OptionalColumns;
            _expected = (optional.Mdc, optional.Adrg, optional.Drg);
        }

        /// <summary>Cuts the file into pieces (on the reading thread).</summary>
        public IEnumerable<Piece<TBlock>> Pieces()
        {
            var source = _csv.Source;
            var done = _csv.SourceDone;
            var ahead = _csv.ReadAhead;
            var carry = new char[Math.Max(_blockCharacters, ahead.Length)];
            ahead.CopyTo(carry);
            var carried = ahead.Length;
            var line = _csv.NextLine;
            var fast = _grouper.SupportsCleanPath;
            while (fast)
            {
                // A block: what was carried over, then as much as fits.
                var text = ArrayPool<char>.Shared.Rent(Math.Max(_blockCharacters, carried + _blockCharacters / 4));
                Array.Copy(carry, text, carried);
                var length = carried;
                while (!done && length < text.Length)
                {
                    var read = source.Read(text, length, text.Length - length);
                    if (read <= 0) done = true;
                    else length += read;
                }

                if (length == 0)
                {
                    ArrayPool<char>.Shared.Return(text);
                    yield break;
                }

                var span = new ReadOnlySpan<char>(text, 0, length);
                var cut = done ? length : span.LastIndexOf('\n') + 1;
                if (cut == 0)
                {
                    // No line ends in the block: carry it all into a larger one, unless the line is past the fast path's length.
                    if (length >= LongestFastLine)
                    {
                        fast = false;
                        carry = text;
                        carried = length;
                        break;
                    }

                    if (carry.Length < length * 2) carry = new char[length * 2];
                    Array.Copy(text, carry, length);
                    carried = length;
                    ArrayPool<char>.Shared.Return(text);
                    continue;
                }

                var lines = span.Slice(0, cut);
                if (lines.IndexOf('"') >= 0 || HasLoneCarriageReturn(lines))
                {
                    // From here on a record may span lines: the full reader reads the rest, from this block's first line.
                    fast = false;
                    carry = text;
                    carried = length;
                    break;
                }

                var first = line;
                line += Count(lines, '\n');
                carried = length - cut;
                if (carry.Length < carried) carry = new char[carried * 2];
                Array.Copy(text, cut, carry, 0, carried);
                yield return new Piece<TBlock>(_block(), text, cut, first);
            }

            // The full reader from the first line not cut into blocks: the carried text, then the rest of the source.
            var rest = _csv.Continue(new ConcatenatedReader(carry, carried, done ? TextReader.Null : source), line);
            while (true)
            {
                var records = new DrgCaseRecord[_recordsPerBlock];
                var count = 0;
                while (count < records.Length && rest.TryRead(out var record)) records[count++] = record;
                if (count == 0) yield break;
                if (count < records.Length) Array.Resize(ref records, count);
                yield return new Piece<TBlock>(_block(), records);
                if (count < _recordsPerBlock) yield break;
            }
        }

        /// <summary>Groups a piece and hands its rows to the caller (on a grouping thread).</summary>
        public TBlock Handle(Piece<TBlock> piece)
        {
            if (piece.Records is { } records)
            {
                var cases = new DrgCase[records.Length];
                var readable = 0;
                foreach (var record in records)
                {
                    if (record.Case is { } c) cases[readable++] = c;
                }

                var results = new DrgResult[readable];
                _grouper.Group(new ReadOnlySpan<DrgCase>(cases, 0, readable), results);
                for (int i = 0, k = 0; i < records.Length; i++)
                {
                    var row = new DrgCaseRow(records[i], records[i].Case is null ? null : results[k++]);
                    _handler(piece.Block, row);
                }

                return piece.Block;
            }

            if (!_workers.TryTake(out var worker)) worker = new Worker(_grouper, _csv);
            try
            {
                HandleLines(piece, worker);
            }
            finally
            {
                _workers.Add(worker);
                ArrayPool<char>.Shared.Return(piece.Text);
            }

            return piece.Block;
        }

        private void HandleLines(Piece<TBlock> piece, Worker worker)
        {
            var text = piece.Text;
            var count = worker.CutLines(text, piece.Length);
            var starts = worker.Starts;
            var ends = worker.Ends;
            if (!MemoryHint.IsSupported)
            {
                for (var i = 0; i < count; i++) HandleLine(piece, worker, starts[i], ends[i], piece.FirstLine + i);
                return;
            }

            // The batch path's prefetching (CasePrefetcher), over rows of text: while row i is grouped, the codes of the rows a few
            // places ahead are hashed (stage 1), their likely ids' entries (stage 2) and what those point to (stage 3) asked for.
            const int Mask = CasePrefetcher.RingCases - 1;
            const int PerCase = CasePrefetcher.CodesPerCase;
            var prefetcher = _grouper.Prefetcher;
            var rows = worker.Rows;
            var ring = worker.Ring;
            var counts = worker.Counts;
            for (var j = 0; j < CasePrefetcher.Stage1Ahead && j < count; j++) counts[j & Mask] = rows.PrefetchCodes(new ReadOnlySpan<char>(text, starts[j], ends[j] - starts[j]), ring.AsSpan((j & Mask) * PerCase, PerCase));
            for (var j = 0; j < CasePrefetcher.Stage2Ahead && j < count; j++) prefetcher.Ids(ring.AsSpan((j & Mask) * PerCase, PerCase), counts[j & Mask]);
            for (var j = 0; j < CasePrefetcher.Stage3Ahead && j < count; j++) prefetcher.Targets(ring.AsSpan((j & Mask) * PerCase, PerCase), counts[j & Mask]);
            for (var i = 0; i < count; i++)
            {
                var j = i + CasePrefetcher.Stage1Ahead;
                if (j < count) counts[j & Mask] = rows.PrefetchCodes(new ReadOnlySpan<char>(text, starts[j], ends[j] - starts[j]), ring.AsSpan((j & Mask) * PerCase, PerCase));
                j = i + CasePrefetcher.Stage2Ahead;
                if (j < count) prefetcher.Ids(ring.AsSpan((j & Mask) * PerCase, PerCase), counts[j & Mask]);
                j = i + CasePrefetcher.Stage3Ahead;
                if (j < count) prefetcher.Targets(ring.AsSpan((j & Mask) * PerCase, PerCase), counts[j & Mask]);
                HandleLine(piece, worker, starts[i], ends[i], piece.FirstLine + i, ring.AsSpan((i & Mask) * PerCase, PerCase), counts[i & Mask]);
            }
        }

        private void HandleLine(Piece<TBlock> piece, Worker worker, int start, int end, int line) =>
            HandleLine(piece, worker, start, end, line, ReadOnlySpan<int>.Empty, 0);

        /// <summary>Groups one row; <paramref name="hints"/> are its codes' likely ids from prefetching (empty without).</summary>
        private void HandleLine(Piece<TBlock> piece, Worker worker, int start, int end, int line, ReadOnlySpan<int> hints, int counts)
        {
            var row = new ReadOnlySpan<char>(piece.Text, start, end - start);
            if (IsBlank(row)) return;
            if (worker.Rows.TryGroup(row, hints, counts))
            {
                _handler(piece.Block, new DrgCaseRow(line, row, worker.Rows, worker.Rows.Result, _id, _expected));
            }
            else if (worker.Full.TryReadFrom(worker.Segment.Reset(piece.Text, start, end - start), line, out var record))
            {
                _handler(piece.Block, new DrgCaseRow(record, record.Case is { } c ? _grouper.Group(c) : null));
            }
        }

        /// <summary>Blank as the reader skips it: nothing but spaces and tabs.</summary>
        private static bool IsBlank(ReadOnlySpan<char> row)
        {
            foreach (var c in row)
            {
                if (c != ' ' && c != '\t') return false;
            }

            return true;
        }

        /// <summary>A carriage return not followed by a line feed: a line break of its own to the reader.</summary>
        private static bool HasLoneCarriageReturn(ReadOnlySpan<char> text)
        {
            while (true)
            {
                var cr = text.IndexOf('\r');
                if (cr < 0) return false;
                if (cr + 1 >= text.Length || text[cr + 1] != '\n') return true;
                text = text.Slice(cr + 2);
            }
        }

        private static int Count(ReadOnlySpan<char> text, char c)
        {
#if NET8_0_OR_GREATER
            return text.Count(c);
#else
            var count = 0;
            foreach (var x in text)
            {
                if (x == c) count++;
            }

            return count;
#endif
        }
    }

    /// <summary>Characters held in memory, then the rest of another reader.</summary>
    private sealed class ConcatenatedReader : TextReader
    {
        private readonly char[] _head;
        private readonly int _headLength;
        private readonly TextReader _rest;
        private int _position;

        public ConcatenatedReader(char[] head, int headLength, TextReader rest)
        {
            _head = head;
            _headLength = headLength;
            _rest = rest;
        }

        public override int Peek() => _position < _headLength ? _head[_position] : _rest.Peek();

        public override int Read() => _position < _headLength ? _head[_position++] : _rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= _headLength) return _rest.Read(buffer, index, count);
            var n = Math.Min(count, _headLength - _position);
            Array.Copy(_head, _position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
