using System.Text;
using BenchmarkDotNet.Attributes;
using MedPay.Rules.Drg;
using MedPay.Rules.RulePacks;

namespace MedPay.Rules.Benchmarks.Drg;

/// <summary>
/// The file pipeline of <c>medpay group</c> per case (issue 17): reading the CHS-DRG 1.1 conformance case file
/// (<see cref="Cases"/> rows, the fixture's rows repeated) with <see cref="DrgCaseCsvReader"/>; reading and writing the result
/// lines with no grouping (the pipeline's own cost: a trivial grouper); reading, grouping and writing on one thread; and the
/// same through <see cref="DrgStreaming"/> on every processor. Output goes to <see cref="Stream.Null"/> through a UTF-8 writer,
/// so the encoding is counted and the disk is not. The <c>Rows…</c> benchmarks do the same through <see cref="DrgCaseFileStreaming"/>,
/// which groups rows in the plain form straight from their text (issue 17, 2026-12-02).
/// </summary>
[MemoryDiagnoser]
public class CsvPipelineBenchmarks
{
    /// <summary>Rows per operation.</summary>
    public const int Cases = 30_000;

    private DrgGrouper _grouper = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _grouper = DrgScheme.Load(RulePack.FromDirectory(Fixtures.ChsDrg11)).CreateGrouper();
        var lines = File.ReadAllLines(Path.Combine(Fixtures.ChsDrg11, "cases.csv"));
        var text = new StringBuilder(lines[0]).Append('\n');
        for (var i = 0; i < Cases; i++) text.Append(lines[1 + i % (lines.Length - 1)]).Append('\n');
        _text = text.ToString();
    }

    /// <summary>Reading only: text to <see cref="DrgCaseRecord"/> (the case, its codes, its issues).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public long ReadPerCase()
    {
        var csv = DrgCaseCsvReader.Open(new StringReader(_text), "cases.csv");
        long n = 0;
        while (csv.TryRead(out _)) n++;
        return n;
    }

    /// <summary>Reading and writing a result line per case, with no grouping: the pipeline's overhead.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public void ReadWriteNoGroupingPerCase()
    {
        using var writer = Writer();
        foreach (var record in DrgCaseCsvReader.Open(new StringReader(_text), "cases.csv").ReadAll()) writer.WriteLine(Line(record, null));
    }

    /// <summary>Reading, grouping and writing on one thread (<c>--threads 1</c>).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public void ReadGroupWriteOneThreadPerCase() => Run(1);

    /// <summary>Reading, grouping and writing through the streaming pipeline on every processor (the default).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public void ReadGroupWriteAllThreadsPerCase() => Run(-1);

    /// <summary>
    /// Grouping straight from the text (<see cref="DrgCaseFileStreaming.GroupRows{TBlock}(DrgGrouper, DrgCaseCsvReader, Func{TBlock}, DrgCaseRowHandler{TBlock}, DrgStreamOptions?)"/>),
    /// one thread, no output: the engine's cost per case when a case arrives as a line of a file.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public long RowsGroupOnlyOneThreadPerCase()
    {
        long n = 0;
        foreach (var block in _grouper.GroupRows(DrgCaseCsvReader.Open(new StringReader(_text), "cases.csv"), () => new StringBuilder(), static (StringBuilder _, in DrgCaseRow _) => { },
                     new DrgStreamOptions { MaxDegreeOfParallelism = 1 })) n += block.Length;
        return n;
    }

    /// <summary>Reading, grouping and writing the same lines through <c>GroupRows</c> on one thread (what <c>medpay group --threads 1</c> does).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public void RowsReadGroupWriteOneThreadPerCase() => Rows(1);

    /// <summary>The same on every processor (what <c>medpay group</c> does by default).</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public void RowsReadGroupWriteAllThreadsPerCase() => Rows(-1);

    private void Rows(int threads)
    {
        using var writer = Writer();
        foreach (var block in _grouper.GroupRows(DrgCaseCsvReader.Open(new StringReader(_text), "cases.csv"), () => new StringBuilder(), static (StringBuilder block, in DrgCaseRow row) =>
                 {
                     var id = row.Record?.Id ?? row.Id.ToString();
                     block.Append(row.Result is { } r ? Line(id, r) : id + ",,,0000,invalid-input").Append("\r\n");
                 }, new DrgStreamOptions { MaxDegreeOfParallelism = threads }))
        {
            writer.Write(block);
        }
    }

    private void Run(int threads)
    {
        using var writer = Writer();
        var records = DrgCaseCsvReader.Open(new StringReader(_text), "cases.csv").ReadAll();
        foreach (var line in _grouper.GroupStream(records, Line, new DrgStreamOptions { MaxDegreeOfParallelism = threads })) writer.WriteLine(line);
    }

    private static StreamWriter Writer() => new(Stream.Null, new UTF8Encoding(true), 1 << 16) { NewLine = "\r\n" };

    /// <summary>The line <c>medpay group</c> writes: id, mdc, adrg, drg, status.</summary>
    private static string Line(DrgCaseRecord record, DrgResult? result) => result is { } r ? Line(record.Id, r) : record.Id + ",,,0000,invalid-input";

    private static string Line(string id, DrgResult r) =>
        string.Concat(id, ",", r.IsGrouped ? r.MdcCode : string.Empty, ",", r.IsGrouped ? r.AdrgCode : string.Empty, ",", r.DrgCode, ",", r.Status.ToString());
}
