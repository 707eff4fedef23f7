using Microsoft.Playwright;
using Xunit;

namespace Pacta.Web.Tests.Browser;

/// <summary>A page with everything that should never happen recorded: console errors (CSP violations land there),
/// uncaught script errors, dialogs (an injected alert) and requests to any other host (a CDN).</summary>
public sealed class WatchedPage
{
    private readonly List<string> _problems = [];

    public WatchedPage(IPage page, string baseUrl)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"page error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            _problems.Add($"dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _problems.Add($"request off the host: {request.Url}");
            }
        };
    }

    public IPage Page { get; }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });

    public void AssertNothingWentWrong() => Assert.True(_problems.Count == 0, string.Join('\n', _problems));
}
