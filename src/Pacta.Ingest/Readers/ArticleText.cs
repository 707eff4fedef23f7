namespace Pacta.Ingest.Readers;

/// <summary>The text of an article whose title comes apart from its body (HTML, JSON Lines, feeds): title, blank
/// line, body, the shape of Pacta's plain-text articles, so the pipeline reads every source alike.</summary>
public static class ArticleText
{
    public static string Compose(string? title, string body)
    {
        var trimmedBody = body.Trim();
        var trimmedTitle = title?.Trim();
        var text = string.IsNullOrEmpty(trimmedTitle) || trimmedBody.StartsWith(trimmedTitle, StringComparison.Ordinal)
            ? trimmedBody
            : $"{trimmedTitle}\n\n{trimmedBody}";
        return TextFileReader.Normalize(text);
    }
}
