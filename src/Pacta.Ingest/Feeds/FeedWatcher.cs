using CodeHollow.FeedReader;
using Pacta.Ingest.Encodings;
using Pacta.Ingest.Html;
using Pacta.Ingest.Readers;

namespace Pacta.Ingest.Feeds;

/// <summary>
/// One poll of one feed (a URL, or a local feed file): fetches it conditionally, and for each item not seen before
/// fetches the item's page and reads it as an article; when the page cannot be had or holds no text, the feed's own
/// text for the item is used, with a note. The caller stores the results, then commits the poll to the state.
/// </summary>
public sealed class FeedWatcher(PoliteFetcher fetcher)
{
    private readonly HtmlArticleReader _html = new();
    private readonly FeedItemReader _items = new();

    public async Task<FeedPoll> PollAsync(string feed, FeedState state, CancellationToken cancellation = default)
    {
        var fetched = await FetchFeedAsync(feed, state, cancellation).ConfigureAwait(false);
        if (fetched.NotModified)
        {
            return new FeedPoll(feed, [], [], null, null, KeepValidators: true);
        }

        if (fetched.Body is null)
        {
            return new FeedPoll(feed, [ReadResult.Failed(feed, fetched.Error!)], [], null, null, KeepValidators: true);
        }

        var (parsed, error) = FeedParser.Parse(fetched.Body);
        if (parsed is null)
        {
            return new FeedPoll(feed, [ReadResult.Failed(feed, error!)], [], null, null, KeepValidators: true);
        }

        var results = new List<ReadResult>();
        var done = new List<string>();
        foreach (var item in parsed.Items)
        {
            var key = FeedParser.ItemKey(item);
            if (key is null)
            {
                results.Add(ReadResult.Skipped(feed, "feed item without id, link or title"));
                continue;
            }

            if (state.HasSeen(key) || done.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var result = await ReadItemAsync(feed, item, MetadataValues.Language(parsed.Language), cancellation).ConfigureAwait(false);
            results.Add(result);
            if (!result.IsFailed)
            {
                done.Add(key);
            }
        }

        return new FeedPoll(feed, results, done, fetched.ETag, fetched.LastModified, KeepValidators: false);
    }

    private async Task<FetchResponse> FetchFeedAsync(string feed, FeedState state, CancellationToken cancellation)
    {
        if (IsWebAddress(feed, out var uri))
        {
            return await fetcher.GetAsync(uri, state.ETag, state.LastModified, cancellation).ConfigureAwait(false);
        }

        try
        {
            return new FetchResponse(await File.ReadAllBytesAsync(feed, cancellation).ConfigureAwait(false), null, null, null, false, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FetchResponse.Failed($"cannot read feed file: {e.Message}");
        }
    }

    private async Task<ReadResult> ReadItemAsync(string feed, FeedItem item, string? feedLanguage, CancellationToken cancellation)
    {
        var name = item.Link ?? $"{feed} item {FeedParser.ItemKey(item)}";
        var fromFeed = _items.Read(name, feed, item, feedLanguage);
        if (!IsWebAddress(item.Link, out var link))
        {
            return fromFeed;
        }

        var page = await fetcher.GetAsync(link, cancellation: cancellation).ConfigureAwait(false);
        var fromPage = page.Body is null
            ? ReadResult.Failed(name, page.Error!)
            : _html.Read(name, page.Body, link.ToString(), CharsetNames.FromContentType(page.ContentType));
        if (fromPage.Document is not null)
        {
            var document = fromPage.Document with
            {
                Published = fromPage.Document.Published ?? fromFeed.Document?.Published,
                Language = fromPage.Document.Language ?? feedLanguage,
            };
            return fromPage with { Document = document };
        }

        return fromFeed.Document is null
            ? ReadResult.Failed(name, $"page: {fromPage.Error}; feed: {fromFeed.Error}")
            : fromFeed with { Note = $"page not used ({fromPage.Error}); read from the feed's own text" };
    }

    private static bool IsWebAddress(string? value, out Uri uri)
    {
        uri = null!;
        return Uri.TryCreate(value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && (uri = parsed) is not null;
    }
}
