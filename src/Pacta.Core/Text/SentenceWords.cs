using System.Collections.Immutable;

namespace Pacta.Core.Text;

/// <summary>The words of a sentence with, for each, its lookup key (and the key's first letters packed, which every
/// lexicon's start filter tests), the inflection ending cut from it and the keys it has without a clitic prefix.
/// Arrays, not list interfaces: every lexicon and recognizer reads them at every word, and each read through an
/// interface was a dispatched call.</summary>
public sealed record SentenceWords(
    ImmutableArray<Token> Words,
    ImmutableArray<string> Keys,
    ImmutableArray<ulong> KeyStarts,
    ImmutableArray<string> Suffixes,
    ImmutableArray<ImmutableArray<string>> PrefixVariants);
