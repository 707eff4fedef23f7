using System.CommandLine;
using System.Net;
using System.Text;
using Pacta.Cli.Commands;
using Pacta.Ingest.Feeds;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class WatchCommandTests : IDisposable
{
    private const string Page = """
        <html lang="en"><head><title>Spain and Morocco sign defence cooperation agreement</title>
        <meta property="article:published_time" content="2024-03-04T10:00:00+01:00"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Spain and Morocco sign defence cooperation agreement</h1>
        <p>Spain and Morocco signed a defence cooperation agreement in Rabat on 27 February 2024.</p>
        <p>The agreement covers joint exercises and officer training.</p></article></body></html>
        """;

    private readonly TempDirectory _folder = new();
    private readonly LocalHttpServer _server;

    public WatchCommandTests()
    {
        _server = new LocalHttpServer(async (request, response) =>
        {
            if (request.Url!.AbsolutePath == "/feed.rss" && request.Headers["If-None-Match"] == "\"v1\"")
            {
                response.StatusCode = 304;
                return;
            }

            var body = request.Url.AbsolutePath == "/feed.rss"
                ? $"<rss version=\"2.0\"><channel><title>t</title><item><title>Spain and Morocco sign</title><link>{_server!.BaseAddress}a/1</link><description>x</description></item></channel></rss>"
                : Page;
            response.Headers["ETag"] = "\"v1\"";
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = request.Url.AbsolutePath == "/feed.rss" ? "application/rss+xml" : "text/html; charset=utf-8";
            await response.OutputStream.WriteAsync(bytes);
        });
    }

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Parse_EveryAndOnce_BindsTheirValues()
    {
        var command = new WatchCommand();

        var result = new RootCommand { command }.Parse("watch feeds.txt --every 90s --once --delay 500ms --db x.db");

        Assert.Empty(result.Errors);
        Assert.Equal(TimeSpan.FromSeconds(90), result.GetValue(command.Every));
        Assert.True(result.GetValue(command.Once));
        Assert.Equal(TimeSpan.FromMilliseconds(500), result.GetValue(command.Delay));
        Assert.Equal(TimeSpan.FromSeconds(30), result.GetValue(command.Timeout));
    }

    [Fact]
    public void Parse_BadDuration_IsAnError()
    {
        var result = new RootCommand { new WatchCommand() }.Parse("watch feeds.txt --every soon");

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void BuildRoot_Always_RegistersWatchCommand()
    {
        Assert.Contains(Program.BuildRoot().Subcommands, c => c is WatchCommand);
    }

    [Fact]
    public async Task RunAsync_OnceTwice_IngestsTheNewItemThenNothing()
    {
        var feeds = _folder.Write("feeds.txt", $"# test feeds\n{_server.BaseAddress}feed.rss\n");
        var settings = new WatchSettings(feeds, TimeSpan.FromMinutes(15), true, null, _folder.Combine("pacta.db"), 0, null, null,
            new FetchOptions { PerHostDelay = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(10) });
        var (first, second, errors) = (new StringWriter(), new StringWriter(), new StringWriter());

        var firstCode = await WatchCommand.RunAsync(settings, TimeProvider.System, first, errors, CancellationToken.None);
        var secondCode = await WatchCommand.RunAsync(settings, TimeProvider.System, second, errors, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, firstCode);
        Assert.Contains("1 documents read, 1 stored", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("(1 new)", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, secondCode);
        Assert.Contains("0 documents read", second.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists($"{feeds}.state.json"));
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public async Task RunAsync_MissingFeedsFile_IsAUsageError()
    {
        var settings = new WatchSettings(_folder.Combine("absent.txt"), TimeSpan.FromMinutes(15), true, null, _folder.Combine("pacta.db"), 0, null, null, new FetchOptions());
        var errors = new StringWriter();

        var code = await WatchCommand.RunAsync(settings, TimeProvider.System, new StringWriter(), errors, CancellationToken.None);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("cannot read feeds file", errors.ToString(), StringComparison.Ordinal);
    }
}
