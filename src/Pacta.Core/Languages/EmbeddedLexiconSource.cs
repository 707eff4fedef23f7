using System.Reflection;

namespace Pacta.Core.Languages;

/// <summary>The lexicons compiled into Pacta.Core from <c>data/lexicons</c>.</summary>
public sealed class EmbeddedLexiconSource : ILexiconSource
{
    private const string Prefix = "lexicons/";

    private readonly Assembly _assembly = typeof(EmbeddedLexiconSource).Assembly;
    private readonly Dictionary<string, List<string>> _files = new(StringComparer.Ordinal);

    public EmbeddedLexiconSource()
    {
        foreach (var name in _assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            // MSBuild's RecursiveDir may use either separator, depending on the host.
            var parts = name[Prefix.Length..].Replace('\\', '/').Split('/');
            if (parts.Length != 2)
            {
                continue;
            }

            if (!_files.TryGetValue(parts[0], out var list))
            {
                _files[parts[0]] = list = [];
            }

            list.Add(parts[1]);
        }

        Languages = _files.Keys.Where(k => k != "base").Order(StringComparer.Ordinal).ToArray();
    }

    public static EmbeddedLexiconSource Instance { get; } = new();

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> Files(string language) =>
        _files.TryGetValue(language, out var list) ? list : [];

    public Stream Open(string language, string file)
    {
        var stream = _assembly.GetManifestResourceStream($"{Prefix}{language}/{file}")
            ?? _assembly.GetManifestResourceStream($"{Prefix}{language}\\{file}");
        return stream ?? throw new FileNotFoundException($"No embedded lexicon {language}/{file}.");
    }
}
