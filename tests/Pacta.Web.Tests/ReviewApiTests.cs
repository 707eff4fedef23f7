using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

/// <summary>Review actions through the host, each test on its own database (they change it).</summary>
public sealed class ReviewApiTests : IAsyncLifetime
{
    private const string Qatar = "KAZ-QAT-2023-12-12-agreement";

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("reject")]
    [InlineData("edit")]
    [InlineData("merge")]
    [InlineData("split")]
    public async Task Action_WithoutToken_Is401AndChangesNothing(string action)
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/{action}", BodyFor(action));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(5, (await client.GetJsonAsync("/api/review/queue")).GetArrayLength());
    }

    [Theory]
    [InlineData("Bearer wrong-token")]
    [InlineData("Bearer test-token-7f3")]
    [InlineData("Basic dGVzdC10b2tlbi03ZjNh")]
    [InlineData("test-token-7f3a")]
    public async Task Confirm_WithWrongCredentials_Is401(string authorization)
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.PostAsync($"/api/agreements/{Qatar}/confirm", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_WhenNoTokenIsConfigured_Is403SayingHowToEnableReview()
    {
        await using var factory = new PactaWebFactory(_database.Path, token: "");
        using var client = Authorized(factory);

        using var response = await client.PostAsync($"/api/agreements/{Qatar}/confirm", null);
        var problem = await JsonRequests.ReadAsync(response, HttpStatusCode.Forbidden);

        Assert.Contains("--token", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Confirm_WithToken_RecordsTheDecisionAndEmptiesItsQueueSlot()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);

        using var response = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/confirm", new { by = "ana" });
        var detail = await JsonRequests.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal("confirmed", detail.GetProperty("agreement").GetProperty("review").GetString());
        var queue = await client.GetJsonAsync("/api/review/queue");
        Assert.DoesNotContain(Qatar, queue.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Reject_WithToken_HidesTheAgreementFromListings()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);

        using var response = await client.PostAsync($"/api/agreements/{Qatar}/reject", null);
        await JsonRequests.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal(2, (await client.GetJsonAsync("/api/agreements?country=KAZ")).GetProperty("total").GetInt32());
        Assert.Equal("rejected", (await client.GetJsonAsync($"/api/agreements/{Qatar}")).GetProperty("agreement").GetProperty("review").GetString());
    }

    [Fact]
    public async Task Edit_WithToken_SetsTheField()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);

        using var response = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/edit", new { field = "place", value = "Lusail" });
        var detail = await JsonRequests.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal("Lusail", detail.GetProperty("agreement").GetProperty("place").GetString());
        Assert.True(detail.GetProperty("agreement").GetProperty("edited").GetBoolean());
    }

    [Fact]
    public async Task Edit_ScriptInTheValue_IsKeptAsTextAndEscapedInJson()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);
        const string place = "<script>alert('x')</script>'; DROP TABLE agreements; --";

        using var response = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/edit", new { field = "place", value = place, by = "<img src=x onerror=alert(1)>" });
        await JsonRequests.ReadAsync(response, HttpStatusCode.OK);
        using var raw = await client.GetAsync($"/api/agreements/{Qatar}");
        var body = await raw.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(place, (await client.GetJsonAsync($"/api/agreements/{Qatar}")).GetProperty("agreement").GetProperty("place").GetString());
        Assert.Equal(5, (await client.GetJsonAsync("/api/agreements")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("edit", """{"field":"parties","value":"KAZ-RUS"}""", "cannot be edited")]
    [InlineData("edit", """{"field":"status","value":"approved"}""", "is not one of")]
    [InlineData("merge", """{"other":"BHR-SGP-2024-03-04-memorandum"}""", "different parties")]
    [InlineData("split", """{"mention":"m-unknown"}""", "is not a mention")]
    public async Task Decision_TheStoreRefuses_Is400WithItsReason(string action, string body, string reason)
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/api/agreements/{Qatar}/{action}", content);
        var problem = await JsonRequests.ReadAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains(reason, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SplitThenMerge_WithToken_SeparatesAndRejoinsTheReports()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);
        var before = await client.GetJsonAsync($"/api/agreements/{Qatar}");
        var mention = before.GetProperty("mentions").EnumerateArray()
            .Single(m => m.GetProperty("documentId").GetString() == "articles/qatar-kazakhstan-second-report.txt")
            .GetProperty("key").GetString();

        using var split = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/split", new { mention });
        await JsonRequests.ReadAsync(split, HttpStatusCode.OK);
        var pair = (await client.GetJsonAsync("/api/agreements?country=KAZ&partner=QAT")).Ids();
        Assert.Equal(2, pair.Length);

        var other = pair.Single(id => id != Qatar);
        using var merge = await client.PostAsJsonAsync($"/api/agreements/{Qatar}/merge", new { other });
        var merged = await JsonRequests.ReadAsync(merge, HttpStatusCode.OK);

        Assert.Equal(2, merged.GetProperty("sources").GetArrayLength());
        Assert.Single((await client.GetJsonAsync("/api/agreements?country=KAZ&partner=QAT")).Ids());
    }

    [Fact]
    public async Task Confirm_UnknownAgreement_Is404()
    {
        await using var factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        using var client = Authorized(factory);

        using var response = await client.PostAsync("/api/agreements/NOPE-2020-agreement/confirm", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpClient Authorized(PactaWebFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PactaWebFactory.Token);
        return client;
    }

    private static object BodyFor(string action) => action switch
    {
        "edit" => new { field = "place", value = "Lusail" },
        "merge" => new { other = "BHR-SGP-2024-03-04-memorandum" },
        "split" => new { mention = "m-x" },
        _ => new { by = "ana" },
    };
}
