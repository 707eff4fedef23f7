namespace Pacta.Core.Languages;

/// <summary>A lexicon form found in a sentence: words <see cref="FirstWord"/> to <see cref="LastWord"/>
/// (inclusive, indexes into the sentence's words) and every entry with that form.</summary>
public sealed record LexiconMatch<T>(int FirstWord, int LastWord, IReadOnlyList<LexiconEntry<T>> Entries)
{
    /// <summary>Letters of the first word that belong to a clitic prefix, not to the form (Arabic "و" of "وقطر").</summary>
    public int PrefixLetters { get; init; }

    public LexiconEntry<T> Entry => Entries[0];

    public T Value => Entries[0].Value;

    public int WordCount => LastWord - FirstWord + 1;
}
