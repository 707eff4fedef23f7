using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;

namespace Pacta.Core.Analysis;

/// <summary>
/// Runs the recognizers over every sentence of a document. Sentences without a single word that could start an
/// instrument, a state or a date are kept but get no costly analysis (most sentences of most articles).
/// </summary>
public sealed class TextAnalyzer
{
    private readonly CountryRecognizer _countries = new();
    private readonly DateRecognizer _dates = new();
    private readonly PersonRecognizer _people = new();
    private readonly PlaceRecognizer _places = new();

    public DocumentAnalysis Analyze(Document document, LanguageProfile language)
    {
        var sentences = language.Analyze(document.Text);
        var analyses = new List<SentenceAnalysis>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var countries = _countries.Recognize(sentence, language);
            var instruments = language.Instruments.FindAll(sentence);
            var domains = language.Domains.FindAll(sentence);
            if (language.Settings.Compounds)
            {
                instruments = CompoundMatcher.Heads(language.Instruments, sentence, instruments);
                domains = CompoundMatcher.Parts(language.Domains, sentence, domains);
            }

            analyses.Add(new SentenceAnalysis(
                sentence,
                countries,
                _dates.Recognize(sentence, language, document.Published),
                _people.Recognize(sentence, language, countries),
                _places.Recognize(sentence, language, countries),
                instruments,
                language.Statuses.FindAll(sentence),
                language.Moods.FindAll(sentence),
                domains,
                language.Cues.FindAll(sentence),
                language.FunctionWords.FindAll(sentence)));
        }

        return new DocumentAnalysis(document, language, analyses);
    }
}
