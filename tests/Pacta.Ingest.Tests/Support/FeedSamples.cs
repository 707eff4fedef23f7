namespace Pacta.Ingest.Tests.Support;

/// <summary>Feeds written for these tests, in the three formats; item links point at <paramref name="site"/>.</summary>
internal static class FeedSamples
{
    public static string Rss(string site, int items = 2) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>Example Defence News</title><link>{site}</link><description>test</description><language>en-gb</language>
        {string.Concat(Enumerable.Range(1, items).Select(i => RssItem(site, i)))}
        </channel></rss>
        """;

    public static string Atom(string site) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:example</id><updated>2024-05-06T10:00:00Z</updated>
        <entry><title>Atom entry</title><id>urn:example:1</id><link href="{site}articles/1"/><updated>2024-05-06T10:00:00Z</updated><published>2024-05-06T10:00:00Z</published>
        <summary>An Atom summary about a defence agreement.</summary></entry>
        </feed>
        """;

    public static string JsonFeed(string site) => $$"""
        {"version":"https://jsonfeed.org/version/1.1","title":"Example","items":[
          {"id":"j1","url":"{{site}}articles/1","title":"JSON entry","content_html":"<p>A JSON Feed item about a defence agreement.</p>","date_published":"2024-05-06T10:00:00Z"}]}
        """;

    private static string RssItem(string site, int i) => i switch
    {
        1 => $"<item><title>Ruritania, Freedonia sign pact</title><link>{site}articles/1</link><guid>{site}articles/1</guid><pubDate>Mon, 06 May 2024 09:30:00 GMT</pubDate><description>&lt;p&gt;The two ministers signed a defence cooperation agreement.&lt;/p&gt;</description></item>",
        _ => $"<item><title>Item {i}</title><link>{site}articles/{i}</link><guid>{site}articles/{i}</guid><pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate><description>Summary of item {i}.</description></item>",
    };
}
