using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Pacta.Ingest.Html;
using Pacta.Ingest.Readers;
using Document = Pacta.Core.Model.Document;

namespace Pacta.Ingest.Feeds;

/// <summary>
/// The articles of a feed file, one per item, from what the feed itself carries (full content when it has it,
/// else the summary). <c>pacta watch</c> fetches each item's page instead and uses this only when it cannot.
/// </summary>
public sealed class FeedItemReader
{
    private readonly HtmlParser _parser = new();

    public IEnumerable<ReadResult> Read(string source, byte[] bytes)
    {
        var (feed, error) = FeedParser.Parse(bytes);
        if (feed is null)
        {
            return [ReadResult.Failed(source, error!)];
        }

        if (feed.Items.Count == 0)
        {
            return [ReadResult.Skipped(source, "feed with no items")];
        }

        return feed.Items.Select((item, index) => Read($"{source} item {index + 1}", source, item, MetadataValues.Language(feed.Language))).ToList();
    }

    public ReadResult Read(string name, string source, FeedItem item, string? feedLanguage)
    {
        var html = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
        var body = string.IsNullOrWhiteSpace(html) ? "" : string.Join("\n\n", BlockTextWriter.Paragraphs(_parser.ParseDocument(html).Body!));
        if (body.Length == 0)
        {
            return ReadResult.Skipped(name, "feed item with no text");
        }

        var title = MetadataValues.Clean(item.Title);
        var published = item.PublishingDate is { } date ? DateOnly.FromDateTime(date) : MetadataValues.Date(item.PublishingDateString);
        var id = item.Link ?? FeedParser.ItemKey(item) ?? name;
        var document = new Document(id, item.Link ?? source, ArticleText.Compose(title, body), title, MetadataValues.Clean(item.Author), published, feedLanguage);
        return ReadResult.Ok(name, document);
    }
}
