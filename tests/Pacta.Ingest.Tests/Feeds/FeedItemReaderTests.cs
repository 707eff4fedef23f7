using System.Text;
using Pacta.Ingest.Feeds;
using Pacta.Ingest.Tests.Support;
using Xunit;

namespace Pacta.Ingest.Tests.Feeds;

public sealed class FeedItemReaderTests
{
    private const string Site = "https://news.example/";

    [Fact]
    public void Read_Atom_GivesTheEntry()
    {
        var result = Assert.Single(new FeedItemReader().Read("feed.atom", Encoding.UTF8.GetBytes(FeedSamples.Atom(Site))));

        Assert.Equal("Atom entry\n\nAn Atom summary about a defence agreement.", result.Document!.Text);
        Assert.Equal("https://news.example/articles/1", result.Document.Id);
        Assert.Equal(new DateOnly(2024, 5, 6), result.Document.Published);
    }

    [Fact]
    public void Read_JsonFeed_GivesTheItem()
    {
        var result = Assert.Single(new FeedItemReader().Read("feed.json", Encoding.UTF8.GetBytes(FeedSamples.JsonFeed(Site))));

        Assert.Equal("JSON entry\n\nA JSON Feed item about a defence agreement.", result.Document!.Text);
    }

    [Fact]
    public void Read_Rss_TakesTheFeedLanguage()
    {
        var results = new FeedItemReader().Read("feed.rss", Encoding.UTF8.GetBytes(FeedSamples.Rss(Site))).ToList();

        Assert.All(results, r => Assert.Equal("en", r.Document!.Language));
    }

    [Fact]
    public void Read_NotAFeed_FailsWithAReason()
    {
        var result = Assert.Single(new FeedItemReader().Read("feed.xml", "<rss><channel><item>"u8.ToArray()));

        Assert.True(result.IsFailed);
        Assert.StartsWith("not a readable RSS, Atom or JSON feed", result.Error, StringComparison.Ordinal);
    }
}
