namespace Pacta.Core.Text;

/// <summary>The words of a sentence with, for each, its lookup key, the inflection ending cut from it and the keys
/// it has without a clitic prefix.</summary>
public sealed record SentenceWords(
    IReadOnlyList<Token> Words,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Suffixes,
    IReadOnlyList<IReadOnlyList<string>> PrefixVariants);
