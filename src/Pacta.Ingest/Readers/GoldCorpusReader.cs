using System.Text.Json;
using Pacta.Core.Evaluation;

namespace Pacta.Ingest.Readers;

/// <summary>Reads the annotations of a folder of gold-format documents (shared/corpus/GOLD-FORMAT.md).</summary>
public sealed class GoldCorpusReader
{
    public IReadOnlyList<GoldDocument> Read(string folder)
    {
        var documents = new List<GoldDocument>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = json.RootElement;
            var agreements = new List<GoldAgreement>();
            if (root.TryGetProperty("agreements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in list.EnumerateArray())
                {
                    agreements.Add(new GoldAgreement(
                        Strings(a, "parties"),
                        String(a, "status"),
                        String(a, "date"),
                        String(a, "place"),
                        Strings(a, "signatories")));
                }
            }

            documents.Add(new GoldDocument(String(root, "id") ?? Path.GetFileNameWithoutExtension(file), String(root, "lang") ?? "?", agreements));
        }

        return documents;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
