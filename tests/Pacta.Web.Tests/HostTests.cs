using Pacta.Web.Hosting;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

public sealed class HostTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var path in new[]
        {
            "/api/agreements", "/api/agreements/{id}", "/api/documents/{id}", "/api/countries/{iso3}", "/api/network",
            "/api/review/queue", "/api/agreements/{id}/confirm", "/api/agreements/{id}/reject", "/api/agreements/{id}/edit",
            "/api/agreements/{id}/merge", "/api/agreements/{id}/split",
        })
        {
            Assert.Contains(path, paths);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agreement.html")]
    [InlineData("/country.html")]
    [InlineData("/network.html")]
    [InlineData("/review.html")]
    public async Task Pages_AreServedWithAContentSecurityPolicy(string path)
    {
        using var response = await _client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("http", string.Concat((await response.Content.ReadAsStringAsync()).Split("src=\"").Skip(1).Select(s => s[..4])));
    }

    [Theory]
    [InlineData("/lib/d3.min.js")]
    [InlineData("/lib/topojson-client.min.js")]
    [InlineData("/lib/cytoscape.min.js")]
    [InlineData("/lib/countries-50m.json")]
    public async Task Libraries_AreServedFromTheHostItself(string path)
    {
        using var response = await _client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.True(response.Content.Headers.ContentLength > 1000);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedBeforeReading()
    {
        using var content = new ByteArrayContent(new byte[RequestLimits.MaxBodyBytes + 1]);
        content.Headers.ContentType = new("application/json");
        using var response = await _client.PostAsync("/api/agreements/KAZ-QAT-2023-12-12-agreement/confirm", content);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
