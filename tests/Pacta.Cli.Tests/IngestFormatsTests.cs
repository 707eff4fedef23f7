using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests;

/// <summary>`pacta ingest` on a batch that mixes formats and bad inputs.</summary>
public sealed class IngestFormatsTests : IDisposable
{
    private const string Sentence = "Spain and Morocco signed a defence cooperation agreement in Rabat on 27 February 2024.";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_MixedBatch_StoresTheGoodReportsTheRestAndSaysSomethingFailed()
    {
        _folder.Write("in/page.html", $"<html lang=\"en\"><body><article><h1>Spain and Morocco sign pact</h1><p>{Sentence}</p></article></body></html>");
        _folder.Write("in/news.jsonl", $"{{\"text\":\"{Sentence}\",\"title\":\"Pact\",\"url\":\"https://news.example/1\",\"published\":\"2024-03-04\"}}\nnot json\n");
        _folder.Write("in/empty.txt", "");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var code = IngestCommand.Run([_folder.Combine("in"), _folder.Combine("absent.warc")], _folder.Combine("pacta.db"), 0, null, null, TimeProvider.System, output, errors);

        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.StartsWith("5 documents read, 2 stored, 0 duplicates, 1 skipped, 2 failed", output.ToString(), StringComparison.Ordinal);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("failed ", StringComparison.Ordinal) && l.Contains("news.jsonl:2: not JSON", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("skipped ", StringComparison.Ordinal) && l.EndsWith("empty.txt: empty file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("absent.warc: no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_MaxSizeBelowAFile_SkipsItWithTheLimitInTheReason()
    {
        var path = _folder.Write("long.txt", new string('x', 2 * 1024 * 1024));
        var errors = new StringWriter();

        var code = IngestCommand.Run([path], _folder.Combine("pacta.db"), 0, null, null, TimeProvider.System, new StringWriter(), errors, readerOptions: new() { MaxDocumentBytes = 1024 * 1024 });

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("over the 1,048,576-byte limit", errors.ToString(), StringComparison.Ordinal);
    }
}
