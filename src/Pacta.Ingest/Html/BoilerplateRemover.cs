using AngleSharp.Dom;

namespace Pacta.Ingest.Html;

/// <summary>
/// Removes what is not the article before the main-text extractor sees the page: scripts, navigation, cookie
/// banners, share bars, related links, comments, ads, forms, captions, bylines and datelines. Done on the DOM
/// by tag, ARIA role and the words of class and id names, because readability scoring alone keeps a related-links
/// list or a newsletter box that sits inside the article body.
/// </summary>
public static class BoilerplateRemover
{
    private static readonly string[] Tags =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "footer", "aside", "form", "button", "input", "select", "textarea", "figcaption", "figure"];

    private static readonly HashSet<string> Roles =
        new(["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of class and id names that mark boilerplate (<c>cookie-banner</c>, <c>story_tags</c>).</summary>
    private static readonly HashSet<string> Words = new(
        ["cookie", "cookies", "consent", "gdpr", "banner", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
         "comment", "comments", "related", "recommended", "share", "sharing", "social", "newsletter", "promo", "subscribe",
         "subscription", "ad", "ads", "advert", "advertisement", "sponsored", "tags", "skip", "ticker", "popular", "trending",
         "footer", "sidebar", "byline", "dateline", "meta", "masthead", "paywall", "modal", "popup", "outbrain", "taboola"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The page's main containers are never removed, whatever their class says.</summary>
    private static readonly HashSet<string> Protected = new(["html", "head", "body", "main", "article"], StringComparer.OrdinalIgnoreCase);

    public static void Clean(IDocument page)
    {
        var doomed = page.All.Where(IsBoilerplate).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>A comment section (also used to keep readers' comment dates out of the metadata).</summary>
    public static bool IsComments(IElement element) =>
        NameWords(element).Any(w => w.Equals("comment", StringComparison.OrdinalIgnoreCase) || w.Equals("comments", StringComparison.OrdinalIgnoreCase));

    private static bool IsBoilerplate(IElement element)
    {
        if (Protected.Contains(element.LocalName))
        {
            return false;
        }

        // A page header holds the masthead and menus; a header inside the article holds its title.
        if (element.LocalName == "header" && element.Closest("article") is null)
        {
            return true;
        }

        // A date standing alone between blocks is the dateline; a date inside a sentence is text.
        if (element.LocalName == "time" && element.ParentElement?.LocalName is "article" or "header" or "div" or "section" or "main")
        {
            return true;
        }

        return Tags.Contains(element.LocalName)
            || Roles.Contains(element.GetAttribute("role") ?? "")
            || element.GetAttribute("aria-hidden") == "true"
            || NameWords(element).Any(Words.Contains);
    }

    private static IEnumerable<string> NameWords(IElement element) =>
        $"{element.GetAttribute("class")} {element.Id}".Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
}
