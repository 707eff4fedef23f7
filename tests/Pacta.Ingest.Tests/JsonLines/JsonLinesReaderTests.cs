using System.Text;
using Pacta.Ingest.JsonLines;
using Pacta.Ingest.Readers;
using Xunit;

namespace Pacta.Ingest.Tests.JsonLines;

public sealed class JsonLinesReaderTests
{
    private static List<ReadResult> Read(string content, long maxBytes = ReaderOptions.DefaultMaxDocumentBytes) =>
        new JsonLinesReader(new ReaderOptions { MaxDocumentBytes = maxBytes })
            .Read("news.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(content)))
            .ToList();

    [Fact]
    public void Read_OneArticlePerLine_ReadsTheFieldsItKnows()
    {
        var results = Read("""
            {"text":"Ruritania and Freedonia signed a defence pact.","title":"Pact signed","url":"https://news.example/a","published":"2024-05-06T09:30:00+02:00","language":"en-GB"}
            {"text":"Второй текст."}
            """);

        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal("https://news.example/a", first.Id);
        Assert.Equal("Pact signed\n\nRuritania and Freedonia signed a defence pact.", first.Text);
        Assert.Equal("Pact signed", first.Title);
        Assert.Equal(new DateOnly(2024, 5, 6), first.Published);
        Assert.Equal("en", first.Language);
        Assert.Equal("news.jsonl#2", results[1].Document!.Id);
        Assert.Equal("news.jsonl:2", results[1].Path);
    }

    [Fact]
    public void Read_LineThatIsNotJson_FailsAloneAndTheRestIsRead()
    {
        var results = Read("{\"text\":\"one\"}\n{\"text\": oops\n\n{\"text\":\"three\"}\r\n[1,2]\n{\"title\":\"no text\"}\n");

        Assert.Equal(["one", "three"], results.Where(r => r.Document is not null).Select(r => r.Document!.Text));
        var failures = results.Where(r => r.IsFailed).ToList();
        Assert.Equal(3, failures.Count);
        Assert.Equal("news.jsonl:2", failures[0].Path);
        Assert.StartsWith("not JSON:", failures[0].Error, StringComparison.Ordinal);
        Assert.Equal("not a JSON object", failures[1].Error);
        Assert.Equal("no \"text\" string", failures[2].Error);
    }

    [Fact]
    public void Read_LineOverTheLimit_IsSkippedAndTheNextLineRead()
    {
        var results = Read($"{{\"text\":\"{new string('x', 5000)}\"}}\n{{\"text\":\"short\"}}", maxBytes: 1000);

        Assert.True(results[0].IsSkipped);
        Assert.Contains("longer than the 1,000-byte limit", results[0].Error, StringComparison.Ordinal);
        Assert.Equal("short", results[1].Document!.Text);
    }
}
