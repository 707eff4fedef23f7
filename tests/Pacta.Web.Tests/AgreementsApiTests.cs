using System.Net;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

public sealed class AgreementsApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task List_NoFilter_GivesEveryInstrumentOnce()
    {
        var page = await _client.GetJsonAsync("/api/agreements");

        // Six articles, five instruments: the two Qatar–Kazakhstan reports are one agreement with two sources.
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.True(page.GetProperty("totalExact").GetBoolean());
        var qatar = page.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("parties").Strings().SequenceEqual(["KAZ", "QAT"]));
        Assert.Equal(2, qatar.GetProperty("sources").GetInt32());
        Assert.Equal("2023-12-12", qatar.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("country=KAZ", 3)]
    [InlineData("country=kaz&partner=QAT", 1)]
    [InlineData("since=2023&until=2023-12", 2)]
    [InlineData("since=2024-03-05", 1)]
    [InlineData("kind=memorandum", 1)]
    [InlineData("status=signed&domain=defense", 5)]
    [InlineData("status=ratified", 0)]
    [InlineData("q=doha", 1)]
    [InlineData("q=Tallinn%20Norway", 1)]
    [InlineData("q=Tallinn%20Doha", 0)]
    public async Task List_Filter_KeepsMatchingAgreements(string query, int expected)
    {
        var page = await _client.GetJsonAsync($"/api/agreements?{query}");

        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.Ids().Length);
    }

    [Fact]
    public async Task List_Paging_SplitsTheSortedList()
    {
        var all = (await _client.GetJsonAsync("/api/agreements?sort=parties")).Ids();
        var third = await _client.GetJsonAsync("/api/agreements?sort=parties&pageSize=2&page=3");

        Assert.Equal(["BHR-SGP-2024-03-04-memorandum", "EST-NOR-2024-05-07-agreement"], all[..2]);
        Assert.Equal(5, third.GetProperty("total").GetInt32());
        Assert.Equal(all[4..], third.Ids());
    }

    [Fact]
    public async Task List_SortDescending_ReversesTheOrder()
    {
        var ascending = (await _client.GetJsonAsync("/api/agreements?sort=id")).Ids();
        var descending = (await _client.GetJsonAsync("/api/agreements?sort=-id")).Ids();

        Assert.Equal(ascending.Reverse(), descending);
    }

    [Theory]
    [InlineData("pageSize=201")]
    [InlineData("pageSize=0")]
    [InlineData("page=-1")]
    [InlineData("status=approved")]
    [InlineData("since=12/2023")]
    [InlineData("sort=random")]
    public async Task List_BadParameter_Is400NamingIt(string query)
    {
        var problem = await _client.GetJsonAsync($"/api/agreements?{query}", HttpStatusCode.BadRequest);

        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => query.StartsWith(e.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_QueryLongerThanTheBound_Is400()
    {
        await _client.GetJsonAsync($"/api/agreements?q={new string('a', 201)}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_Agreement_HasHistorySourcesAndEvidence()
    {
        var detail = await _client.GetJsonAsync("/api/agreements/KAZ-QAT-2023-12-12-agreement");

        var agreement = detail.GetProperty("agreement");
        Assert.Equal("signed", agreement.GetProperty("status").GetString());
        Assert.Equal("Doha", agreement.GetProperty("place").GetString());
        var step = Assert.Single(agreement.GetProperty("history").EnumerateArray());
        Assert.Equal("2023-12-12", step.GetProperty("date").GetString());
        Assert.Equal(2, detail.GetProperty("sources").GetArrayLength());
        Assert.Equal(2, detail.GetProperty("mentions").GetArrayLength());
        var evidence = detail.GetProperty("evidence").EnumerateArray().First();
        Assert.Contains("Qatar", evidence.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Get_Agreement_KeepsLettersReadableAndEscapesMarkup()
    {
        var kazakhTurkish = await _client.GetStringAsync("/api/agreements/KAZ-TUR-2022-01-18-agreement");
        var norwegian = await _client.GetStringAsync("/api/agreements/EST-NOR-2024-05-07-agreement");

        Assert.Contains("Türkiye", kazakhTurkish);
        Assert.Contains(@"\u003Cscript\u003E", norwegian);
        Assert.DoesNotContain("<script", norwegian);
    }

    [Fact]
    public async Task Get_UnknownAgreement_Is404()
    {
        await _client.GetJsonAsync("/api/agreements/NOPE-2020-agreement", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("articles/kazakhstan-qatar.txt")]
    [InlineData("articles%2Fkazakhstan-qatar.txt")]
    public async Task Get_Document_ReturnsTextWhereEvidenceSpansPoint(string path)
    {
        var agreement = await _client.GetJsonAsync("/api/agreements/KAZ-QAT-2023-12-12-agreement");
        var document = await _client.GetJsonAsync($"/api/documents/{path}");

        var text = document.GetProperty("text").GetString()!;
        Assert.Equal("2023-12-13", document.GetProperty("published").GetString());
        foreach (var evidence in agreement.GetProperty("evidence").EnumerateArray().Where(e => e.GetProperty("documentId").GetString() == "articles/kazakhstan-qatar.txt"))
        {
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(evidence.GetProperty("quote").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task Get_UnknownDocument_Is404()
    {
        await _client.GetJsonAsync("/api/documents/articles/none.txt", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReviewQueue_ListsUnreviewedAgreements()
    {
        var queue = await _client.GetJsonAsync("/api/review/queue");

        Assert.Equal(5, queue.GetArrayLength());
    }
}
