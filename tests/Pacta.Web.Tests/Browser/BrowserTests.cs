using Microsoft.Playwright;
using Pacta.Web.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Pacta.Web.Tests.Browser;

/// <summary>Each page in real headless Chromium, checked for what a person sees; a screenshot of each is saved to
/// tests/Pacta.Web.Tests/screenshots/.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task AgreementsPage_ShowsEveryAgreement_AndTheCountryFilterNarrowsIt()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var watched = await browser.OpenAsync("/");
        var page = watched.Page;
        var rows = page.Locator("#agreements tbody tr");

        await Expect(rows).ToHaveCountAsync(5);
        await Expect(page.Locator("#summary")).ToContainTextAsync("5 agreements");
        await watched.ScreenshotAsync("agreements.png");

        await page.FillAsync("#filters input[name=country]", "KAZ");
        await page.ClickAsync("#filters button[type=submit]");
        await Expect(rows).ToHaveCountAsync(3);
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.Locator("td").First).ToContainTextAsync("KAZ");
        }

        await page.ClickAsync("th[data-sort=date]");
        await Expect(rows.First.Locator("td").Nth(1)).ToHaveTextAsync("2022-01-18");
        Assert.Contains("country=KAZ", page.Url);
        await watched.ScreenshotAsync("agreements-filtered.png");
        watched.AssertNothingWentWrong();
    }

    [SkippableFact]
    public async Task AgreementPage_HighlightsEvidence_AndShowsScriptPayloadsAsInertText()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        await browser.CheckPageAsync("/agreement.html?id=EST-NOR-2024-05-07-agreement", "agreement-xss.png", async page =>
        {
            var marks = page.Locator(".document-text mark.evidence");
            await Expect(marks.First).ToBeVisibleAsync();
            await Expect(marks.Last).ToContainTextAsync("<script>window.__pwned = 'text'</script>");
            await Expect(marks.Last).ToContainTextAsync("onerror=");
            await Expect(page.Locator("article.source h3")).ToContainTextAsync("<script>");

            // The payloads are text: no element was made from them, no script ran (no dialog either: see WatchedPage).
            Assert.Equal(0, await page.Locator("main script, main img, .document-text *:not(mark)").CountAsync());
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
            await Expect(page.Locator("dl.fields")).ToContainTextAsync("Tallinn");
            await Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(1);
        });
    }

    [SkippableFact]
    public async Task AgreementPage_WithTwoReports_HighlightsEachInItsDocument()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        await browser.CheckPageAsync("/agreement.html?id=KAZ-QAT-2023-12-12-agreement", "agreement.png", async page =>
        {
            await Expect(page.Locator("article.source")).ToHaveCountAsync(2);
            foreach (var source in await page.Locator("article.source").AllAsync())
            {
                await Expect(source.Locator("mark.evidence").First).ToContainTextAsync("Qatar");
            }
        });
    }

    [SkippableFact]
    public async Task CountryPage_DrawsMapTimelineAndConcentration()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        await browser.CheckPageAsync("/country.html?iso3=KAZ", "country-kaz.png", async page =>
        {
            await Expect(page.Locator("#world-map path.country.partner")).ToHaveCountAsync(3);
            await Expect(page.Locator("#world-map path.country.self")).ToHaveCountAsync(1);
            Assert.True(await page.Locator("#world-map path.country").CountAsync() > 200);
            await Expect(page.Locator("#concentration-chart circle.point")).ToHaveCountAsync(2);
            await Expect(page.Locator("#concentration-chart path.line.effective")).ToHaveCountAsync(1);
            await Expect(page.Locator("#timeline-chart circle")).ToHaveCountAsync(3);
            await Expect(page.Locator("#summary")).ToContainTextAsync("effective number of partners 3.00");
            await Expect(page.Locator("#partners tbody tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("#blocs tbody")).ToContainTextAsync("gcc");
        });
    }

    [SkippableFact]
    public async Task CountryPage_SmallStates_AreOnTheMap()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        await browser.CheckPageAsync("/country.html?iso3=SGP", "country-sgp.png", async page =>
        {
            // Bahrain (048) and Singapore (702) are missing from the 110m map; the 50m one has both.
            await Expect(page.Locator("#world-map path.country.partner[data-id='048']")).ToHaveCountAsync(1);
            await Expect(page.Locator("#world-map path.country.self[data-id='702']")).ToHaveCountAsync(1);
            await Expect(page.Locator("#world-map circle.partner-dot")).ToHaveCountAsync(1);
            await Expect(page.Locator("#world-map circle.self-dot")).ToHaveCountAsync(1);
        });
    }

    [SkippableFact]
    public async Task NetworkPage_DrawsTheGraphAndRanksTheParties()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        await browser.CheckPageAsync("/network.html", "network.png", async page =>
        {
            await Expect(page.Locator("#graph canvas").First).ToBeAttachedAsync();
            await Expect(page.Locator("#nodes tbody tr")).ToHaveCountAsync(8);
            await Expect(page.Locator("#nodes tbody tr").First).ToContainTextAsync("KAZ");
            await Expect(page.Locator("#summary")).ToContainTextAsync("8 parties, 5 pairs");
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#graph canvas')].some(c => c.width > 0 && c.height > 0)"));
        });
    }

    [SkippableFact]
    public async Task ReviewPage_RefusesWithoutTheToken_AndConfirmsWithIt()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var watched = await browser.OpenAsync("/review.html");
        var page = watched.Page;
        var rows = page.Locator("#queue tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(rows.First.Locator("td.quote")).Not.ToBeEmptyAsync();
        await watched.ScreenshotAsync("review.png");

        var first = await rows.First.GetAttributeAsync("data-id");
        await rows.First.Locator("button.confirm").ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync("token");
        await Expect(rows).ToHaveCountAsync(5);

        await page.FillAsync("input[name=token]", PactaWebFactory.Token);
        await page.ClickAsync(".token-form button");
        await rows.First.Locator("button.confirm").ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync($"{first}: confirmed");
        await Expect(rows).ToHaveCountAsync(4);
        await watched.ScreenshotAsync("review-after-confirm.png");
    }
}
