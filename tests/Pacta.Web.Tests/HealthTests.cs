using System.Net;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

public sealed class HealthTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_OnAWorkingDatabase_AreHealthy(string path)
    {
        using var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_WithoutItsDatabase_Is503WhileLivenessStaysUp()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"pacta-missing-{Guid.NewGuid():N}", "none.db");
        await using var factory = new PactaWebFactory(missing, "");
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
