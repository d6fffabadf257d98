using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MedPay.Rules;

/// <summary>
/// The streaming engine behind the library's <c>…Stream</c> methods: a reader cuts the input into batches, workers (at most
/// <c>threads</c> at a time) turn each batch into outputs, and the consumer gets the outputs in input order. At most
/// <c>inFlight</c> batches exist at any time, so memory is bounded by <c>inFlight × batchSize</c> items whatever the input's length.
/// With one thread everything runs on the consumer's thread, batch by batch.
/// </summary>
internal static class OrderedBatchPipeline
{
    /// <summary>Runs a synchronous source through the pipeline; the source is enumerated on one background thread.</summary>
    public static IEnumerable<TOut> Run<TIn, TOut>(IEnumerable<TIn> source, Func<TIn[], int, TOut[]> work, int batchSize, int threads, int inFlight)
    {
        if (threads <= 1) return Sequential(source, work, batchSize);
        return Parallel(source, work, batchSize, threads, inFlight);
    }

    /// <summary>Runs an asynchronous source through the pipeline.</summary>
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn[], int, TOut[]> work, int batchSize, int threads, int inFlight,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = new BoundedQueue<TOut>(Math.Max(1, inFlight));
        var scheduler = threads <= 1 ? TaskScheduler.Default : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var producer = Task.Run(async () =>
        {
            Exception? error = null;
            try
            {
                var batch = new TIn[batchSize];
                var count = 0;
                await foreach (var item in source.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    batch[count++] = item;
                    if (count < batchSize) continue;
                    await queue.AddAsync(Start(batch, count, work, scheduler, threads, stop.Token), stop.Token).ConfigureAwait(false);
                    batch = new TIn[batchSize];
                    count = 0;
                }

                if (count > 0) await queue.AddAsync(Start(batch, count, work, scheduler, threads, stop.Token), stop.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                queue.Complete(error);
            }
        });

        try
        {
            while (await queue.TakeAsync().ConfigureAwait(false) is { } next)
            {
                var outputs = await next.ConfigureAwait(false);
                for (var i = 0; i < outputs.Length; i++) yield return outputs[i];
            }

            queue.ThrowIfFailed();
        }
        finally
        {
            stop.Cancel();
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // stopped early by the consumer
            }
        }
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn[], int, TOut[]> work, int batchSize)
    {
        var batch = new TIn[batchSize];
        var count = 0;
        foreach (var item in source)
        {
            batch[count++] = item;
            if (count < batchSize) continue;
            foreach (var output in work(batch, count)) yield return output;
            count = 0;
        }

        if (count > 0)
        {
            foreach (var output in work(batch, count)) yield return output;
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn[], int, TOut[]> work, int batchSize, int threads, int inFlight)
    {
        using var stop = new CancellationTokenSource();
        var queue = new BoundedQueue<TOut>(Math.Max(1, inFlight));
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var producer = Task.Factory.StartNew(() =>
        {
            Exception? error = null;
            try
            {
                var batch = new TIn[batchSize];
                var count = 0;
                foreach (var item in source)
                {
                    batch[count++] = item;
                    if (count < batchSize) continue;
                    queue.Add(Start(batch, count, work, scheduler, threads, stop.Token), stop.Token);
                    batch = new TIn[batchSize];
                    count = 0;
                }

                if (count > 0) queue.Add(Start(batch, count, work, scheduler, threads, stop.Token), stop.Token);
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                queue.Complete(error);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            while (queue.Take() is { } next)
            {
                var outputs = next.GetAwaiter().GetResult();
                for (var i = 0; i < outputs.Length; i++) yield return outputs[i];
            }

            queue.ThrowIfFailed();
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // the producer's own failure was reported above; a cancellation is the consumer stopping early
            }
        }
    }

    private static Task<TOut[]> Start<TIn, TOut>(TIn[] batch, int count, Func<TIn[], int, TOut[]> work, TaskScheduler scheduler, int threads, CancellationToken stop) =>
        threads <= 1
            ? Task.FromResult(work(batch, count))
            : Task.Factory.StartNew(() => work(batch, count), stop, TaskCreationOptions.None, scheduler);

    /// <summary>The batches between the reader and the consumer, in input order; adding waits while <c>capacity</c> are queued.</summary>
    private sealed class BoundedQueue<TOut>
    {
        private readonly ConcurrentQueue<Task<TOut[]>?> _items = new();
        private readonly SemaphoreSlim _free;
        private readonly SemaphoreSlim _filled = new(0, int.MaxValue);
        private Exception? _error;

        public BoundedQueue(int capacity) => _free = new SemaphoreSlim(capacity, capacity);

        public void Add(Task<TOut[]> batch, CancellationToken stop)
        {
            _free.Wait(stop);
            _items.Enqueue(batch);
            _filled.Release();
        }

        public async Task AddAsync(Task<TOut[]> batch, CancellationToken stop)
        {
            await _free.WaitAsync(stop).ConfigureAwait(false);
            _items.Enqueue(batch);
            _filled.Release();
        }

        public void Complete(Exception? error)
        {
            _error = error;
            _items.Enqueue(null);
            _filled.Release();
        }

        public Task<TOut[]>? Take()
        {
            _filled.Wait();
            return Dequeue();
        }

        public async Task<Task<TOut[]>?> TakeAsync()
        {
            await _filled.WaitAsync().ConfigureAwait(false);
            return Dequeue();
        }

        public void ThrowIfFailed()
        {
            if (_error is OperationCanceledException) return;
            if (_error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_error).Throw();
        }

        private Task<TOut[]>? Dequeue()
        {
            _items.TryDequeue(out var batch);
            if (batch is not null) _free.Release();
            return batch;
        }
    }
}
