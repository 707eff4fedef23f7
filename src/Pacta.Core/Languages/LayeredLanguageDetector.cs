namespace Pacta.Core.Languages;

/// <summary>
/// The stopword guess first, because it is cheap enough for every document and says "unsupported" instead of
/// guessing; a statistical detector only where that guess is close between two languages of one script (Russian or
/// Ukrainian, Spanish or Portuguese, a mixed-language page), or where a text is too short for stopwords to tell
/// (a headline). The second opinion must be one of the languages the first hesitated between (those of the text's
/// script), so a long text in a language Pacta does not read stays "unsupported".
/// </summary>
public sealed class LayeredLanguageDetector : ILanguageDetector
{
    private readonly LanguageGuesser _first;
    private readonly ILanguageDetector _second;
    private readonly Func<string, IReadOnlyList<string>, bool> _worthAsking;

    /// <param name="worthAsking">Whether the answer can matter for this text and these candidate languages; the
    /// pipeline asks only for texts where some candidate language finds an instrument word, since a text that
    /// reports no agreement in any of them gives the same (empty) result whichever it is.</param>
    public LayeredLanguageDetector(LanguageGuesser first, ILanguageDetector second, Func<string, IReadOnlyList<string>, bool>? worthAsking = null)
    {
        _first = first;
        _second = second;
        _worthAsking = worthAsking ?? ((_, _) => true);
    }

    public LanguageGuess Detect(string text)
    {
        var guess = _first.Guess(text);
        if (!guess.IsClose || !_worthAsking(text, guess.Candidates))
        {
            return guess;
        }

        var second = _second.Detect(text);
        return second.IsOtherLanguage ? second
            : second.IsKnown && guess.Candidates.Contains(second.Language!) ? second
            : guess;
    }
}
