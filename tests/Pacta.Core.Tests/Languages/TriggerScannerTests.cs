using Pacta.Core.Languages;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Languages;

public sealed partial class TriggerScannerTests
{
    [Theory]
    [InlineData("en", "Rain flooded several streets.\nThe two ministers then signed an Agreement on defense.", true)]
    [InlineData("en", "Rain flooded several streets.\nThe museum reopened after three years.", false)]
    [InlineData("ru", "Стороны подписали соглашение о военном сотрудничестве.", true)]
    [InlineData("ru", "Сильные дожди затопили несколько улиц.", false)]
    [InlineData("ar", "وقعت مصر والسودان اتفاقية للتعاون العسكري.", true)]
    [InlineData("ar", "أعيد افتتاح المتحف بعد ترميم استمر ثلاث سنوات.", false)]
    public void MayMatch_Text_TrueOnlyWithAnInstrumentWord(string language, string text, bool expected)
    {
        var profile = LanguageCatalog.Embedded.Get(language);

        Assert.Equal(expected, TriggerScanner.MayMatch(text, profile.Instruments, profile.Keyer));
    }

    [Fact]
    public void Starts_Text_GivesTheOffsetOfEveryWordThatCanStartAnInstrument()
    {
        var profile = LanguageCatalog.Embedded.Get("en");
        const string text = "Rain fell. The sides signed an agreement, then a treaty.\nThe museum reopened.";

        var starts = TriggerScanner.Starts(text, profile.Instruments, profile.Keyer);

        Assert.Equal([text.IndexOf("agreement", StringComparison.Ordinal), text.IndexOf("treaty", StringComparison.Ordinal)], starts);
    }

    [Fact]
    public void MayMatch_Range_ReadsTheWordsInsideItOnly()
    {
        var profile = LanguageCatalog.Embedded.Get("en");
        const string text = "The treaty was signed. Rain fell all day. The ministers met again.";
        var rain = text.IndexOf("Rain", StringComparison.Ordinal);
        var ministers = text.IndexOf("The ministers", StringComparison.Ordinal);

        Assert.False(TriggerScanner.MayMatch(text, new TextSpan(rain, ministers - rain), profile.Instruments, profile.Keyer));
        Assert.True(TriggerScanner.MayMatch(text, new TextSpan(0, rain), profile.Instruments, profile.Keyer));
        Assert.False(TriggerScanner.MayMatch(text, new TextSpan(5, rain - 5), profile.Instruments, profile.Keyer));
    }

    [Theory]
    [InlineData("Die Minister unterzeichneten ein Militärhilfeabkommen.", true)]
    [InlineData("Beide Seiten begrüßten den Ausbildungsvertrag.", true)]
    [InlineData("Starker Regen überflutete mehrere Straßen der Innenstadt.", false)]
    public void MayMatch_GermanCompound_SeesTheInstrumentAtItsEnd(string text, bool expected)
    {
        var profile = LanguageCatalog.Embedded.Get("de");

        Assert.True(profile.Settings.Compounds);
        Assert.Equal(expected, TriggerScanner.MayMatch(text, profile.Instruments, profile.Keyer, compounds: true));
        Assert.False(TriggerScanner.MayMatch(text, profile.Instruments, profile.Keyer, compounds: false));
    }
}
