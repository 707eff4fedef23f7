using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Pacta.TestKit;
using Pacta.Web.Hosting;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests.Browser;

/// <summary>
/// The real host listening on 127.0.0.1 (a free port) over a test database, and Debian's headless Chromium driven by
/// Playwright. Playwright never downloads a browser here: it runs /usr/bin/chromium, and the browser tests skip
/// when that is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string SkipReason = $"{ChromiumPath} is missing: install it with `apt-get install -y chromium` (as .ci/run does) to run the browser tests.";

    private TestDatabase? _database;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static bool Available => File.Exists(ChromiumPath);

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the tests save a screenshot of each page, for a person to look at (git-ignored).</summary>
    public static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "tests", "Pacta.Web.Tests", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync();
        _app = PactaWebHost.Build(new PactaServerSettings(_database.Path, "http://127.0.0.1:0", PactaWebFactory.Token));
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh page that records console errors, page errors, dialogs and requests that left the host.</summary>
    public async Task<WatchedPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var watched = new WatchedPage(page, BaseUrl);
        await page.GotoAsync(BaseUrl + path);
        return watched;
    }

    /// <summary>Opens <paramref name="path"/>, runs the checks of what a person should see, saves a screenshot and
    /// fails on anything that went wrong meanwhile (console errors, script errors, dialogs, requests off the host).</summary>
    public async Task CheckPageAsync(string path, string screenshot, Func<IPage, Task> checks)
    {
        var watched = await OpenAsync(path);
        await checks(watched.Page);
        await watched.ScreenshotAsync(screenshot);
        watched.AssertNothingWentWrong();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _database?.Dispose();
    }
}
