using Xunit;

namespace Pacta.LoadTest.Tests;

public sealed class LoadResultTests
{
    [Fact]
    public void From_HundredLatencies_GivesNearestRankPercentilesAndErrors()
    {
        var latencies = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();
        var failed = latencies.Select(l => l > 98).ToArray();

        var result = LoadResult.From(latencies, failed, 120, TimeSpan.FromSeconds(2));

        Assert.Equal(50, result.P50);
        Assert.Equal(90, result.P90);
        Assert.Equal(99, result.P99);
        Assert.Equal(100, result.Max);
        Assert.Equal(2, result.Errors);
        Assert.Equal(100, result.Sent);
        Assert.Equal(120, result.Planned);
        Assert.Equal(50, result.RequestsPerSecond);
    }
}
