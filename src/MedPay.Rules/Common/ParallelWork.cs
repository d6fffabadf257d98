using System.Runtime.ExceptionServices;

namespace MedPay.Rules;

/// <summary>
/// Runs a few independent pieces of work (the tables of a pack, say) on the calling thread and, when the machine has more cores,
/// on helper tasks of the thread pool at the same time: each worker takes the next piece not yet taken, so give the pieces largest first. Cheaper to
/// start than <c>Parallel.For</c> in a process that has just started, and every piece runs exactly once. The first exception of a
/// piece is rethrown on the calling thread once all workers have stopped.
/// </summary>
internal static class ParallelWork
{
    /// <summary>Runs <paramref name="work"/> for 0 … <paramref name="count"/> − 1.</summary>
    /// <param name="count">The number of pieces.</param>
    /// <param name="work">The piece of work, by index; pieces must not depend on one another.</param>
    public static void Run(int count, Action<int> work)
    {
        var workers = Math.Min(Environment.ProcessorCount, count);
        if (workers <= 1)
        {
            for (var i = 0; i < count; i++) work(i);
            return;
        }

        var next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next)) work(i);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                Interlocked.Exchange(ref next, count); // the others stop at their next piece
            }
        }

        // A helper that has not started by the time the calling thread ran out of pieces is cancelled, not waited for: on a busy
        // thread pool it could start much later, and there is nothing left for it to do.
        using var done = new CancellationTokenSource();
        var helpers = new Task[workers - 1];
        for (var h = 0; h < helpers.Length; h++) helpers[h] = Task.Factory.StartNew(Work, done.Token, TaskCreationOptions.None, TaskScheduler.Default);
        Work();
        done.Cancel();
        foreach (var helper in helpers)
        {
            try
            {
                helper.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (helper.IsCanceled)
            {
                // never started
            }
        }

        failure?.Throw();
    }
}
