using System.Net;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

/// <summary>SQL-injection and script strings through every filter and path parameter: each is answered (200, or 400
/// for a value outside its vocabulary; never a server error), nothing is reflected as markup, and the data is
/// unchanged afterwards.</summary>
public sealed class InjectionTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static readonly string[] Payloads =
    [
        "' OR '1'='1",
        "KAZ' OR 1=1 --",
        "'; DROP TABLE agreements; --",
        "1; DELETE FROM documents",
        "%' OR 1=1 --",
        "\" OR \"\"=\"",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "../../etc/passwd",
    ];

    public static readonly string[] Filters =
        ["country", "partner", "status", "kind", "domain", "since", "until", "q", "sort", "page", "pageSize"];

    private readonly HttpClient _client = site.Client;

    public static TheoryData<string> Payload() => new(Payloads);

    [Theory]
    [MemberData(nameof(Payload))]
    public async Task EveryFilter_Payload_IsAnsweredAndChangesNothing(string payload)
    {
        var before = await Snapshot();
        var encoded = Uri.EscapeDataString(payload);
        var urls = Filters.Select(f => $"/api/agreements?{f}={encoded}")
            .Concat(
            [
                $"/api/agreements/{encoded}",
                $"/api/documents/{encoded}",
                $"/api/countries/{encoded}",
                $"/api/countries/{encoded}/chart.svg",
                $"/api/countries/KAZ?window={encoded}&planned={encoded}",
                $"/api/network?fromYear={encoded}&toYear={encoded}",
            ]);

        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
                $"{url}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await Snapshot());
    }

    [Theory]
    [MemberData(nameof(Payload))]
    public async Task TextSearch_Payload_MatchesNothing(string payload)
    {
        var page = await _client.GetJsonAsync($"/api/agreements?q={Uri.EscapeDataString(payload)}");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    /// <summary>Everything the API shows about the data, to compare before and after.</summary>
    private async Task<string> Snapshot()
    {
        var agreements = await _client.GetStringAsync("/api/agreements?pageSize=200");
        var queue = await _client.GetStringAsync("/api/review/queue");
        var network = await _client.GetStringAsync("/api/network?planned=true");
        var document = await _client.GetStringAsync($"/api/documents/{TestArticles.XssDocumentId}");
        return string.Join('\n', agreements, queue, network, document);
    }
}
