using System.Text;

namespace MedPay.Rules.Cli;

/// <summary>
/// Writes a report as it is rendered, piece by piece, with the bytes <see cref="PackLoading.WriteOutput"/> and
/// <see cref="PackLoading.WriteStandardOutput"/> write for the whole text: to standard output, or to a file written safely
/// (<see cref="OutputFile"/>: a temporary file renamed into place) — a CSV file in the output encoding and line ends of the run, any
/// other file in UTF-8 without a mark with LF. Prints why it cannot and returns false.
/// </summary>
internal static class ReportOutput
{
    public static bool Write(string? path, IoOptions.Settings io, Action<TextWriter> render)
    {
        if (path is null) return WriteStandardOutput(render);
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var newLine = csv ? io.NewLine : "\n";
        try
        {
            using var file = OutputFile.Open(path, csv ? io.OutputEncoding : new UTF8Encoding(false), newLine);
            try
            {
                var writer = newLine == "\n" ? file.Writer : new NewLineWriter(file.Writer, newLine);
                render(writer);
                writer.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException(path, e);
            }

            file.Commit();
            return true;
        }
        catch (OutputException e)
        {
            Console2.Error(e.Zh, e.En);
            return false;
        }
    }

    private static bool WriteStandardOutput(Action<TextWriter> render)
    {
        try
        {
            using (var writer = new ChunkWriter(Console.Out)) render(writer);
            Console.Out.Flush();
            return true;
        }
        catch (IOException e)
        {
            Console2.Error("无法写入标准输出", $"cannot write to standard output: {e.Message}");
            return false;
        }
    }

    /// <summary>Gathers text and passes it on in large pieces (standard output flushes on every write).</summary>
    private sealed class ChunkWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly StringBuilder _text = new();

        public ChunkWriter(TextWriter inner) => _inner = inner;

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            _text.Append(value);
            if (_text.Length >= 1 << 16) Flush();
        }

        public override void Write(string? value)
        {
            _text.Append(value);
            if (_text.Length >= 1 << 16) Flush();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            _text.Append(buffer, index, count);
            if (_text.Length >= 1 << 16) Flush();
        }

        public override void Flush()
        {
            if (_text.Length == 0) return;
            _inner.Write(_text.ToString());
            _text.Clear();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush();
            base.Dispose(disposing);
        }
    }

    /// <summary>Writes <c>\n</c> and <c>\r\n</c> as the given line end (a lone <c>\r</c> stays), across pieces as across one text.</summary>
    private sealed class NewLineWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly string _newLine;
        private bool _pendingReturn;

        public NewLineWriter(TextWriter inner, string newLine)
        {
            _inner = inner;
            _newLine = newLine;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (_pendingReturn)
            {
                _pendingReturn = false;
                if (value == '\n')
                {
                    _inner.Write(_newLine);
                    return;
                }

                _inner.Write('\r');
            }

            if (value == '\r') _pendingReturn = true;
            else if (value == '\n') _inner.Write(_newLine);
            else _inner.Write(value);
        }

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            var start = 0;
            for (var i = 0; i < value!.Length; i++)
            {
                var c = value[i];
                if (c != '\r' && c != '\n' && !_pendingReturn) continue;
                if (i > start) _inner.Write(value.AsSpan(start, i - start));
                Write(c);
                start = i + 1;
            }

            if (start < value.Length) _inner.Write(value.AsSpan(start));
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush()
        {
            if (_pendingReturn) _inner.Write('\r');
            _pendingReturn = false;
            _inner.Flush();
        }
    }
}
