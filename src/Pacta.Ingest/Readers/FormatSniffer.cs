using System.Text;

namespace Pacta.Ingest.Readers;

/// <summary>Tells the format of an input from its name, or from its first bytes when the name does not say
/// (no extension, an unknown one, or <c>.json</c>, which may be a gold document, a JSON Feed or JSON Lines).</summary>
public static class FormatSniffer
{
    /// <summary>How many leading bytes <see cref="FromContent"/> needs.</summary>
    public const int HeadBytes = 4096;

    /// <summary>Extensions read when a folder is expanded (each may also end in <c>.gz</c>).</summary>
    public static IReadOnlyList<string> FolderExtensions { get; } =
        [".txt", ".json", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".jsonl", ".ndjson", ".warc"];

    /// <summary>The name without a trailing <c>.gz</c>, so <c>crawl.warc.gz</c> reads as WARC.</summary>
    public static string InnerName(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    public static InputFormat FromExtension(string name) => Path.GetExtension(InnerName(name)).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputFormat.Text,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".rss" or ".atom" or ".xml" => InputFormat.Feed,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".warc" => InputFormat.Warc,
        _ => InputFormat.Unknown,
    };

    public static InputFormat FromContent(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, HeadBytes)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        if (text.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return InputFormat.Warc;
        }

        if (text.StartsWith('<'))
        {
            var lower = text.ToLowerInvariant();
            return lower.Contains("<rss", StringComparison.Ordinal) || lower.Contains("<feed", StringComparison.Ordinal) || lower.Contains("<rdf:rdf", StringComparison.Ordinal)
                ? InputFormat.Feed
                : InputFormat.Html;
        }

        if (text.StartsWith('{'))
        {
            if (text.Contains("jsonfeed.org/version", StringComparison.Ordinal))
            {
                return InputFormat.Feed;
            }

            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length > 1 && lines[0].EndsWith('}') && lines[1].StartsWith('{') ? InputFormat.JsonLines : InputFormat.GoldJson;
        }

        return InputFormat.Text;
    }
}
