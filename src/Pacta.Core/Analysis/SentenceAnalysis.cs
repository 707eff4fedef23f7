using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;
using Pacta.Core.Text;

namespace Pacta.Core.Analysis;

/// <summary>One sentence with everything the recognizers and the word lexicons found in it.</summary>
public sealed record SentenceAnalysis(
    AnalyzedSentence Sentence,
    IReadOnlyList<CountryMention> Countries,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<LexiconMatch<InstrumentWord>> Instruments,
    IReadOnlyList<LexiconMatch<AgreementStatus>> Statuses,
    IReadOnlyList<LexiconMatch<Mood>> Moods,
    IReadOnlyList<LexiconMatch<DomainClass>> Domains,
    IReadOnlyList<LexiconMatch<string>> Cues,
    IReadOnlyList<LexiconMatch<FunctionRole>> FunctionWords)
{
    public int Index => Sentence.Index;

    public int Paragraph => Sentence.Sentence.Paragraph;

    public bool IsQuestion => Sentence.Quote.TrimEnd().EndsWith('?') || Sentence.Quote.TrimEnd().EndsWith('؟');
}
