using System.Text;
using Pacta.Ingest.Html;
using Pacta.Ingest.Tests.Support;
using Xunit;

namespace Pacta.Ingest.Tests.Html;

public sealed class HtmlArticleReaderTests
{
    private readonly HtmlArticleReader _reader = new();

    [Fact]
    public void Read_NewsPage_KeepsTheArticleAndDropsTheBoilerplate()
    {
        var document = _reader.Read("page.html", Encoding.UTF8.GetBytes(Pages.NewsArticle())).Document!;

        Assert.Contains(Pages.Body1, document.Text, StringComparison.Ordinal);
        Assert.Contains(Pages.Body2, document.Text, StringComparison.Ordinal);
        Assert.All(Pages.BoilerplateMarkers, marker => Assert.DoesNotContain(marker, document.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NewsPage_StartsWithTheTitleThenParagraphs()
    {
        var document = _reader.Read("page.html", Encoding.UTF8.GetBytes(Pages.NewsArticle())).Document!;

        Assert.Equal($"Ruritania and Freedonia sign defence pact\n\n{Pages.Body1}\n\n{Pages.Body2}", document.Text);
    }

    [Fact]
    public void Read_JsonLd_GivesTitleAuthorsDateAndLanguage()
    {
        var document = _reader.Read("page.html", Encoding.UTF8.GetBytes(Pages.NewsArticle(lang: ""))).Document!;

        Assert.Equal("Ruritania and Freedonia sign defence pact", document.Title);
        Assert.Equal("Jane Roe, John Doe", document.Byline);
        Assert.Equal(new DateOnly(2024, 5, 6), document.Published);
        Assert.Equal("en", document.Language);
        Assert.Equal("https://news.example/2024/05/06/ruritania-freedonia-pact", document.Id);
    }

    [Fact]
    public void Read_NoJsonLd_UsesOpenGraphTimeRelAuthorAndHtmlLang()
    {
        var html = Pages.NewsArticle(lang: "fr-FR", jsonLd: "{ not json at all");

        var document = _reader.Read("page.html", Encoding.UTF8.GetBytes(html)).Document!;

        Assert.Equal("Ruritania and Freedonia sign defence pact (og)", document.Title);
        Assert.Equal("Jane Roe", document.Byline);
        Assert.Equal(new DateOnly(2024, 5, 6), document.Published);
        Assert.Equal("fr", document.Language);
    }

    [Fact]
    public void Read_PublishedTimeMeta_IsReadInThePagesOwnOffset()
    {
        var html = Pages.NewsArticle(jsonLd: "{}", head: """<meta property="article:published_time" content="2024-05-06T23:30:00+03:00">""");

        var document = _reader.Read("page.html", Encoding.UTF8.GetBytes(html)).Document!;

        Assert.Equal(new DateOnly(2024, 5, 6), document.Published);
    }

    [Fact]
    public void Read_MetaCharsetWindows1251_DecodesCyrillic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = "Министры обороны двух стран подписали в Москве соглашение о военном сотрудничестве.";
        var html = $"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Соглашение</title></head><body><article><p>{body}</p></article></body></html>""";

        var document = _reader.Read("page.html", Encoding.GetEncoding(1251).GetBytes(html)).Document!;

        Assert.Contains(body, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HttpCharset_WinsOverTheMetaTag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = """<html><head><meta charset="windows-1251"></head><body><p>Соглашение о сотрудничестве подписано.</p></body></html>""";

        var document = _reader.Read("page.html", Encoding.GetEncoding(20866).GetBytes(html), declaredCharset: "koi8-r").Document!;

        Assert.Contains("Соглашение о сотрудничестве подписано.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithNoText_IsSkippedWithAReason()
    {
        var html = """<html><head><title>Video</title><script>play()</script></head><body><nav><a href="/">Home</a></nav><div class="video"></div></body></html>""";

        var result = _reader.Read("video.html", Encoding.UTF8.GetBytes(html));

        Assert.True(result.IsSkipped);
        Assert.Equal("HTML page with no article text", result.Error);
    }
}
