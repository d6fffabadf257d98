using MedPay.Rules.Drg;
using MedPay.Rules.Tests.Support;

namespace MedPay.Rules.Tests.Drg;

/// <summary><see cref="DrgStreaming"/>: in order, equal to grouping one case at a time, lazy with bounded read-ahead, any threads.</summary>
public class DrgStreamingTests
{
    private static readonly DrgGrouper Grouper = ConformanceFixture.Scheme.CreateGrouper();

    private static IReadOnlyList<DrgCase> Sample => ConformanceFixture.Cases.Take(3000).Select(r => r.Case!).ToList();

    [Theory]
    [InlineData(1, 2048)]
    [InlineData(2, 1)]
    [InlineData(3, 7)]
    [InlineData(-1, 500)]
    public void Stream_results_equal_grouping_each_case_alone_in_order(int threads, int batch)
    {
        var expected = Sample.Select(c => Grouper.Group(c)).ToList();
        var streamed = Grouper.GroupStream(Sample, new DrgStreamOptions { MaxDegreeOfParallelism = threads, BatchSize = batch }).ToList();
        Assert.Equal(expected.Count, streamed.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].DrgCode, streamed[i].DrgCode);
            Assert.Equal(expected[i].Status, streamed[i].Status);
        }
    }

    [Fact]
    public async Task Async_stream_keeps_the_order_and_the_records_without_a_case()
    {
        var records = ConformanceFixture.Cases.Take(2000).ToList();
        async IAsyncEnumerable<DrgCaseRecord> Source()
        {
            foreach (var record in records)
            {
                if (records.IndexOf(record) % 500 == 0) await Task.Yield();
                yield return record;
            }
        }

        var i = 0;
        await foreach (var grouped in Grouper.GroupStreamAsync(Source(), new DrgStreamOptions { MaxDegreeOfParallelism = 2, BatchSize = 64 }))
        {
            Assert.Same(records[i], grouped.Record);
            Assert.Equal(Grouper.Group(records[i].Case!).DrgCode, grouped.Result!.Value.DrgCode);
            i++;
        }

        Assert.Equal(records.Count, i);
    }

    [Fact]
    public void An_endless_stream_is_read_only_a_bounded_way_ahead()
    {
        // Batches of 16, 3 in flight: taking 10 results must not read more than (3 + 2) batches ahead, and must end.
        var pulled = 0;
        IEnumerable<DrgCase> Endless()
        {
            var cases = Sample;
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return cases[i % cases.Count];
            }
        }

        var first = Grouper.GroupStream(Endless(), new DrgStreamOptions { MaxDegreeOfParallelism = 2, BatchSize = 16, MaxBatchesInFlight = 3 }).Take(10).ToList();
        Assert.Equal(10, first.Count);
        Assert.InRange(Volatile.Read(ref pulled), 10, 16 * 5);
    }

    [Fact]
    public void A_failing_source_rethrows_its_exception_to_the_caller()
    {
        IEnumerable<DrgCase> Failing()
        {
            yield return Sample[0];
            throw new InvalidDataException("broken source");
        }

        var e = Assert.Throws<InvalidDataException>(() => Grouper.GroupStream(Failing(), new DrgStreamOptions { MaxDegreeOfParallelism = 2 }).ToList());
        Assert.Equal("broken source", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Zero_or_below_minus_one_threads_is_refused(int threads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grouper.GroupStream(Sample, new DrgStreamOptions { MaxDegreeOfParallelism = threads }));

    [Fact]
    public void Group_parallel_and_stream_on_no_cases_give_no_results()
    {
        Assert.Empty(Grouper.GroupParallel(Array.Empty<DrgCase>(), 4));
        Assert.Empty(Grouper.GroupStream(Array.Empty<DrgCase>(), new DrgStreamOptions { MaxDegreeOfParallelism = 4 }));
    }

    [Fact]
    public void Case_file_reader_streams_the_same_records_as_the_whole_file_parser()
    {
        var text = File.ReadAllText(Path.Combine(SharedFixtures.ChsDrg11, "cases.csv"));
        using var reader = new StringReader(text);
        var csv = DrgCaseCsvReader.Open(reader, "cases.csv");
        Assert.True(csv.HasRequiredColumns);
        var streamed = csv.ReadAll().ToList();
        var whole = ConformanceFixture.Cases;
        Assert.Equal(whole.Count, streamed.Count);
        for (var i = 0; i < whole.Count; i += 97)
        {
            Assert.Equal(whole[i].Line, streamed[i].Line);
            Assert.Equal(whole[i].Case!.ToString(), streamed[i].Case!.ToString());
        }
    }
}
