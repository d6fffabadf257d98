using System.Diagnostics;

namespace MedPay.Rules.Cli;

/// <summary>
/// A progress line on stderr for long batches, measured by the bytes of the input read so far (a stream's length is known before
/// its records are): a bar when stderr is a terminal, a line every 10% otherwise. Silent for inputs under 2 MB.
/// </summary>
internal sealed class Progress
{
    private const long Threshold = 2L * 1024 * 1024;
    private readonly FileStream? _input;
    private readonly long _total;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastShown = -1;
    private long _lastReported;

    public Progress(FileStream? input)
    {
        _input = input;
        try
        {
            _total = input is { CanSeek: true } ? input.Length : 0;
        }
        catch (IOException)
        {
            _total = 0;
        }

        _enabled = _total >= Threshold;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(long done)
    {
        if (!_enabled || done - _lastReported < 4096) return;
        _lastReported = done;
        long position;
        try
        {
            position = _input!.Position;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return;
        }

        var percent = (int)Math.Min(99, position * 100 / _total);
        if (Console.IsErrorRedirected)
        {
            if (percent / 10 == _lastShown / 10) return;
            Console.Error.WriteLine($"  {percent,3}%  {done:N0} cases");
        }
        else
        {
            if (percent == _lastShown) return;
            var bar = new string('#', percent / 4).PadRight(25, '.');
            Console.Error.Write($"\r  [{bar}] {percent,3}%  {done:N0} cases");
        }

        _lastShown = percent;
    }

    public void Done(long done)
    {
        if (_enabled && !Console.IsErrorRedirected) Console.Error.WriteLine($"\r  [{new string('#', 25)}] 100%  {done:N0} cases");
    }
}
