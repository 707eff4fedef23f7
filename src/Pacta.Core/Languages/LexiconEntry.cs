namespace Pacta.Core.Languages;

/// <summary>One form of a lexicon with its typed value. <see cref="RequiresCapital"/>: the form is written
/// with a capital, so it only matches a capitalised word ("Turkey" the state, not the bird).</summary>
public sealed record LexiconEntry<T>(string Form, T Value, bool RequiresCapital, int WordCount)
{
    /// <summary>
    /// The form is one word in capitals only ("АНДР", "NATO"): an abbreviation takes no case endings, so it matches
    /// a word written in capitals or one as long as itself ("Nato"), never a longer word whose stem happens to be
    /// the same letters ("Андрей" is keyed "андр").
    /// </summary>
    public bool IsAcronym { get; init; }
}
