using System.Text;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Tests.Support;
using Xunit;

namespace Pacta.Ingest.Tests.Readers;

public sealed partial class DocumentReaderTests
{
    [Fact]
    public void Read_Folder_ReadsEveryKnownFormatIncludingGzipped()
    {
        _folder.Write("a.txt", Article);
        _folder.Write("b.html", Pages.NewsArticle());
        _folder.Write("c.jsonl", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
        WriteBytes("d.warc.gz", new WarcWriter().Response("https://news.example/d", Pages.NewsArticle()).ToGzipBytes());
        WriteBytes("e.jsonl.gz", Gzip(Utf8("{\"text\":\"three\"}\n")));
        _folder.Write("notes.md", "not an article format: left alone in folders");

        var results = new DocumentReader().Read([_folder.Path]).ToList();

        Assert.All(results, r => Assert.NotNull(r.Document));
        Assert.Equal(6, results.Count);
    }

    [Theory]
    [InlineData("page", "<!DOCTYPE html><html><body><article><p>Ruritania and Freedonia signed a defence pact in Strelsau.</p></article></body></html>", "Ruritania and Freedonia signed a defence pact in Strelsau.")]
    [InlineData("lines", "{\"text\":\"first\"}\n{\"text\":\"second\"}\n", "first")]
    [InlineData("gold.json", "{\"id\":\"x-1\",\"text\":\"A gold text.\"}", "A gold text.")]
    [InlineData("plain", "Just words in a file without an extension.", "Just words in a file without an extension.")]
    public void ReadPath_NoTellingExtension_SniffsTheContent(string name, string content, string expectedText)
    {
        var path = _folder.Write(name, content);

        var first = new DocumentReader().ReadPath(path).First();

        Assert.Equal(expectedText, first.Document!.Text);
    }

    [Fact]
    public void ReadPath_WarcWithoutExtension_IsSniffedEvenGzipped()
    {
        var path = WriteBytes("crawl-000", new WarcWriter().Info().Response("https://news.example/a", Pages.NewsArticle()).ToGzipBytes());

        var result = Assert.Single(new DocumentReader().ReadPath(path));

        Assert.Contains(Pages.Body1, result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPath_RssFile_GivesOneDocumentPerItem()
    {
        var path = _folder.Write("feed.rss", FeedSamples.Rss("http://unused.example"));

        var results = new DocumentReader().ReadPath(path).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("Ruritania, Freedonia sign pact\n\nThe two ministers signed a defence cooperation agreement.", results[0].Document!.Text);
        Assert.Equal(new DateOnly(2024, 5, 6), results[0].Document!.Published);
    }

    [Fact]
    public void ReadPath_Windows1256TextFile_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sentence = "وقع وزير الدفاع القطري ونظيره الكازاخستاني اتفاقية للتعاون العسكري في الدوحة.";
        var path = WriteBytes("ar.txt", Encoding.GetEncoding(1256).GetBytes(sentence));

        Assert.Equal(sentence, new DocumentReader().ReadFile(path).Document!.Text);
    }
}
