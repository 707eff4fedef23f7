using System.Text;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Tests.Support;
using Pacta.Ingest.Warc;
using Xunit;

namespace Pacta.Ingest.Tests.Warc;

public sealed class WarcReaderTests
{
    private static List<ReadResult> Read(byte[] warc, long maxBytes = ReaderOptions.DefaultMaxDocumentBytes) =>
        new WarcReader(new ReaderOptions { MaxDocumentBytes = maxBytes }).Read("crawl.warc", new MemoryStream(warc)).ToList();

    private static WarcWriter Crawl() => new WarcWriter()
        .Info()
        .Request("https://news.example/a")
        .Response("https://news.example/a", Pages.NewsArticle())
        .Response("https://news.example/logo.png", "PNG", contentType: "image/png")
        .Response("https://news.example/gone", "<p>Not found</p>", status: 404)
        .Response("https://news.example/b", Pages.NewsArticle(body2: "A second article body, long enough to be an article of its own."));

    [Fact]
    public void Read_ResponseRecords_GivesOneDocumentPerHtmlPage()
    {
        var results = Read(Crawl().ToBytes());

        var documents = results.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Contains(Pages.Body1, documents[0].Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example/a", documents[0].Source);
        Assert.Contains("A second article body", documents[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonHtmlAndErrorResponses_AreSkippedWithTheirReason()
    {
        var skipped = Read(Crawl().ToBytes()).Where(r => r.IsSkipped).Select(r => r.Error).ToList();

        Assert.Equal(["not an HTML page (image/png)", "HTTP status 404"], skipped);
    }

    [Fact]
    public void Read_GzippedPerRecord_GivesTheSameDocuments()
    {
        var plain = Read(Crawl().ToBytes()).Select(r => r.Document?.Text);
        using var gzip = new CheckedGzipStreamSource(Crawl().ToGzipBytes());

        var fromGzip = new WarcReader(ReaderOptions.Default).Read("crawl.warc.gz", gzip.Open()).Select(r => r.Document?.Text);

        Assert.Equal(plain, fromGzip);
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(+60)]
    public void Read_RecordWithWrongLength_FailsAloneAndTheNextRecordIsRead(int lengthError)
    {
        var warc = new WarcWriter()
            .Response("https://news.example/a", Pages.NewsArticle(), lengthError: lengthError)
            .Response("https://news.example/b", Pages.NewsArticle(body2: "The record after the broken one is still read."))
            .ToBytes();

        var results = Read(warc);

        Assert.True(results[0].IsFailed);
        Assert.Contains("Content-Length", results[0].Error, StringComparison.Ordinal);
        Assert.Contains(results, r => r.Document?.Text.Contains("The record after the broken one", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Read_TruncatedFile_ReportsTheCutRecordAfterTheWholeOnes()
    {
        var warc = Crawl().ToBytes();

        var results = Read(warc[..^200]);

        Assert.Single(results, r => r.Document is not null);
        Assert.StartsWith("truncated: Content-Length", results[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordOverTheLimit_IsSkippedAndReadingGoesOn()
    {
        var warc = new WarcWriter()
            .Response("https://news.example/big", Pages.NewsArticle(body2: new string('x', 20_000)))
            .Response("https://news.example/small", "<p>A small page that fits within the limit.</p>")
            .ToBytes();

        var results = Read(warc, maxBytes: 10_000);

        Assert.True(results[0].IsSkipped);
        Assert.Contains("small page", results[1].Document!.Text, StringComparison.Ordinal);
    }

    /// <summary>A gzip stream over bytes, as <see cref="DocumentReader"/> would open a .warc.gz file.</summary>
    private sealed class CheckedGzipStreamSource(byte[] bytes) : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"pacta-{Guid.NewGuid():N}.warc.gz");
        private Stream? _stream;

        public Stream Open()
        {
            File.WriteAllBytes(_path, bytes);
            _stream = new CheckedGzipStream(File.OpenRead(_path));
            return _stream;
        }

        public void Dispose()
        {
            _stream?.Dispose();
            File.Delete(_path);
        }
    }
}
