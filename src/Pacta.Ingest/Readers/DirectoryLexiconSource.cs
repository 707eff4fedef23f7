using Pacta.Core.Languages;

namespace Pacta.Ingest.Readers;

/// <summary>Lexicons read from a folder laid out like data/lexicons (for <c>--data-dir</c>: edit data without a rebuild).</summary>
public sealed class DirectoryLexiconSource : ILexiconSource
{
    private readonly string _root;

    public DirectoryLexiconSource(string root)
    {
        _root = Directory.Exists(Path.Combine(root, "lexicons")) ? Path.Combine(root, "lexicons") : root;
        Languages = Directory.EnumerateDirectories(_root)
            .Select(Path.GetFileName)
            .Where(n => n is not null && n != "base")
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> Files(string language)
    {
        var folder = Path.Combine(_root, language);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).ToArray() : [];
    }

    public Stream Open(string language, string file) => File.OpenRead(Path.Combine(_root, language, file));
}
