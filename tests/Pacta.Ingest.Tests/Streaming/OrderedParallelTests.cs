using Pacta.Ingest.Streaming;
using Xunit;

namespace Pacta.Ingest.Tests.Streaming;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Map_UnevenWork_KeepsInputOrder(int threads)
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = OrderedParallel.Map(items, i =>
        {
            // Early items take longest, so an unordered map would return them last.
            Thread.SpinWait((200 - i) * 50);
            return i * 2;
        }, threads).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Map_LongStream_HoldsOnlyABoundedWindow()
    {
        var produced = 0;
        var maxAhead = 0;
        var consumed = 0;

        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                produced++;
                maxAhead = Math.Max(maxAhead, produced - consumed);
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Map(Source(), i => i, threads: 2))
        {
            consumed++;
        }

        Assert.Equal(1000, consumed);
        Assert.InRange(maxAhead, 1, 64);
    }

    [Fact]
    public void Map_SourceThatWaitsForInput_HandsOverWhatIsReady()
    {
        // A source that blocks (a pipe, a feed) after a few items: those must come out before it goes on.
        using var firstOut = new ManualResetEventSlim();
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            Assert.True(firstOut.Wait(TimeSpan.FromSeconds(10)), "the ready results were held back while the source waited");
            yield return 3;
        }

        var results = new List<int>();
        foreach (var result in OrderedParallel.Map(Source(), i => i * 10, threads: 2))
        {
            results.Add(result);
            firstOut.Set();
        }

        Assert.Equal([10, 20, 30], results);
    }

    [Fact]
    public void Map_FailingItem_ThrowsInItsPlaceAfterTheEarlierResults()
    {
        var results = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("item 40") : i, threads: 2))
            {
                results.Add(result);
            }
        });

        Assert.Equal("item 40", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), results);
    }

    [Fact]
    public void Map_ConsumerStopsEarly_StopsTheWorkersAndDisposesTheSource()
    {
        var disposed = false;
        var read = 0;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; i < 100_000; i++)
                {
                    Interlocked.Increment(ref read);
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        var first = OrderedParallel.Map(Source(), i => i, threads: 2).Take(5).ToList();

        Assert.Equal([0, 1, 2, 3, 4], first);
        Assert.True(disposed);
        Assert.InRange(read, 5, 64);
    }
}
