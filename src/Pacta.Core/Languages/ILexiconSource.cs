namespace Pacta.Core.Languages;

/// <summary>Where lexicon files come from: the embedded copy, or a folder given with <c>--data-dir</c>.</summary>
public interface ILexiconSource
{
    /// <summary>Language codes that have a lexicon folder.</summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>File names (not paths) in one language's folder.</summary>
    IReadOnlyList<string> Files(string language);

    /// <summary>Opens one file of one language's folder for reading.</summary>
    Stream Open(string language, string file);
}
