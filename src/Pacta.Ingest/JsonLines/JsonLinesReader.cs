using System.Text.Json;
using Pacta.Core.Model;
using Pacta.Ingest.Html;
using Pacta.Ingest.Readers;

namespace Pacta.Ingest.JsonLines;

/// <summary>
/// JSON Lines, one article per line: <c>text</c> (required), and optional <c>title</c>, <c>url</c>,
/// <c>published</c> (a date or a timestamp), <c>language</c> and <c>id</c>. Streamed line by line; each line
/// gives its own result, so a line that is not JSON costs that line only. Results are named
/// <c>path:LINE</c>.
/// </summary>
public sealed class JsonLinesReader(ReaderOptions options)
{
    public IEnumerable<ReadResult> Read(string path, Stream stream)
    {
        var lines = new BoundedLineReader(stream, options.MaxDocumentBytes);
        var number = 0;
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool tooLong;
            string? ioError = null;
            try
            {
                if (!lines.TryReadLine(out line, out tooLong))
                {
                    break;
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = default;
                tooLong = false;
                ioError = e.Message;
            }

            number++;
            var name = $"{path}:{number}";
            if (ioError is not null)
            {
                yield return ReadResult.Failed(name, $"cannot read further: {ioError}");
                yield break;
            }

            if (tooLong)
            {
                yield return ReadResult.Skipped(name, $"line longer than the {options.MaxDocumentBytes:N0}-byte limit");
            }
            else if (!line.Span.Trim(" \t"u8).IsEmpty)
            {
                yield return ReadLine(name, path, number, line);
            }
        }
    }

    private static ReadResult ReadLine(string name, string path, int number, ReadOnlyMemory<byte> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(name, "not a JSON object");
            }

            var text = String(root, "text");
            if (text is null)
            {
                return ReadResult.Failed(name, "no \"text\" string");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Skipped(name, "empty \"text\"");
            }

            var title = String(root, "title");
            var url = String(root, "url");
            var id = String(root, "id") ?? url ?? $"{path}#{number}";
            var document = new Document(
                id,
                url ?? path,
                ArticleText.Compose(title, text),
                title,
                String(root, "author") ?? String(root, "byline"),
                MetadataValues.Date(String(root, "published")),
                MetadataValues.Language(String(root, "language")));
            return ReadResult.Ok(name, document);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(name, $"not JSON: {e.Message}");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
