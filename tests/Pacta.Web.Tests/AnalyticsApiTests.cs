using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

public sealed class AnalyticsApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Country_Kazakhstan_SpreadsOverThreePartners()
    {
        var country = await _client.GetJsonAsync("/api/countries/kaz");

        Assert.Equal("KAZ", country.GetProperty("code").GetString());
        Assert.Equal("398", country.GetProperty("mapId").GetString());
        Assert.Equal(3, country.GetProperty("agreements").GetInt32());
        var partners = country.GetProperty("partners").EnumerateArray().ToDictionary(p => p.GetProperty("partner").GetString()!);
        Assert.Equal(["QAT", "SRB", "TUR"], partners.Keys.Order());
        Assert.Equal("634", partners["QAT"].GetProperty("mapId").GetString());
        Assert.Equal("gcc", partners["QAT"].GetProperty("bloc").GetString());
        Assert.Equal("nato", partners["TUR"].GetProperty("bloc").GetString());
        Assert.Equal(1 / 3.0, country.GetProperty("hhi").GetDouble(), 6);
        Assert.Equal(3.0, country.GetProperty("effectivePartners").GetDouble(), 6);
    }

    [Fact]
    public async Task Country_Kazakhstan_ConcentrationFallsFrom2022To2023()
    {
        var country = await _client.GetJsonAsync("/api/countries/KAZ");

        var years = country.GetProperty("byYear").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.Equal([2022, 2023], years.Keys.Order());
        Assert.Equal(1.0, years[2022].GetProperty("hhi").GetDouble(), 6);
        Assert.Equal(0.5, years[2023].GetProperty("hhi").GetDouble(), 6);
        Assert.Equal(2.0, years[2023].GetProperty("effectivePartners").GetDouble(), 6);
        Assert.Equal(3, country.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task Country_WithoutAgreements_IsEmptyNotAnError()
    {
        var country = await _client.GetJsonAsync("/api/countries/FRA");

        Assert.Equal(0, country.GetProperty("agreements").GetInt32());
        Assert.Equal(0, country.GetProperty("partners").GetArrayLength());
    }

    [Fact]
    public async Task CountryChart_IsAnSvgWithoutScripts()
    {
        using var response = await _client.GetAsync("/api/countries/KAZ/chart.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", svg);
        Assert.Contains("QAT", svg);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Network_JoinsThePairsThatSigned()
    {
        var network = await _client.GetJsonAsync("/api/network");

        var nodes = network.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(["BHR", "EST", "KAZ", "NOR", "QAT", "SGP", "SRB", "TUR"], nodes.Keys.Order());
        Assert.Equal(3, nodes["KAZ"].GetProperty("degree").GetInt32());
        Assert.Equal(3.0, nodes["KAZ"].GetProperty("betweenness").GetDouble(), 6);
        Assert.Equal(5, network.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Network_YearBounds_KeepThoseYears()
    {
        var network = await _client.GetJsonAsync("/api/network?fromYear=2024&toYear=2024");

        Assert.Equal(2, network.GetProperty("edges").GetArrayLength());
    }
}
