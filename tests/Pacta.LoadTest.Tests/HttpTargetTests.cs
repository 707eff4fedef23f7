using Xunit;

namespace Pacta.LoadTest.Tests;

public sealed class HttpTargetTests
{
    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.1:8080/")]
    public void Constructor_NonLoopbackUrl_IsRefused(string url)
    {
        Assert.Throws<ArgumentException>(() => new HttpTarget(new Uri(url), [], 4));
    }

    [Fact]
    public async Task RunAsync_AgainstLocalServer_SendsEveryRequestWithoutErrors()
    {
        using var server = new Pacta.TestKit.LocalHttpServer((_, response) =>
        {
            response.StatusCode = 200;
            return Task.CompletedTask;
        });
        await using var target = new HttpTarget(server.BaseAddress, ["/ok"], 4);

        var result = await new LoadRunner(target, new LoadSettings(40, 400, 4, TimeSpan.FromSeconds(20))).RunAsync(CancellationToken.None);

        Assert.Equal(40, result.Sent);
        Assert.Equal(0, result.Errors);
    }
}
