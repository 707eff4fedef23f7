namespace Pacta.Bench.Corpus;

/// <summary>Reads the embedded corpus templates (data/bench/*.tsv, "key TAB value" lines).</summary>
internal static class TemplateReader
{
    private const string Prefix = "bench/";

    public static IReadOnlyList<LanguageTemplates> ReadEmbedded()
    {
        var assembly = typeof(TemplateReader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Parse(name[Prefix.Length..^".tsv".Length], reader.ReadToEnd());
            })
            .ToList();
    }

    public static LanguageTemplates Parse(string language, string text)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"bench/{language}.tsv: expected 'key<TAB>value', got '{line}'.");
            }

            var key = line[..tab];
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }

            list.Add(line[(tab + 1)..]);
        }

        List<string> All(string key) =>
            values.TryGetValue(key, out var list) && list.Count > 0 ? list : throw new FormatException($"bench/{language}.tsv: no '{key}' line.");

        return new LanguageTemplates(
            language,
            int.Parse(All("weight")[0], System.Globalization.CultureInfo.InvariantCulture),
            All("published")[0],
            All("country"),
            All("city"),
            All("person"),
            All("title"),
            All("filler"),
            All("agreement-title"),
            All("agreement"));
    }
}
