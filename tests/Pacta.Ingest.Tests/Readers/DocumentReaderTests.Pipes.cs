using System.Diagnostics;
using Pacta.Ingest.Readers;
using Xunit;

namespace Pacta.Ingest.Tests.Readers;

public sealed partial class DocumentReaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadFile_Pipe_IsReadWholeAndSniffed(bool gzipped)
    {
        // A named pipe (made by coreutils' mkfifo) stands for "<(zcat feed.gz)" and /dev/stdin: a file that cannot
        // seek or tell its length. Opening either end waits for the other, so the writer opens on a pool thread.
        var pipe = _folder.Combine(gzipped ? "pipe-gz" : "pipe");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var bytes = gzipped ? Gzip(Utf8(Article)) : Utf8(Article);
        var writer = Task.Run(() => File.WriteAllBytes(pipe, bytes));

        var result = new DocumentReader().ReadFile(pipe);
        await writer;

        Assert.Null(result.Error);
        Assert.Equal(Article, result.Document!.Text);
    }
}
