namespace MedPay.Rules.Workbooks;

/// <summary>
/// A read-only view of a part's stream that stops at the read limits: at most <c>partLimit</c> bytes from this part, and at most
/// what is left of the workbook's total. Past either it throws <see cref="WorkbookLimitException"/>, so a part that expands
/// further than its declared size (a crafted zip bomb) is stopped, not read to the end.
/// </summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private readonly string _part;
    private readonly long _partLimit;
    private readonly ReadBudget _budget;
    private long _read;

    public BoundedStream(Stream inner, string part, long partLimit, ReadBudget budget)
    {
        _inner = inner;
        _part = part;
        _partLimit = partLimit;
        _budget = budget;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = _inner.Read(buffer, offset, count);
        _read += n;
        if (_read > _partLimit) throw new WorkbookLimitException(_part, _read, _partLimit);
        _budget.Spend(_part, n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>What is left of the workbook's total uncompressed bytes (<see cref="WorkbookReadLimits.MaxTotalBytes"/>).</summary>
internal sealed class ReadBudget
{
    private readonly long _limit;
    private long _spent;

    public ReadBudget(long limit) => _limit = limit;

    /// <summary>Spends bytes; parts are read on several threads, so the count is kept with an interlocked add.</summary>
    public void Spend(string part, long bytes)
    {
        var spent = Interlocked.Add(ref _spent, bytes);
        if (spent > _limit) throw new WorkbookLimitException("all parts / 全部部件", spent, _limit);
    }
}

/// <summary>A part (or all parts) went past a read limit.</summary>
internal sealed class WorkbookLimitException : Exception
{
    public WorkbookLimitException(string part, long bytes, long limit)
        : base(part + ": " + bytes + " > " + limit)
    {
        Part = part;
        Bytes = bytes;
        Limit = limit;
    }

    public string Part { get; }

    public long Bytes { get; }

    public long Limit { get; }
}
