using Pacta.Core.Languages;
using Pacta.Ingest.Languages;
using Xunit;

namespace Pacta.Ingest.Tests.Languages;

public sealed class LinguaLanguageDetectorTests
{
    private static readonly LinguaLanguageDetector Detector = new(EmbeddedLexiconSource.Instance.Languages);

    [Theory]
    [InlineData("Україна та Польща підписали угоду про оборонну співпрацю у вівторок.", "uk")]
    [InlineData("Россия и Белоруссия подписали соглашение о военном сотрудничестве во вторник.", "ru")]
    [InlineData("O Brasil e a Argentina assinaram ontem um acordo de cooperação na área da defesa.", "pt")]
    [InlineData("España y Marruecos firmaron ayer un acuerdo de cooperación en materia de defensa.", "es")]
    [InlineData("Қазақстан мен Қатар әскери ынтымақтастық туралы келісімге қол қойды.", "kk")]
    public void Detect_ShortNewsSentence_NamesItsLanguage(string text, string expected) =>
        Assert.Equal(expected, Detector.Detect(text).Language);

    [Fact]
    public void Detect_NeighbourLanguagePactaDoesNotRead_SaysSoInsteadOfGuessing()
    {
        var guess = Detector.Detect("De minister van Defensie heeft vandaag een overeenkomst ondertekend met België over militaire samenwerking.");

        Assert.False(guess.IsKnown);
        Assert.True(guess.IsOtherLanguage);
        Assert.Contains("Dutch", guess.Reason);
    }
}
