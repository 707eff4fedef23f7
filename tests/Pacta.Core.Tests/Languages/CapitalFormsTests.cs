using Pacta.Core.Languages;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Languages;

public sealed class CapitalFormsTests
{
    [Theory]
    [InlineData("ru", "QAT", "Дохе", "Доха")]
    [InlineData("ru", "QAT", "Доха", "Доха")]
    [InlineData("ru", "DEU", "Бонн", "Бонн")]
    [InlineData("ru", "DEU", "Берлин", "Берлин")]
    [InlineData("uk", "UKR", "Києва", "Київ")]
    [InlineData("uk", "UKR", "Київ", "Київ")]
    [InlineData("uk", "LVA", "Ризі", "Рига")]
    [InlineData("en", "QAT", "Doha", "Doha")]
    [InlineData("en", "USA", "Washington", "Washington")]
    public void DictionaryFormOfCapital_InflectedForm_GivesTheFirstListedFormOfTheSameName(string language, string code, string form, string expected)
    {
        var profile = LanguageCatalog.Embedded.Get(language);

        Assert.Equal(expected, profile.DictionaryFormOfCapital(new PartyCode(code), form));
    }
}
