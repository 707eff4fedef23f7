using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Document = Pacta.Core.Model.Document;
using Pacta.Ingest.Encodings;
using Pacta.Ingest.Readers;

namespace Pacta.Ingest.Html;

/// <summary>
/// A web page as an article: metadata from the whole page (<see cref="HtmlMetadataReader"/>), then boilerplate
/// removed (<see cref="BoilerplateRemover"/>), then the main text chosen by SmartReader's readability scoring and
/// written as paragraphs. The text starts with the title, as plain-text articles do, so the pipeline reads both
/// alike. The id is the canonical URL when the page gives one, so two saved copies of a page are one document.
/// </summary>
public sealed class HtmlArticleReader
{
    /// <summary>SmartReader resolves links against a base address; a page read from disk has none.</summary>
    private const string NoAddress = "https://localhost/";

    private readonly HtmlParser _parser = new();
    private readonly HtmlMetadataReader _metadata = new();

    /// <summary>Decodes the page (BOM, then <paramref name="declaredCharset"/> from HTTP, then the page's own meta
    /// charset, then detection) and reads it.</summary>
    public ReadResult Read(string source, byte[] bytes, string? url = null, string? declaredCharset = null)
    {
        var decoded = TextDecoder.Decode(bytes, declaredCharset ?? HtmlCharsetSniffer.Find(bytes));
        return decoded.Text is null
            ? ReadResult.Skipped(source, decoded.Error!)
            : ReadHtml(source, decoded.Text, url, decoded.Warning);
    }

    public ReadResult ReadHtml(string source, string html, string? url = null, string? note = null)
    {
        var page = _parser.ParseDocument(html);
        var metadata = _metadata.Read(page, url);
        BoilerplateRemover.Clean(page);
        var paragraphs = MainText(page, url).ToList();
        if (paragraphs.Count > 0 && metadata.Title is not null && paragraphs[0] == metadata.Title)
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
        {
            return ReadResult.Skipped(source, "HTML page with no article text");
        }

        var text = TextFileReader.Normalize(string.Join("\n\n", metadata.Title is null ? paragraphs : paragraphs.Prepend(metadata.Title)));
        var id = metadata.CanonicalUrl ?? url ?? source;
        var document = new Document(id, url ?? source, text, metadata.Title, metadata.Byline, metadata.Published, metadata.Language);
        return ReadResult.Ok(source, document, note);
    }

    /// <summary>SmartReader's choice when it finds a readable article at least a third as long as the cleaned
    /// page's main container; else that container (<c>article</c>, <c>main</c> or the body) whole.</summary>
    private IReadOnlyList<string> MainText(IDocument page, string? url)
    {
        var container = (INode?)page.QuerySelector("article") ?? (INode?)page.QuerySelector("main") ?? page.Body;
        var fallback = container is null ? [] : BlockTextWriter.Paragraphs(container);
        var article = new SmartReader.Reader(url ?? NoAddress, page.DocumentElement.OuterHtml).GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return fallback;
        }

        var chosen = BlockTextWriter.Paragraphs(_parser.ParseDocument(article.Content).Body!);
        return chosen.Sum(p => p.Length) * 3 >= fallback.Sum(p => p.Length) ? chosen : fallback;
    }
}
