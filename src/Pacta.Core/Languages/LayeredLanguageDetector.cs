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

    public LayeredLanguageDetector(LanguageGuesser first, ILanguageDetector second)
    {
        _first = first;
        _second = second;
    }

    public LanguageGuess Detect(string text)
    {
        var guess = _first.Guess(text);
        if (!guess.IsClose)
        {
            return guess;
        }

        var second = _second.Detect(text);
        return second.IsOtherLanguage ? second
            : second.IsKnown && guess.Candidates.Contains(second.Language!) ? second
            : guess;
    }
}
