using Pacta.Ingest.Streaming;
using Xunit;

namespace Pacta.Ingest.Tests.Streaming;

public sealed class BackgroundBatchesTests
{
    [Fact]
    public void Add_ManyItems_WritesFullBatchesInOrderThenTheRestOnComplete()
    {
        var written = new List<IReadOnlyList<int>>();
        var batches = new BackgroundBatches<int>(
            async batch =>
            {
                await Task.Delay(1);
                lock (written)
                {
                    written.Add(batch);
                }
            },
            size: 4,
            maxAge: TimeSpan.FromHours(1));

        for (var i = 0; i < 10; i++)
        {
            batches.Add(i);
        }

        batches.Complete();

        Assert.Equal([4, 4, 2], written.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 10), written.SelectMany(b => b));
    }

    [Fact]
    public void Add_ItemOlderThanMaxAge_SendsTheBatchBeforeItIsFull()
    {
        var written = 0;
        var batches = new BackgroundBatches<int>(batch => Task.FromResult(Interlocked.Add(ref written, batch.Count)), size: 100, maxAge: TimeSpan.Zero);

        batches.Add(1);
        batches.Add(2);
        batches.Complete();

        Assert.Equal(2, written);
    }

    [Fact]
    public void Complete_WriteFailed_ThrowsTheWritersException()
    {
        var batches = new BackgroundBatches<int>(_ => throw new InvalidOperationException("disk full"), size: 1, maxAge: TimeSpan.FromHours(1));

        batches.Add(1);

        Assert.Equal("disk full", Assert.Throws<InvalidOperationException>(batches.Complete).Message);
    }

    [Fact]
    public void Abandon_WriteUnderWay_WaitsForItAndDropsTheRest()
    {
        var release = new ManualResetEventSlim();
        var written = 0;
        var batches = new BackgroundBatches<int>(
            batch =>
            {
                release.Wait();
                Interlocked.Add(ref written, batch.Count);
                throw new InvalidOperationException("secondary");
            },
            size: 2,
            maxAge: TimeSpan.FromHours(1));
        batches.Add(1);
        batches.Add(2);
        batches.Add(3);

        release.Set();
        batches.Abandon();

        Assert.Equal(2, written);
    }
}
