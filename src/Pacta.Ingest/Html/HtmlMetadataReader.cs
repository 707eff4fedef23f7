using AngleSharp.Dom;

namespace Pacta.Ingest.Html;

/// <summary>
/// Reads title, byline, publication date, language and canonical URL from a parsed page, most trusted source
/// first: JSON-LD NewsArticle, then OpenGraph and other meta tags, then the markup (<c>&lt;h1&gt;</c>,
/// <c>rel=author</c>, <c>&lt;time datetime&gt;</c>, <c>&lt;html lang&gt;</c>). SmartReader ignores most of these.
/// </summary>
public sealed class HtmlMetadataReader
{
    private static readonly string[] DateMetaKeys =
        ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created"];

    public HtmlMetadata Read(IDocument page, string? pageUrl = null)
    {
        var jsonLd = JsonLdArticle.Find(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var title = MetadataValues.Clean(jsonLd?.Headline ?? Meta(page, "og:title", "twitter:title") ?? FirstText(page, "article h1", "h1") ?? page.Title);
        var byline = MetadataValues.Clean(jsonLd?.Author ?? Meta(page, "author", "dc.creator", "byl")
            ?? FirstText(page, "[itemprop=author]", "[rel=author]", ".byline"));
        var published = MetadataValues.Date(jsonLd?.DatePublished)
            ?? MetadataValues.Date(Meta(page, DateMetaKeys))
            ?? MetadataValues.Date(ArticleTime(page));
        var language = MetadataValues.Language(page.DocumentElement.GetAttribute("lang"))
            ?? MetadataValues.Language(jsonLd?.InLanguage)
            ?? MetadataValues.Language(Meta(page, "og:locale", "content-language", "language"));
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url") ?? jsonLd?.Url;
        return new HtmlMetadata(title, byline, published, language, Absolute(canonical, pageUrl));
    }

    /// <summary>The content of the first meta tag whose name, property, itemprop or http-equiv is one of
    /// <paramref name="keys"/>, in the order of the keys.</summary>
    private static string? Meta(IDocument page, params string[] keys)
    {
        var metas = page.QuerySelectorAll("meta[content]").ToList();
        foreach (var key in keys)
        {
            var found = metas.FirstOrDefault(m => new[] { "property", "name", "itemprop", "http-equiv" }
                .Any(a => string.Equals(m.GetAttribute(a), key, StringComparison.OrdinalIgnoreCase)));
            var content = found?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content))
            {
                return content;
            }
        }

        return null;
    }

    private static string? FirstText(IDocument page, params string[] selectors) =>
        selectors.Select(s => page.QuerySelector(s)?.TextContent).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>The article's own <c>&lt;time datetime&gt;</c>: one marked datePublished, else the first outside
    /// comments (a reader's comment is dated too, later).</summary>
    private static string? ArticleTime(IDocument page)
    {
        var marked = page.QuerySelector("time[itemprop=datePublished][datetime]");
        if (marked is not null)
        {
            return marked.GetAttribute("datetime");
        }

        return page.QuerySelectorAll("time[datetime]")
            .FirstOrDefault(t => !t.Ancestors<IElement>().Any(BoilerplateRemover.IsComments) && !BoilerplateRemover.IsComments(t))
            ?.GetAttribute("datetime");
    }

    private static string? Absolute(string? url, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute))
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && Uri.TryCreate(page, url.Trim(), out var resolved)
            ? resolved.ToString()
            : null;
    }
}
