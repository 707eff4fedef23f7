using Pacta.Core.Languages;
using Xunit;

namespace Pacta.Core.Tests.Languages;

public sealed class LanguageGuesserTests
{
    private static readonly LanguageGuesser Guesser = new(EmbeddedLexiconSource.Instance);

    [Fact]
    public void Guess_RussianFullOfPrepositionsUkrainianUsesToo_IsNotCloseToUkrainian()
    {
        // "в", "на", "не", "по", "для", "при" are Russian and Ukrainian stopwords alike: they must not make a plainly
        // Russian text look Ukrainian.
        var guess = Guesser.Guess(
            "В понедельник на встрече в Минске министры обороны не обсуждали поставки, но по словам источника, "
            + "для армии при этом важно, что стороны подписали соглашение о сотрудничестве в области обороны. "
            + "Документ был подписан в столице, и он вступит в силу после ратификации в парламентах.");

        Assert.Equal("ru", guess.Language);
        Assert.False(guess.IsClose);
        Assert.Equal(["ru"], guess.Candidates);
    }

    [Fact]
    public void Guess_StopwordsLongerThanFourLetters_CountAsHits()
    {
        // Words longer than four letters are looked up only when a stopword starts with their first four: every word
        // here is such a stopword, so every one must count.
        var guess = Guesser.Guess(string.Join(" ", Enumerable.Repeat("nicht werden einer wurde", 10)));

        Assert.Equal("de", guess.Language);
        Assert.Equal(1.0, guess.Score);
    }

    [Fact]
    public void Guess_UkrainianText_IsUkrainianAndNotClose()
    {
        var guess = Guesser.Guess(
            "У понеділок на зустрічі в Києві міністри оборони не обговорювали постачання, але за словами джерела, "
            + "для армії важливо, що сторони підписали угоду про співпрацю у сфері оборони. "
            + "Документ був підписаний у столиці, і він набуде чинності після ратифікації.");

        Assert.Equal("uk", guess.Language);
        Assert.False(guess.IsClose);
    }

    [Fact]
    public void Guess_OnlyWordsTwoLanguagesShare_IsCloseBetweenThem()
    {
        // Nothing here tells Russian from Ukrainian: the guess must ask for a second opinion between them.
        var guess = Guesser.Guess(string.Join(" ", Enumerable.Repeat("в Минске на встрече не по плану для армии при штабе а", 6)));

        Assert.True(guess.IsClose);
        Assert.Contains("ru", guess.Candidates);
        Assert.Contains("uk", guess.Candidates);
    }

    [Fact]
    public void Guess_ShortKazakhLead_IsKazakh()
    {
        // A two-sentence Kazakh lead names ministers and a plan and holds few of the commonest function words: the
        // words of news leads ("кеше", "арналған", "саласындағы") must still tell it.
        var guess = Guesser.Guess(
            "Қырғызстан мен Қазақстан шекаралық ынтымақтастық жоспарына қол қойды\n\n"
            + "БІШКЕК. Қырғызстанның Ұлттық қауіпсіздік комитетінің төрағасы мен Қазақстанның Шекара қызметінің директоры "
            + "кеше Бішкекте 2025-2027 жылдарға арналған шекара саласындағы ынтымақтастық жоспарына қол қойды. "
            + "Құжат бірлескен патрульдерді, ақпарат алмасуды, шекарашыларды даярлауды, заманауи техниканы пайдалануды қарастырады. "
            + "Келесі кездесу Астанада күзде өтеді.");

        Assert.Equal("kk", guess.Language);
    }
}
