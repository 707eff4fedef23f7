using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit;

namespace Pacta.LoadTest.Tests;

public sealed class LoadRunnerTests
{
    [Fact]
    public async Task RunAsync_FixedRate_SendsInOrderAndTakesAsLongAsTheScheduleSays()
    {
        await using var target = new RecordingTarget();
        var clock = Stopwatch.StartNew();

        var result = await new LoadRunner(target, new LoadSettings(50, 250, 8, TimeSpan.FromSeconds(20))).RunAsync(CancellationToken.None);

        // Request 49 is due at 49/250 s = 196 ms: the run cannot be shorter, whatever the machine.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190), $"took {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(50, result.Sent);
        Assert.Equal(Enumerable.Range(0, 50), target.Sent);
        Assert.False(double.IsNaN(result.LagP99));
        Assert.True(result.LagP99 >= 0);
    }

    [Fact]
    public async Task RunAsync_TimeLimitBeforeTheLastRequestIsDue_StopsSendingAndCountsWhatWasSent()
    {
        await using var target = new RecordingTarget();

        var result = await new LoadRunner(target, new LoadSettings(100, 10, 8, TimeSpan.FromMilliseconds(350))).RunAsync(CancellationToken.None);

        // Due at 0, 100, 200 and 300 ms: four before the limit, none after it.
        Assert.Equal(4, result.Sent);
        Assert.Equal(100, result.Planned);
        Assert.Equal(4, target.Sent.Count);
    }

    private sealed class RecordingTarget : ILoadTarget
    {
        private readonly ConcurrentQueue<int> _sent = new();

        public string Description => "recording";

        public IReadOnlyList<int> Sent => [.. _sent];

        public Task<bool> SendAsync(int index, CancellationToken cancellationToken)
        {
            _sent.Enqueue(index);
            return Task.FromResult(true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
