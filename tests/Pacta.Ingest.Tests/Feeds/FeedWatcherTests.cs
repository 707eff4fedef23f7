using System.Net;
using System.Text;
using Pacta.Ingest.Feeds;
using Pacta.Ingest.Tests.Support;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Ingest.Tests.Feeds;

/// <summary>Polling feeds from a local server on 127.0.0.1 (never the internet).</summary>
public sealed class FeedWatcherTests : IDisposable
{
    private static readonly FetchOptions Quick = new() { PerHostDelay = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(5), Retries = 2 };

    private readonly LocalHttpServer _server;
    private readonly Dictionary<string, Func<HttpListenerRequest, HttpListenerResponse, Task>> _routes = new(StringComparer.Ordinal);
    private int _feedItems = 2;
    private string _feedTag = "\"v1\"";

    public FeedWatcherTests()
    {
        _server = new LocalHttpServer((request, response) =>
            _routes.TryGetValue(request.Url!.AbsolutePath, out var route) ? route(request, response) : Reply(response, 404, "text/plain", "no"));
        _routes["/feed.rss"] = ServeFeed;
        for (var i = 1; i <= 3; i++)
        {
            var body = $"Page {i}: the two defence ministers signed a cooperation agreement in Strelsau.";
            _routes[$"/articles/{i}"] = (_, response) => Reply(response, 200, "text/html; charset=utf-8", Pages.NewsArticle(body2: body));
        }
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Poll_NewFeed_ReadsEachItemsPage()
    {
        using var fetcher = new PoliteFetcher(Quick, TimeProvider.System);

        var poll = await new FeedWatcher(fetcher).PollAsync(_server.Url("feed.rss").ToString(), new FeedState());

        Assert.Equal(2, poll.Results.Count);
        Assert.Contains("Page 1: the two defence ministers", poll.Results[0].Document!.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 5, 6), poll.Results[0].Document!.Published);
        Assert.All(_server.Requests, r => Assert.StartsWith("Pacta/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_UnchangedFeed_SendsValidatorsAndGetsNothing()
    {
        using var fetcher = new PoliteFetcher(Quick, TimeProvider.System);
        var watcher = new FeedWatcher(fetcher);
        var state = new FeedState();
        var feed = _server.Url("feed.rss").ToString();
        (await watcher.PollAsync(feed, state)).Commit(state);

        var second = await watcher.PollAsync(feed, state);

        Assert.True(second.KeepValidators);
        Assert.Empty(second.Results);
        Assert.Equal("\"v1\"", _server.Requests.Last(r => r.Path == "/feed.rss").IfNoneMatch);
    }

    [Fact]
    public async Task Poll_FeedWithNewItem_ReadsOnlyTheNewOne()
    {
        using var fetcher = new PoliteFetcher(Quick, TimeProvider.System);
        var watcher = new FeedWatcher(fetcher);
        var state = new FeedState();
        var feed = _server.Url("feed.rss").ToString();
        (await watcher.PollAsync(feed, state)).Commit(state);
        (_feedItems, _feedTag) = (3, "\"v2\"");

        var second = await watcher.PollAsync(feed, state);

        var result = Assert.Single(second.Results);
        Assert.Contains("Page 3:", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_PageFailsOnceWith503_IsRetriedWithBackoff()
    {
        var calls = 0;
        _routes["/articles/1"] = (_, response) => Interlocked.Increment(ref calls) == 1
            ? Reply(response, 503, "text/plain", "busy")
            : Reply(response, 200, "text/html", Pages.NewsArticle());
        using var fetcher = new PoliteFetcher(Quick, TimeProvider.System);

        var poll = await new FeedWatcher(fetcher).PollAsync(_server.Url("feed.rss").ToString(), new FeedState());

        Assert.Equal(2, calls);
        Assert.Contains(Pages.Body1, poll.Results[0].Document!.Text, StringComparison.Ordinal);
        Assert.Null(poll.Results[0].Note);
    }

    [Fact]
    public async Task Poll_PageMissing_UsesTheFeedTextWithANote()
    {
        _routes.Remove("/articles/2");
        using var fetcher = new PoliteFetcher(Quick, TimeProvider.System);

        var poll = await new FeedWatcher(fetcher).PollAsync(_server.Url("feed.rss").ToString(), new FeedState());

        Assert.Equal("Item 2\n\nSummary of item 2.", poll.Results[1].Document!.Text);
        Assert.Contains("answered 404", poll.Results[1].Note, StringComparison.Ordinal);
        Assert.Equal(2, poll.DoneKeys.Count);
    }

    [Fact]
    public async Task Poll_SlowPage_TimesOutAndFallsBack()
    {
        _routes["/articles/1"] = async (_, response) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Reply(response, 200, "text/html", Pages.NewsArticle());
        };
        using var fetcher = new PoliteFetcher(Quick with { Timeout = TimeSpan.FromMilliseconds(200), Retries = 0 }, TimeProvider.System);

        var poll = await new FeedWatcher(fetcher).PollAsync(_server.Url("feed.rss").ToString(), new FeedState());

        Assert.Contains("page not used", poll.Results[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_SameHost_KeepsTheDelayBetweenRequests()
    {
        var sent = new SendTimes();
        using var fetcher = new PoliteFetcher(Quick with { PerHostDelay = TimeSpan.FromMilliseconds(150) }, TimeProvider.System, sent);

        await new FeedWatcher(fetcher).PollAsync(_server.Url("feed.rss").ToString(), new FeedState());

        var times = sent.Times;
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(130), $"only {(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task Poll_FeedServerDown_FailsWithAReasonAndKeepsTheState()
    {
        using var fetcher = new PoliteFetcher(Quick with { Retries = 1 }, TimeProvider.System);
        var state = new FeedState { ETag = "\"old\"" };

        var poll = await new FeedWatcher(fetcher).PollAsync("http://127.0.0.1:1/feed.rss", state);
        poll.Commit(state);

        Assert.True(Assert.Single(poll.Results).IsFailed);
        Assert.Equal("\"old\"", state.ETag);
    }

    /// <summary>When each request left the client (the server's clock would add the first connection's setup).</summary>
    private sealed class SendTimes() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<DateTimeOffset> Times { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Times)
            {
                Times.Add(DateTimeOffset.UtcNow);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private Task ServeFeed(HttpListenerRequest request, HttpListenerResponse response)
    {
        if (request.Headers["If-None-Match"] == _feedTag)
        {
            response.StatusCode = 304;
            return Task.CompletedTask;
        }

        response.Headers["ETag"] = _feedTag;
        return Reply(response, 200, "application/rss+xml", FeedSamples.Rss(_server.BaseAddress.ToString(), _feedItems));
    }

    private static async Task Reply(HttpListenerResponse response, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
}
