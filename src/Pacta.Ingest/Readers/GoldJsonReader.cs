using System.Globalization;
using System.Text.Json;
using Pacta.Core.Model;

namespace Pacta.Ingest.Readers;

/// <summary>
/// A gold-format document (shared/corpus/GOLD-FORMAT.md): only <c>id</c>, <c>text</c> and <c>published</c> are
/// used; every other field (the language and the annotations) is ignored, so evaluation reads what a user would.
/// </summary>
public sealed class GoldJsonReader
{
    public ReadResult Read(string path, byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return ReadResult.Failed(path, "JSON document without a \"text\" string");
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : path;
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
            {
                if (!DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return ReadResult.Failed(path, $"\"published\" is not YYYY-MM-DD: {p.GetString()}");
                }

                published = date;
            }

            var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : path;
            var text = TextFileReader.Normalize(textElement.GetString()!);
            return ReadResult.Ok(path, new Document(id, source, text, Published: published));
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(path, $"not valid JSON: {e.Message}");
        }
    }
}
