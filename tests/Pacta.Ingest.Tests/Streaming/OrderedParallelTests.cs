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
}
