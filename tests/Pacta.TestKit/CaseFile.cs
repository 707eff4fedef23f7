using System.Text.Json;

namespace Pacta.TestKit;

/// <summary>Loads tests/cases/&lt;lang&gt;/&lt;kind&gt;.json files (format in data/README.md).</summary>
public static class CaseFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<string> Languages(string kind) =>
        Directory.Exists(RepoPaths.Cases)
            ? Directory.EnumerateDirectories(RepoPaths.Cases)
                .Where(d => File.Exists(Path.Combine(d, kind + ".json")))
                .Select(d => Path.GetFileName(d)!)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<TestCaseData>> Loaded = new();

    /// <summary>The cases of one file, read once per test run (every case and its display name index into it).</summary>
    public static IReadOnlyList<TestCaseData> Load(string language, string kind) =>
        Loaded.GetOrAdd($"{language}/{kind}", _ => Read(language, kind));

    private static IReadOnlyList<TestCaseData> Read(string language, string kind)
    {
        var path = Path.Combine(RepoPaths.Cases, language, kind + ".json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<TestCaseData>>(stream, Options) ?? [];
    }
}
