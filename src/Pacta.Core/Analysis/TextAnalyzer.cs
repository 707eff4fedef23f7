using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;
using Pacta.Core.Text;

namespace Pacta.Core.Analysis;

/// <summary>
/// Splits a document into sentences with their word keys and hands each to a <see cref="SentenceAnalysis"/>, whose
/// recognizers run only when extraction asks for their mentions (most sentences of most articles are never asked).
/// </summary>
public sealed class TextAnalyzer
{
    private readonly SentenceRecognizers _recognizers = new(new CountryRecognizer(), new DateRecognizer(), new PersonRecognizer(), new PlaceRecognizer());

    public DocumentAnalysis Analyze(Document document, LanguageProfile language) =>
        Analyze(document, language, language.Analyze(document.Text));

    /// <summary>The analysis of a document whose sentences (<see cref="LanguageProfile.Analyze"/> of its text) are
    /// already at hand, so the pipeline splits each text once for the header and the body.</summary>
    /// <param name="instrumentStarts">The offsets of the words that can start an instrument form
    /// (<see cref="TriggerScanner.Starts"/>), in text order, when the pipeline has scanned for them: a sentence with
    /// none names no instrument. Null when not scanned (every sentence is then looked at).</param>
    public DocumentAnalysis Analyze(Document document, LanguageProfile language, IReadOnlyList<AnalyzedSentence> sentences, IReadOnlyList<int>? instrumentStarts = null)
    {
        var analyses = new List<SentenceAnalysis>(sentences.Count);
        // Relative dates count from the day of a dated dateline a day or two before the page's date.
        var filed = DatelineDay.Of(sentences, language, document.Published, _recognizers);
        var reference = filed?.Day ?? document.Published;
        var next = 0;
        foreach (var sentence in sentences)
        {
            var mayNameInstrument = true;
            if (instrumentStarts is not null)
            {
                while (next < instrumentStarts.Count && instrumentStarts[next] < sentence.Span.Start)
                {
                    next++;
                }

                mayNameInstrument = next < instrumentStarts.Count && instrumentStarts[next] < sentence.Span.End;
            }

            analyses.Add(new SentenceAnalysis(sentence, language, reference, _recognizers, mayNameInstrument));
        }

        return new DocumentAnalysis(document, language, analyses)
        {
            FiledOn = filed?.Day,
            DatelineParagraph = filed is { } f ? analyses[f.Sentence].Paragraph : -1,
        };
    }
}
