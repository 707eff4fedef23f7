using CodeHollow.FeedReader;

namespace Pacta.Ingest.Feeds;

/// <summary>RSS 2.0 (and 0.9x/1.0), Atom and JSON Feed bytes to a feed, or the reason they are not one.
/// CodeHollow.FeedReader honours the XML declaration's encoding itself.</summary>
public static class FeedParser
{
    public static (Feed? Feed, string? Error) Parse(byte[] bytes)
    {
        try
        {
            return (FeedReader.ReadFromByteArray(bytes), null);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or ArgumentException or InvalidOperationException
            or NullReferenceException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or System.Text.Json.JsonException)
        {
            // The library throws plain NullReferenceException on some malformed feeds: still a bad input, not a bug here.
            return (null, $"not a readable RSS, Atom or JSON feed: {e.Message}");
        }
    }

    /// <summary>What identifies an item across fetches: its id (guid), else its link, else its title.</summary>
    public static string? ItemKey(FeedItem item) =>
        new[] { item.Id, item.Link, item.Title }.FirstOrDefault(k => !string.IsNullOrWhiteSpace(k))?.Trim();
}
