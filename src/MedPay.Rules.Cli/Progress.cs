using System.Diagnostics;

namespace MedPay.Rules.Cli;

/// <summary>A progress line on stderr for long batches: a bar when stderr is a terminal, a line every 10% otherwise.</summary>
internal sealed class Progress
{
    private const int Threshold = 20_000;
    private readonly int _total;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastShown = -1;

    public Progress(int total)
    {
        _total = total;
        _enabled = total >= Threshold;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(int done)
    {
        if (!_enabled || (done & 1023) != 0) return;
        var percent = (int)(done * 100L / _total);
        if (Console.IsErrorRedirected)
        {
            if (percent / 10 == _lastShown / 10) return;
            Console.Error.WriteLine($"  {percent,3}%  {done:N0}/{_total:N0}");
        }
        else
        {
            if (percent == _lastShown) return;
            var bar = new string('#', percent / 4).PadRight(25, '.');
            Console.Error.Write($"\r  [{bar}] {percent,3}%  {done:N0}/{_total:N0}");
        }

        _lastShown = percent;
    }

    public void Done()
    {
        if (_enabled && !Console.IsErrorRedirected) Console.Error.WriteLine($"\r  [{new string('#', 25)}] 100%  {_total:N0}/{_total:N0}");
    }
}
