namespace Pacta.Ingest.Html;

/// <summary>What a page says about its article, outside the article text. Every field may be missing.</summary>
public sealed record HtmlMetadata(
    string? Title,
    string? Byline,
    DateOnly? Published,
    string? Language,
    string? CanonicalUrl);
