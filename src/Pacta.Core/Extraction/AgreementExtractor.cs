using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Core.Extraction;

/// <summary>
/// Finds every defense or security instrument a document reports, one entry per instrument, each field with the
/// words that support it. Pure: the publication date comes with the document.
/// </summary>
public sealed class AgreementExtractor
{
    /// <summary>How far "it" can carry an instrument into the next sentences of its paragraph.</summary>
    private const int MaxSentencesAhead = 2;

    /// <summary>Words before an instrument noun that opens its sentence ("That agreement", "The new accord").</summary>
    private const int MaxWordsBeforeAnOpeningInstrument = 2;

    /// <param name="trace">Receives one line per mention read and per instrument kept, for <c>pacta analyze</c>.</param>
    public IReadOnlyList<AgreementMention> Extract(DocumentAnalysis analysis, Action<string>? trace = null)
    {
        if (analysis.Sentences.All(s => s.Instruments.Count == 0) || (trace is null && !MayTellAStep(analysis)))
        {
            return [];
        }

        // Every sentence's domain words, read only for an instrument whose own clauses name no field.
        var documentDomain = new Lazy<DomainClass?>(() => DocumentDomain(analysis), LazyThreadSafetyMode.None);
        var focus = InitialFocus(analysis);
        // The state two pairs in focus one after the other share ("Україна та Норвегія підписали … Україна уклала аналогічну
        // угоду з Ісландією"): the one the story follows.
        PartyCode? hub = null;
        var denied = new HashSet<string>(StringComparer.Ordinal);
        // Both looked up only when a mention needs them: computing every sentence's cues or states up front would undo
        // the lazy analysis that keeps sentences without instruments cheap.
        var aboutCompanies = new Lazy<bool>(() => analysis.Sentences.Sum(s => s.Cues.Count(c => c.Value == "company")) >= 2);
        var candidates = new List<Candidate>();
        Candidate? lastDated = null;
        var dated = new List<Candidate>();
        var leadStepSeen = false;
        // The one state of every pair a clause has named so far, the side the story is about: "España mantiene acuerdos
        // similares con Senegal y Marruecos … se negocia un memorando con Gambia" (null once two pairs share none).
        List<PartyCode>? shared = null;
        // Every pair a clause has named, in reading order.
        var pairs = new List<List<PartyCode>>();
        if (analysis.FiledOn is { } filedOn)
        {
            trace?.Invoke($"dateline: filed {filedOn:yyyy-MM-dd}, paragraph {analysis.DatelineParagraph}");
        }

        foreach (var sentence in analysis.Sentences)
        {
            foreach (var raw in ClauseReader.Read(sentence, analysis.Language, analysis.Document.Published, trace))
            {
                var storySide = shared is [var one] ? one : (PartyCode?)null;
                var candidate = (TheOneToldJustBefore(raw, sentence, analysis, candidates) is { } retold
                        ? raw with { Parties = retold, PartySource = PartySource.Discourse }
                        : DiscourseParties.Complete(WithBloc(raw, sentence, analysis), sentence, focus, analysis, new StoryParties(storySide, pairs, hub))) is { } read
                    ? read with { InHeadline = IsHeadline(analysis, sentence) }
                    : null;
                if (candidate is { Date: null, Status: not null } && lastDated is not null && lastDated.Sentence < sentence.Index
                    && sentence.FunctionWords.Any(f => f.Value == FunctionRole.SameDay))
                {
                    // "Того ж дня Зеленський підписав безпекову угоду зі Сполученими Штатами": the day of the step before;
                    // of the steps told before, one told with the same verb ("Путин в понедельник подписал закон о
                    // ратификации … Госдума ратифицировала документ 17 июня … Тем же днем глава государства подписал
                    // закон о денонсации": the day he signed, not the Duma's).
                    var before = dated.LastOrDefault(d => d.Sentence < sentence.Index && SameStepWord(analysis.Sentences[d.Sentence], sentence)) ?? lastDated;
                    candidate = candidate with { Date = before.Date, DateMention = before.DateMention };
                }

                if (candidate is { Date: null, Status: AgreementStatus.Signed } && SentencePeople.PairMetIn(analysis, sentence.Index) is { } met
                    && analysis.Sentences[met].Dates is [{ Past: { } metOn } meetingDay])
                {
                    // "X hosted Y in Jakarta on Wednesday. After their talks the two leaders signed …": the meeting's day.
                    candidate = candidate with { Date = metOn, DateMention = meetingDay };
                }

                if (candidate is { Date: null, Status: not null and not AgreementStatus.Planned } && AnnouncedNext(analysis, sentence) is { Past: { } announced } day)
                {
                    // "Уряд Грузії ухвалив рішення призупинити дію угоди … Про це у понеділок повідомило міністерство": the
                    // day the step was announced, in the sentence after, is its day.
                    candidate = candidate with { Date = announced, DateMention = day };
                }

                if (candidate is { Status: not null } && sentence.Paragraph == analysis.DatelineParagraph && !leadStepSeen)
                {
                    leadStepSeen = true;
                    if (candidate is { Date: null, Status: not AgreementStatus.Planned } && analysis.FiledOn is { } filed)
                    {
                        // "МОСКВА, 8 июля. /ТАСС/. Правительство России приостановило действие соглашения …": the step a
                        // wire story's lead tells without a date of its own happened the day the story was filed.
                        // Only where no mention of the step dates it: the dateline's day is when the story was filed.
                        candidate = candidate with { FiledDate = PartialDate.OfDay(filed) };
                    }
                }

                if (candidate is { Date: not null, Status: not null })
                {
                    lastDated = candidate;
                    dated.Add(candidate);
                }

                trace?.Invoke($"#{sentence.Index} mention: {Describe(raw)}{(candidate is null ? " (dropped: no second side)" : candidate.PartyKey != raw.PartyKey ? $" → parties {candidate.PartyKey}" : "")}{(candidate?.SupportOnly == true ? " (support only)" : "")}");
                if (candidate is null)
                {
                    continue;
                }

                if (candidate.Domain is null && IsOneOfSeveral(sentence, candidate))
                {
                    // "Кишинев вышел из ряда соглашений в рамках СНГ": a set of instruments of no named field is none of
                    // those the story is about.
                    trace?.Invoke($"#{sentence.Index} word {raw.AnchorWord}: dropped, several instruments of no field");
                    continue;
                }

                if (candidate.PartySource == PartySource.Clause || (candidate.Parties.Count > focus.Count && focus.TrueForAll(candidate.Parties.Contains)))
                {
                    // A mention of the states in focus and one more ("La Camera [italiana] ha approvato … insieme a Regno
                    // Unito e Giappone") widens the focus to all of them.
                    hub = HubOf(focus, candidate.Parties) ?? hub;
                    focus = candidate.Parties.ToList();
                }

                if (candidate.PartySource == PartySource.Clause && candidate.Parties.Count == 2)
                {
                    shared = shared is null ? [.. candidate.Parties] : shared.Intersect(candidate.Parties).ToList();
                    pairs.Add([.. candidate.Parties]);
                }

                if (((candidate.Kind == AgreementKind.Contract || candidate.InHeadline) && candidate.PartySource != PartySource.Clause && aboutCompanies.Value)
                    || (candidate.Kind == AgreementKind.Contract && candidate.PartySource == PartySource.Discourse))
                {
                    // In a story about companies, a contract counts only between governments both named in its
                    // clause; otherwise it is a company's order ("a framework contract that Nordvik signed with the
                    // Romanian armaments department"). So does a headline's "deal" ("Poland signs $6.5 billion deal for
                    // South Korean howitzers"): a headline names what it sums up loosely. Nor, in any story, is a
                    // contract whose clause names no state ("Стороны также обсудили ход выполнения ранее заключенных
                    // контрактов на поставку вооружений"): supply contracts are mostly signed with companies.
                    trace?.Invoke($"#{sentence.Index} word {raw.AnchorWord}: dropped, a contract without both governments in its clause");
                    continue;
                }

                if (candidate.Denied)
                {
                    denied.Add(candidate.PartyKey);
                    continue;
                }

                candidates.Add(candidate);
                if (candidate.Status is null && sentence.Instruments.Count == 1 && candidate.Parties.Count >= 2
                    && Continuation(analysis, sentence, candidate, trace) is { } continued)
                {
                    candidates.Add(continued);
                }
            }
        }

        // A step read from a later sentence stands in that sentence's place, so mentions stay in reading order.
        candidates = candidates.OrderBy(c => c.Sentence).ToList();

        if (candidates.TrueForAll(c => c.Status is null))
        {
            // An instrument's status is that of one of its mentions, and one without is not reported: "a plan to add
            // buses" ends here, before any grouping.
            return [];
        }

        // An instrument is about defense or security when one of its mentions says so; one no mention places in any
        // field takes the document's ("the accord" in a story about military cooperation), or, being of the same kind,
        // that of another instrument of the story ("Astana had signed a similar agreement with Serbia").
        var consolidated = MentionConsolidator.Consolidate(candidates, analysis.Document.Published);
        var fieldKinds = new Dictionary<AgreementKind, DomainClass>();
        foreach (var group in consolidated)
        {
            if (group.Mentions.Select(m => m.Domain).FirstOrDefault(d => d is DomainClass.Defense or DomainClass.Security) is { } field)
            {
                fieldKinds.TryAdd(group.Kind, field);
            }
        }

        var groups = consolidated
            .Where(g => IsDefenseOrSecurity(g) || (g.Mentions.All(m => m.Domain is null) && (documentDomain.Value is not null || fieldKinds.ContainsKey(g.Kind) || WithAnAlliance(g))))
            .Where(g => !denied.Contains(g.PartyKey) || IsEarlierInstrument(g, analysis.Document.Published) || IsOnRecord(g))
            .ToList();
        groups.RemoveAll(g => IsHeadlineOfAWiderInstrument(g, groups));
        foreach (var group in groups.Where(g => g.Mentions.All(m => m.Domain is null)))
        {
            group.Mentions[0] = group.Mentions[0] with { Domain = documentDomain.Value ?? (fieldKinds.TryGetValue(group.Kind, out var field) ? field : DomainClass.Defense) };
        }

        var mainGroup = groups.Where(g => g.Status is not null).OrderBy(g => g.Mentions.Min(m => m.Sentence)).FirstOrDefault();
        return groups
            .Where(g => g.Status is not null)
            .Select(g => AgreementBuilder.Build(analysis, g, isMain: g == mainGroup))
            .ToList();
    }

    /// <summary>
    /// False when no mention can have a status, so the document reports nothing ("a plan to add buses"), known before
    /// any party is looked for. A mention's status comes from a status word of its sentence, an instrument noun that
    /// names a step ("the exchange of instruments of ratification"), a verb of having ("has agreements with"), a
    /// future or intent word just before its instrument ("plans a treaty"), a date there ("an agreement with Serbia in
    /// November 2023"), or a status word in a sentence that continues it with "it" (<see cref="Continuation"/>). Most
    /// instrument words in the news ("plan", "deal", "programme") have none of these, and reading their clauses
    /// (parties, companies, domains) was a third of extraction time.
    /// </summary>
    private static bool MayTellAStep(DocumentAnalysis analysis)
    {
        var sentences = analysis.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Instruments.Count > 0
                && (sentence.Statuses.Count > 0 || sentence.Instruments.Any(a => a.Value.Step is not null || ClauseReader.IsHeld(sentence, a)) || HasForwardMood(sentence)
                    || ContinuedWithAStatus(analysis, sentence) || sentence.Dates.Count > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one state two different pairs share, or null.</summary>
    private static PartyCode? HubOf(List<PartyCode> before, IReadOnlyList<PartyCode> after)
    {
        if (before.Count != 2 || after.Count != 2)
        {
            return null;
        }

        var shared = before.Where(after.Contains).ToList();
        return shared.Count == 1 ? shared[0] : null;
    }

    /// <summary>The two sentences share a step word written alike ("подписал" … "подписал").</summary>
    private static bool SameStepWord(SentenceAnalysis earlier, SentenceAnalysis later) =>
        later.Statuses.Any(l => earlier.Statuses.Any(e => e.WordCount == l.WordCount
            && Enumerable.Range(0, l.WordCount).All(k => string.Equals(earlier.Sentence.WordText(e.FirstWord + k), later.Sentence.WordText(l.FirstWord + k), StringComparison.OrdinalIgnoreCase))));

    /// <summary>A future or intent word that <see cref="MoodRules"/> can read as the step of an instrument without a
    /// status word: right before one of the sentence's instruments.</summary>
    private static bool HasForwardMood(SentenceAnalysis sentence) =>
        sentence.Moods.Any(m => m.Value is Mood.Future or Mood.Intent
            && sentence.Instruments.Any(a => a.FirstWord > m.LastWord && a.FirstWord - m.LastWord <= MoodRules.AnchorWindow));

    /// <summary>The sentences <see cref="Continuation"/> reads after <paramref name="sentence"/>: one of them has a
    /// status word.</summary>
    private static bool ContinuedWithAStatus(DocumentAnalysis analysis, SentenceAnalysis sentence) =>
        ContinuingSentences(analysis, sentence).Any(next => next.Statuses.Count > 0);

    /// <summary>The next sentences of the paragraph that speak of "it" and name no instrument, at most
    /// <see cref="MaxSentencesAhead"/>: where a step of the instrument named in <paramref name="sentence"/> may be told.</summary>
    private static IEnumerable<SentenceAnalysis> ContinuingSentences(DocumentAnalysis analysis, SentenceAnalysis sentence)
    {
        for (var i = sentence.Index + 1; i <= sentence.Index + MaxSentencesAhead && i < analysis.Sentences.Count; i++)
        {
            var next = analysis.Sentences[i];
            if (next.Paragraph != sentence.Paragraph || next.Instruments.Count > 0 || !SpeaksOfIt(analysis, next))
            {
                yield break;
            }

            yield return next;
        }
    }

    /// <summary>"It" among the sentence's function words. A scan of its characters for a word that can start such a
    /// word comes first: most sentences after an instrument's have none, and keying their words to look was a tenth
    /// of reading an article whose only instrument word is a plan.</summary>
    private static bool SpeaksOfIt(DocumentAnalysis analysis, SentenceAnalysis sentence) =>
        TriggerScanner.MayMatch(sentence.Sentence.DocumentText, sentence.Sentence.Span, analysis.Language.ItWords, analysis.Language.Keyer)
        && sentence.FunctionWords.Any(f => f.Value == FunctionRole.PronounIt);

    /// <summary>
    /// The step of an instrument whose own sentence reports none, told by "it" in the next sentences of its paragraph
    /// ("The intergovernmental agreement is still outstanding. It is to settle the soldiers' legal status. It is to be
    /// signed by the end of the year."). Every sentence in between must speak of "it" and name no other instrument.
    /// </summary>
    private static Candidate? Continuation(DocumentAnalysis analysis, SentenceAnalysis sentence, Candidate candidate, Action<string>? trace)
    {
        foreach (var next in ContinuingSentences(analysis, sentence))
        {
            if (ClauseReader.ReadContinuation(next, analysis.Language, analysis.Document.Published, candidate.Anchor, candidate.Parties, trace) is { Status: not null } continued)
            {
                trace?.Invoke($"#{next.Index} mention: \"it\" for #{sentence.Index} word {candidate.AnchorWord}: {Describe(continued)}");
                return continued;
            }
        }

        return null;
    }

    /// <summary>The first line when a paragraph of its own follows it: a headline.</summary>
    internal static bool IsHeadline(DocumentAnalysis analysis, SentenceAnalysis sentence) =>
        sentence.Index == 0 && analysis.Sentences.Count > 1 && analysis.Sentences[1].Paragraph != sentence.Paragraph;

    private static string Describe(Candidate c) =>
        $"word {c.AnchorWord} {c.Anchor.Value.Kind}{(c.IsReference ? "(ref)" : "")} parties {(c.Parties.Count == 0 ? "none" : c.PartyKey)} status {c.Status?.ToString() ?? "none"} date {c.Date?.ToString() ?? "none"} domain {c.Domain?.ToString() ?? "none"}";

    /// <summary>
    /// True when the instrument's field is defense or security: said by a mention that reports a step, or, when
    /// none of those names a field, by any mention. A passing mention ("no defence agreement was on the programme")
    /// cannot turn a critical-minerals memorandum into a security one.
    /// </summary>
    private static bool IsDefenseOrSecurity(InstrumentGroup group)
    {
        static bool Field(Candidate m) => m.Domain is DomainClass.Defense or DomainClass.Security;
        var steps = group.Mentions.Where(m => m.Status is not null).ToList();
        if (steps.Exists(m => m.PartySource == PartySource.Clause && m.Domain == DomainClass.Other)
            && !steps.Exists(m => m.PartySource == PartySource.Clause && Field(m)))
        {
            // "Italy and Germany signed an agreement on gas supplies … the athletics federation signed an agreement with
            // the armed forces' sports groups": a step whose own clause names both sides and another field is what the
            // pair signed; a defense word of a clause that names no side is another matter's.
            return false;
        }

        return steps.Any(Field) || (steps.All(m => m.Domain is null) && group.Mentions.Any(Field));
    }

    /// <summary>Military alliances: what they sign with a state is defense cooperation even when no word says so
    /// ("Kazakhstan and NATO will sign a partnership programme").</summary>
    private static readonly HashSet<string> Alliances = new(StringComparer.Ordinal) { "NATO", "CSTO" };

    private static bool WithAnAlliance(InstrumentGroup group) => group.Parties.Any(p => Alliances.Contains(p.Value));

    /// <summary>Ratified or in force: a step of record, which a denial in the same story ("no agreement on bases
    /// exists") is not about.</summary>
    private static bool IsOnRecord(InstrumentGroup group) => group.Status is AgreementStatus.Ratified or AgreementStatus.InForce;

    /// <summary>An instrument dated more than a year before publication: a denial of a new pact leaves it standing.</summary>
    private static bool IsEarlierInstrument(InstrumentGroup group, DateOnly? published) =>
        published is { } p && group.Lead.Date is { } date && date.End.AddYears(1) < p;

    /// <summary>"The bloc signed partnerships with Moldova and Norway": the organisation named last is a side.</summary>
    private static Candidate WithBloc(Candidate candidate, SentenceAnalysis sentence, DocumentAnalysis analysis)
    {
        // "inked a plan with Hungary …, and a status of forces agreement with NATO that … remains the basis for the
        // alliance's exercises": a bloc word past another instrument noun is that instrument's.
        var anchor = candidate.Anchor;
        if (candidate.Parties.Any(p => p.IsOrganization)
            || !sentence.FunctionWords.Any(f => f.Value == FunctionRole.Bloc && !sentence.Instruments.Any(i => i.FirstWord != anchor.FirstWord
                && Math.Min(f.FirstWord, anchor.FirstWord) < i.FirstWord && i.FirstWord < Math.Max(f.FirstWord, anchor.FirstWord)))
            || LastOrganizationBefore(analysis, sentence.Index) is not { } bloc)
        {
            return candidate;
        }

        return candidate with { Parties = candidate.Parties.Prepend(bloc).ToList(), PartySource = PartySource.ClauseAndDiscourse };
    }

    /// <summary>The organisation named last in the sentences up to <paramref name="index"/> (this one included).</summary>
    private static PartyCode? LastOrganizationBefore(DocumentAnalysis analysis, int index)
    {
        for (var i = Math.Min(index, analysis.Sentences.Count - 1); i >= 0; i--)
        {
            if (analysis.Sentences[i].Countries.LastOrDefault(c => c.Code.IsOrganization) is { } organization)
            {
                return organization.Code;
            }
        }

        return null;
    }

    /// <summary>
    /// The pair of the instrument the sentence just before told a step of, when this sentence opens with an instrument
    /// noun that names no side and tells a step of its own: "the Reciprocal Access Agreement with Japan, which was signed in
    /// 2024 … That agreement came into effect in September 2025" is Japan's, not the pair in focus; and it is that
    /// instrument's own later step, not only support for an earlier one. Null when the sentence before is in another
    /// paragraph.
    /// </summary>
    private static List<PartyCode>? TheOneToldJustBefore(Candidate raw, SentenceAnalysis sentence, DocumentAnalysis analysis, List<Candidate> told)
    {
        if (raw.Parties.Count > 0 || raw.Status is null || raw.IsReference || raw.AnchorWord > MaxWordsBeforeAnOpeningInstrument || DiscourseParties.MarksAnother(sentence, raw)
            || sentence.Index == 0 || analysis.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
        {
            return null;
        }

        var before = told.LastOrDefault();
        return before is { Status: not null, Parties.Count: >= 2, SupportOnly: false, IsAnother: false } && before.Sentence == sentence.Index - 1
            && before.Kind == raw.Kind
            ? before.Parties.ToList()
            : null;
    }

    /// <summary>The one date of the next sentence of the paragraph when it names no instrument and opens by telling who
    /// announced the news just told ("Об этом в среду сообщило Минобороны", "Das teilte das Ministerium am Dienstagabend
    /// mit"); null otherwise.</summary>
    private static DateMention? AnnouncedNext(DocumentAnalysis analysis, SentenceAnalysis sentence)
    {
        if (sentence.Index + 1 >= analysis.Sentences.Count)
        {
            return null;
        }

        var next = analysis.Sentences[sentence.Index + 1];
        if (next.Paragraph != sentence.Paragraph || next.Instruments.Count > 0
            || !next.FunctionWords.Any(f => f.Value == FunctionRole.ThisNews && f.FirstWord == 0) || next.Dates.Count != 1)
        {
            return null;
        }

        return next.Dates[0];
    }

    /// <summary>A word of number right before the instrument noun: "a number of agreements", "ряда соглашений".</summary>
    private static bool IsOneOfSeveral(SentenceAnalysis sentence, Candidate candidate)
    {
        const int MaxGap = 2;
        var anchor = candidate.Anchor;
        return sentence.FunctionWords.Any(f => f.Value == FunctionRole.Several && f.LastWord < anchor.FirstWord && anchor.FirstWord - f.LastWord <= MaxGap);
    }

    /// <summary>Told only in the headline, at a step that an instrument of the body with these states and more has
    /// ("la Camera ratifica la convenzione con Regno Unito e Giappone" for the three states' convention): the headline
    /// sums that one up.</summary>
    private static bool IsHeadlineOfAWiderInstrument(InstrumentGroup group, List<InstrumentGroup> groups) =>
        group.Mentions.TrueForAll(m => m.InHeadline)
        && groups.Exists(g => g != group && g.Status == group.Status && g.Parties.Count > group.Parties.Count && group.Parties.All(g.Parties.Contains));

    /// <summary>The states the headline and lead are about: the first sentence naming two, or three in one list
    /// ("Mali, Burkina Faso and Niger seal a defence alliance").</summary>
    private static List<PartyCode> InitialFocus(DocumentAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences.Take(3))
        {
            var codes = sentence.Countries.Select(c => c.Code).Distinct().ToList();
            if (codes.Count == 2 || (codes.Count == 3 && IsOneList(sentence)))
            {
                return codes;
            }
        }

        return [];
    }

    private static bool IsOneList(SentenceAnalysis sentence)
    {
        var countries = sentence.Countries;
        for (var i = 1; i < countries.Count; i++)
        {
            if (!Coordination.Listed(sentence, countries[i - 1].LastWord, countries[i].FirstWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The field the whole document is about, for mentions whose clause names none ("the accord").</summary>
    private static DomainClass? DocumentDomain(DocumentAnalysis analysis)
    {
        var defense = 0;
        var security = 0;
        var other = 0;
        foreach (var domain in analysis.Sentences.SelectMany(s => s.Domains))
        {
            defense += domain.Value == DomainClass.Defense ? 1 : 0;
            security += domain.Value == DomainClass.Security ? 1 : 0;
            other += domain.Value == DomainClass.Other ? 1 : 0;
        }

        // A story mostly about energy or trade that mentions security in passing is not about security; one that names
        // no other field is about the one it names, even once ("a strategic partnership treaty … provides for mutual
        // military assistance").
        if (defense + security == 0 || other >= defense + security || (defense + security < 2 && other > 0))
        {
            return null;
        }

        return security > defense ? DomainClass.Security : DomainClass.Defense;
    }
}
