using System.Text;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Tests.Support;
using Xunit;

namespace Pacta.Ingest.Tests.Readers;

public sealed partial class DocumentReaderTests
{
    [Fact]
    public void Read_BatchOfBadInputs_GivesOneReasonEachAndReadsTheRest()
    {
        string[] paths =
        [
            _folder.Write("good.txt", Article),
            _folder.Write("empty.txt", ""),
            WriteBytes("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            WriteBytes("truncated.jsonl.gz", Gzip(Utf8(string.Concat(Enumerable.Repeat("{\"text\":\"a line of news\"}\n", 2000))))[..300]),
            _folder.Write("video.html", "<html><body><nav><a href='/'>Home</a></nav><div class='player'></div></body></html>"),
            _folder.Write("mixed.jsonl", "{\"text\":\"good line\"}\nnot json at all\n"),
            WriteBytes("broken.warc", new WarcWriter().Response("https://news.example/a", Pages.NewsArticle(), lengthError: -30).ToBytes()),
            _folder.Combine("absent.txt"),
        ];

        var results = new DocumentReader().Read(paths).ToList();

        // A cut gzip gives the lines before the cut, then says where it broke.
        Assert.Equal(["good.txt", "mixed.jsonl:1"], results.Where(r => r.Document is not null && !r.Path.Contains("truncated", StringComparison.Ordinal)).Select(r => Path.GetFileName(r.Path)));
        Assert.Contains(results, r => r.Document is not null && r.Path.Contains("truncated.jsonl.gz:1", StringComparison.Ordinal));
        Assert.Equal(["empty.txt: empty file", "image.png: binary content, not text", "video.html: HTML page with no article text"], Reasons(results.Where(r => r.IsSkipped)));
        var failed = Reasons(results.Where(r => r.IsFailed));
        Assert.Equal(4, failed.Count);
        Assert.StartsWith("truncated.jsonl.gz:", failed[0], StringComparison.Ordinal);
        Assert.Contains("cannot read further", failed[0], StringComparison.Ordinal);
        Assert.Contains("truncated or corrupt gzip", failed[0], StringComparison.Ordinal);
        Assert.StartsWith("mixed.jsonl:2: not JSON:", failed[1], StringComparison.Ordinal);
        Assert.Contains("Content-Length", failed[2], StringComparison.Ordinal);
        Assert.Equal("absent.txt: no such file or folder", failed[3]);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.DoesNotContain('\n', r.Error!));
    }

    [Fact]
    public void ReadFile_FolderOrMissingPath_SaysWhich()
    {
        _folder.Write("sub/article.txt", Article);
        var reader = new DocumentReader();

        Assert.Equal("folder given where a file was expected", reader.ReadFile(_folder.Combine("sub")).Error);
        Assert.Equal("no such file or folder", reader.ReadFile(_folder.Combine("sub/absent.txt")).Error);
        Assert.Equal("no such file or folder", reader.ReadFile(_folder.Combine("no-folder/absent.txt")).Error);
        Assert.NotNull(reader.ReadFile(_folder.Combine("sub/article.txt")).Document);
    }

    [Fact]
    public void ReadPath_ArchiveWithNoArticle_SaysSo()
    {
        var path = WriteBytes("requests.warc", new WarcWriter().Info().Request("https://news.example/a").ToBytes());

        var result = Assert.Single(new DocumentReader().ReadPath(path));

        Assert.True(result.IsSkipped);
        Assert.Equal("no article in this file", result.Error);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_KeepsTheArticleWithANote()
    {
        var path = WriteBytes("bad-bytes.txt", [.. Utf8("Соглашение подписано в Астане "), 0xFF, .. Utf8("во вторник.")]);

        var result = new DocumentReader().ReadFile(path);

        Assert.Equal("Соглашение подписано в Астане \uFFFDво вторник.", result.Document!.Text);
        Assert.Equal("invalid UTF-8: 1 bad byte sequence(s) replaced by U+FFFD", result.Note);
    }

    [Fact]
    public void ReadFile_TruncatedGzipArticle_Fails()
    {
        var path = WriteBytes("article.txt.gz", Gzip(Utf8(string.Concat(Enumerable.Repeat(Article + "\n", 200))))[..100]);

        var result = new DocumentReader().ReadFile(path);

        Assert.True(result.IsFailed);
        Assert.Contains("truncated or corrupt gzip", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_HundredMegabyteArticle_IsSkippedWithoutBeingRead()
    {
        var path = _folder.Combine("huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(100L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = new DocumentReader().ReadFile(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsSkipped);
        Assert.Equal("104,857,600 bytes is over the 16,777,216-byte limit for one article (raise it with --max-size)", result.Error);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} bytes to refuse the file");
    }

    [Fact]
    public void Read_HundredMegabyteJsonLines_IsStreamedInBoundedMemory()
    {
        var path = _folder.Combine("big.jsonl");
        var line = $"{{\"text\":\"{new string('a', 1000)} signed.\",\"title\":\"Pact\"}}\n";
        var lines = (int)(100L * 1024 * 1024 / line.Length) + 1;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            for (var i = 0; i < lines; i++)
            {
                writer.Write(line);
            }
        }

        var count = 0;
        long peak = 0;
        foreach (var result in new DocumentReader().ReadPath(path))
        {
            Assert.NotNull(result.Document);
            if (++count % 10_000 == 0)
            {
                // After a collection: what the reader holds on to, not garbage that other tests running beside this
                // one (or this loop) have not yet had collected.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(lines, count);
        Assert.True(peak < 64L * 1024 * 1024, $"managed heap reached {peak:N0} bytes while streaming a 100 MB file");
    }

    [SkippableFact]
    public void ReadFile_NoReadPermission_FailsWithTheReason()
    {
        Skip.If(OperatingSystem.IsWindows(), "file modes are a Unix test; Windows uses ACLs.");
        var path = _folder.Write("secret.txt", Article);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        Skip.If(CanStillRead(path), "running as root (or with CAP_DAC_OVERRIDE): file permissions do not stop this process, so the case cannot be produced here.");

        var result = new DocumentReader().ReadFile(path);

        Assert.True(result.IsFailed);
        Assert.StartsWith("cannot read:", result.Error, StringComparison.Ordinal);
    }

    private static bool CanStillRead(string path)
    {
        try
        {
            File.OpenRead(path).Dispose();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static List<string> Reasons(IEnumerable<ReadResult> results) =>
        results.Select(r => $"{Path.GetFileName(r.Path)}: {r.Error}").ToList();
}
