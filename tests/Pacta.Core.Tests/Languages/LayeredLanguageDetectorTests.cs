using Pacta.Core.Languages;
using Xunit;

namespace Pacta.Core.Tests.Languages;

public sealed class LayeredLanguageDetectorTests
{
    private static readonly LanguageGuesser Guesser = new(EmbeddedLexiconSource.Instance);

    [Fact]
    public void Detect_ClearText_NeverAsksTheSecondOpinion()
    {
        var second = new FixedDetector(new LanguageGuess("es", 0.9, null));
        var detector = new LayeredLanguageDetector(Guesser, second);

        var guess = detector.Detect("The minister said that the two countries had signed the agreement on defence cooperation in the capital on Monday, and that it would be ratified by the parliament of each of them before the end of the year.");

        Assert.Equal("en", guess.Language);
        Assert.Equal(0, second.Calls);
    }

    [Fact]
    public void Detect_ShortHeadline_TakesTheSecondOpinionAmongLanguagesOfItsScript()
    {
        var detector = new LayeredLanguageDetector(Guesser, new FixedDetector(new LanguageGuess("uk", 0.9, null)));

        Assert.Equal("uk", detector.Detect("Україна та Польща підписали угоду.").Language);
    }

    [Fact]
    public void Detect_SecondOpinionInAnotherScript_IsIgnored()
    {
        var detector = new LayeredLanguageDetector(Guesser, new FixedDetector(new LanguageGuess("ar", 0.9, null)));

        Assert.NotEqual("ar", detector.Detect("Україна та Польща підписали угоду.").Language);
    }

    [Fact]
    public void Detect_SecondOpinionNamesALanguagePactaDoesNotRead_IsUnsupported()
    {
        var other = new LanguageGuess(null, 0.9, "unsupported language (Dutch)") { IsOtherLanguage = true };
        var detector = new LayeredLanguageDetector(Guesser, new FixedDetector(other));

        var guess = detector.Detect("De minister heeft een overeenkomst ondertekend.");

        Assert.False(guess.IsKnown);
        Assert.Contains("Dutch", guess.Reason);
    }

    [Fact]
    public void Detect_TextWhoseLanguageCannotChangeTheResult_KeepsTheFirstGuessWithoutAsking()
    {
        var second = new FixedDetector(new LanguageGuess("uk", 0.9, null));
        var detector = new LayeredLanguageDetector(Guesser, second, worthAsking: (_, _) => false);

        detector.Detect("Україна та Польща підписали угоду.");

        Assert.Equal(0, second.Calls);
    }

    private sealed class FixedDetector(LanguageGuess answer) : ILanguageDetector
    {
        public int Calls { get; private set; }

        public LanguageGuess Detect(string text)
        {
            Calls++;
            return answer;
        }
    }
}
