using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Analysis;

public sealed class TextAnalyzerTests
{
    [Theory]
    [InlineData("en", "Rain flooded several streets.\nThe two ministers signed a defence agreement in Rabat. The museum reopened.\n\nThe treaty enters into force in May, and a plan of action follows.")]
    [InlineData("fr", "Il a plu toute la nuit. Les deux ministres ont signé un accord de défense à Rabat.\n\nLe musée a rouvert. Le traité entre en vigueur en mai.")]
    [InlineData("ru", "Шёл дождь. Стороны подписали соглашение о военном сотрудничестве.\n\nМузей открылся после ремонта.")]
    [InlineData("de", "Es regnete. Die Minister unterzeichneten in Vilnius ein Militärhilfeabkommen.\n\nDas Museum öffnete wieder. Der Vertrag tritt im Mai in Kraft.")]
    [InlineData("ar", "هطلت أمطار غزيرة. وقعت مصر والسودان اتفاقية للتعاون العسكري.\n\nأعيد افتتاح المتحف.")]
    public void Analyze_WithTheTriggerScansStarts_FindsTheSameInstrumentsInEverySentence(string language, string text)
    {
        var profile = LanguageCatalog.Embedded.Get(language);
        var document = new Document("t", "test", text);
        var analyzer = new TextAnalyzer();
        var starts = TriggerScanner.Starts(text, profile.Instruments, profile.Keyer, profile.Settings.Compounds);

        var gated = analyzer.Analyze(document, profile, profile.Analyze(text), starts);
        var full = analyzer.Analyze(document, profile, profile.Analyze(text));

        Assert.Equal(full.Sentences.Count, gated.Sentences.Count);
        Assert.Contains(full.Sentences, s => s.Instruments.Count > 0);
        Assert.Contains(full.Sentences, s => s.Instruments.Count == 0);
        for (var i = 0; i < full.Sentences.Count; i++)
        {
            Assert.Equal(full.Sentences[i].Instruments.Select(m => (m.FirstWord, m.LastWord)), gated.Sentences[i].Instruments.Select(m => (m.FirstWord, m.LastWord)));
        }
    }
}
