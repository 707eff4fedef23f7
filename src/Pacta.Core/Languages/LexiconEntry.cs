namespace Pacta.Core.Languages;

/// <summary>One form of a lexicon with its typed value. <see cref="RequiresCapital"/>: the form is written
/// with a capital, so it only matches a capitalised word ("Turkey" the state, not the bird).</summary>
public sealed record LexiconEntry<T>(string Form, T Value, bool RequiresCapital, int WordCount);
