using System.Text.Json;

namespace Pacta.Ingest.Html;

/// <summary>The first schema.org *Article object (NewsArticle, ReportageNewsArticle, BlogPosting…) in a page's
/// JSON-LD blocks, found in arrays and <c>@graph</c> lists too. Malformed JSON-LD is common and is ignored.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? InLanguage, string? Url)
{
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var article = FindArticle(json.RootElement);
                if (article is not null)
                {
                    return article;
                }
            }
            catch (JsonException)
            {
            }
        }

        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(a => a is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticle(element))
        {
            return new JsonLdArticle(
                Text(element, "headline") ?? Text(element, "name"),
                Text(element, "datePublished") ?? Text(element, "dateCreated"),
                Names(element, "author"),
                Text(element, "inLanguage"),
                Text(element, "url"));
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String
            && (t.GetString()!.EndsWith("Article", StringComparison.Ordinal) || t.GetString() == "BlogPosting"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "name") ?? Text(value, "@id"),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        } : null;

    /// <summary>An author as a string, an object with a name, or a list of either: names joined by commas.</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        var names = items
            .Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.ValueKind == JsonValueKind.Object && i.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
