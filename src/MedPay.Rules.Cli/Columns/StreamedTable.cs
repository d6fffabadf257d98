using System.Text;

namespace MedPay.Rules.Cli.Columns;

/// <summary>
/// The pieces <c>medpay pay</c> and <c>medpay dip</c> share to write their result file as the blocks come: the encoding and line ends of
/// the file (as <see cref="PackLoading.WriteOutput"/> sets them for a whole text), the CSV lines of <see cref="ResultTable.Csv{TRow}"/> made
/// row by row, and the rows' read issues printed as they come.
/// </summary>
internal static class StreamedTable
{
    /// <summary>Whether the output is JSON (by its name, as the whole-text writers chose).</summary>
    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the result file with the encoding and line ends <see cref="PackLoading.WriteOutput"/> gives a path: those of the options for <c>.csv</c>, else UTF-8 without a mark and LF.</summary>
    public static OutputFile Open(string path, IoOptions.Settings io, out string newLine)
    {
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        newLine = csv ? io.NewLine : "\n";
        return OutputFile.Open(path, csv ? io.OutputEncoding : new UTF8Encoding(false), newLine);
    }

    /// <summary>The header line of <see cref="ResultTable.Csv{TRow}"/>, with the file's line ends.</summary>
    public static string Header<TRow>(IReadOnlyList<ResultColumn<TRow>> columns, string newLine) =>
        LineEnds(Csv.Line(columns.Select(c => c.Name).ToArray()) + "\n", newLine);

    /// <summary>Appends one row's line of <see cref="ResultTable.Csv{TRow}"/>, with the file's line ends (a line break inside a quoted value too, as the whole-text writer set them).</summary>
    public static void AppendLine<TRow>(StringBuilder line, IReadOnlyList<ResultColumn<TRow>> columns, TRow row, bool excelText, string newLine)
    {
        var start = line.Length;
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) line.Append(',');
            columns[i].Append(line, row, excelText);
        }

        line.Append('\n');
        if (newLine != "\n") line.Replace("\r\n", "\n", start, line.Length - start).Replace("\n", newLine, start, line.Length - start);
    }

    private static string LineEnds(string text, string newLine) => newLine == "\n" ? text : text.Replace("\r\n", "\n").Replace("\n", newLine);

    /// <summary>Prints the rows' read issues on standard error as they come, the first 50 and then <c>…</c> (as <see cref="Console2.Issues"/> does for a list).</summary>
    public sealed class IssueLines
    {
        private const int Max = 50;
        private int _printed;

        public void Print(IEnumerable<Issue> issues)
        {
            foreach (var issue in issues)
            {
                if (_printed > Max) return;
                if (_printed++ == Max)
                {
                    Console.Error.WriteLine("  …");
                    return;
                }

                Console.Error.WriteLine("  " + issue);
            }
        }
    }
}
