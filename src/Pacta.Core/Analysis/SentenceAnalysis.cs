using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;
using Pacta.Core.Text;

namespace Pacta.Core.Analysis;

/// <summary>
/// One sentence with everything the recognizers and the word lexicons found in it. Each kind of mention is found
/// the first time it is asked for, then kept: most sentences of most articles name no instrument, and extraction
/// never asks for their states, dates or people, so that work is skipped (the cheap trigger before the costly
/// analysis) while the results stay exactly those of running every recognizer up front. The recognizers are pure,
/// so two threads racing on a first access compute the same list and either copy is kept.
/// </summary>
public sealed class SentenceAnalysis
{
    private readonly LanguageProfile _language;
    private readonly DateOnly? _published;
    private readonly SentenceRecognizers _recognizers;

    private IReadOnlyList<CountryMention>? _countries;
    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<PersonMention>? _people;
    private IReadOnlyList<PlaceMention>? _places;
    private IReadOnlyList<LexiconMatch<InstrumentWord>>? _instruments;
    private IReadOnlyList<LexiconMatch<AgreementStatus>>? _statuses;
    private IReadOnlyList<LexiconMatch<Mood>>? _moods;
    private IReadOnlyList<LexiconMatch<DomainClass>>? _domains;
    private IReadOnlyList<LexiconMatch<string>>? _cues;
    private IReadOnlyList<LexiconMatch<FunctionRole>>? _functionWords;

    /// <param name="mayNameInstrument">False when no word of the sentence can start an instrument form (the trigger
    /// scan found none in it): its instrument list is then empty without its words being keyed.</param>
    internal SentenceAnalysis(AnalyzedSentence sentence, LanguageProfile language, DateOnly? published, SentenceRecognizers recognizers, bool mayNameInstrument = true)
    {
        Sentence = sentence;
        _language = language;
        _published = published;
        _recognizers = recognizers;
        if (!mayNameInstrument)
        {
            _instruments = [];
        }
    }

    public AnalyzedSentence Sentence { get; }

    public IReadOnlyList<CountryMention> Countries => _countries ??= _recognizers.Countries.Recognize(Sentence, _language);

    public IReadOnlyList<DateMention> Dates => _dates ??= _recognizers.Dates.Recognize(Sentence, _language, _published);

    public IReadOnlyList<PersonMention> People => _people ??= _recognizers.People.Recognize(Sentence, _language, Countries);

    public IReadOnlyList<PlaceMention> Places => _places ??= _recognizers.Places.Recognize(Sentence, _language, Countries);

    /// <summary>Instrument nouns, inside closed compounds too where the language writes them ("Militärhilfeabkommen").</summary>
    public IReadOnlyList<LexiconMatch<InstrumentWord>> Instruments => _instruments ??= _language.Settings.Compounds
        ? CompoundMatcher.Heads(_language.Instruments, Sentence, _language.Instruments.FindAll(Sentence))
        : _language.Instruments.FindAll(Sentence);

    public IReadOnlyList<LexiconMatch<AgreementStatus>> Statuses => _statuses ??= StepsNotInAHomograph(_language.Statuses.FindAll(Sentence));

    public IReadOnlyList<LexiconMatch<Mood>> Moods => _moods ??= _language.Moods.FindAll(Sentence);

    public IReadOnlyList<LexiconMatch<DomainClass>> Domains => _domains ??= _language.Settings.Compounds
        ? CompoundMatcher.Parts(_language.Domains, Sentence, _language.Domains.FindAll(Sentence))
        : _language.Domains.FindAll(Sentence);

    public IReadOnlyList<LexiconMatch<string>> Cues => _cues ??= _language.Cues.FindAll(Sentence);

    public IReadOnlyList<LexiconMatch<FunctionRole>> FunctionWords => _functionWords ??= _language.FunctionWords.FindAll(Sentence);

    public int Index => Sentence.Index;

    public int Paragraph => Sentence.Sentence.Paragraph;

    public bool IsQuestion => Sentence.Quote.TrimEnd().EndsWith('?') || Sentence.Quote.TrimEnd().EndsWith('؟');

    /// <summary>Status words but those inside a phrase where they mean something else (cue <c>homograph</c>: "a sign of
    /// deteriorating ties", "un signe de détente"). The cues are read only when there is a status word to test.</summary>
    private List<LexiconMatch<AgreementStatus>> StepsNotInAHomograph(List<LexiconMatch<AgreementStatus>> statuses) =>
        statuses.Count == 0 ? statuses
            : statuses.Where(s => !Cues.Any(c => c.Value == "homograph" && c.FirstWord <= s.LastWord && c.LastWord >= s.FirstWord)).ToList();
}
