using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Core.Extraction;

/// <summary>
/// Reads the instrument mentions of one sentence: for each instrument noun, its status (the nearest status word,
/// turned by negation, speculation, denial, questions or future), its domain (the nearest domain words around
/// the noun), its parties and its date.
/// </summary>
internal static class ClauseReader
{
    private const int DomainWindowBefore = 4;
    private const int DomainWindowAfter = 10;
    private const int MoodWindow = 4;
    private const int ConditionalWindow = 3;

    public static IEnumerable<Candidate> Read(SentenceAnalysis sentence, LanguageProfile language, DateOnly? published, Action<string>? trace = null)
    {
        if (sentence.Instruments.Count == 0 || IsExplainer(sentence))
        {
            yield break;
        }

        var parties = PartyFinder.Find(sentence, language);
        if (parties.Partners.Count >= 2)
        {
            // One instrument per partner: "with Türkiye in January 2022 and with Serbia in November 2023".
            for (var p = 0; p < parties.Partners.Count; p++)
            {
                var partner = parties.Partners[p];
                var until = p + 1 < parties.Partners.Count ? parties.Partners[p + 1].FirstWord : sentence.Sentence.Count;
                var anchor = Nearest(sentence.Instruments.Where(a => !InsideAName(sentence, a)).DefaultIfEmpty(sentence.Instruments[0]).ToList(), partner.FirstWord);
                var codes = parties.Subjects.Append(partner.Code).Distinct().ToList();
                var date = sentence.Dates.FirstOrDefault(d => d.FirstWord > partner.LastWord && d.FirstWord < until)
                    ?? SharedDate(sentence, parties.Partners[0].FirstWord);
                if (Build(sentence, language, anchor, partner.FirstWord, codes, date, published, ownDateOnly: true, trace) is { } candidate)
                {
                    yield return candidate;
                }
            }

            yield break;
        }

        foreach (var anchor in sentence.Instruments.Where(a => !InsideAName(sentence, a)))
        {
            var codes = parties.Subjects.Concat(parties.Partners.Select(p => p.Code)).Distinct().ToList();
            if (codes.Count < 2 && parties.Hosts.Count > 0 && codes.Count == 1)
            {
                // "the Kazakh minister signed in Doha": the host is the other side.
                codes = codes.Concat(parties.Hosts).Distinct().ToList();
            }

            if (Build(sentence, language, anchor, anchor.FirstWord, codes, null, published, ownDateOnly: false, trace) is not { } built)
            {
                continue;
            }

            var candidate = built with { PartiesGuessed = parties.Guessed };

            yield return candidate;

            // "agreements with the United States signed in 1998 and 2015": one instrument per coordinated date.
            foreach (var other in CoordinatedDates(sentence, candidate.DateMention))
            {
                yield return candidate with { DateMention = other, Date = other.Resolve(candidate.Status == AgreementStatus.Planned) };
            }
        }
    }

    private static Candidate? Build(
        SentenceAnalysis sentence,
        LanguageProfile language,
        LexiconMatch<InstrumentWord> anchor,
        int focusWord,
        List<PartyCode> parties,
        DateMention? date,
        DateOnly? published,
        bool ownDateOnly,
        Action<string>? trace)
    {
        if (HasCue(sentence, anchor, "company") || HasCue(sentence, anchor, "university"))
        {
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: dropped, a company or university is near");
            return null;
        }

        var statusWord = NearestStatus(sentence, anchor, focusWord);
        if (statusWord is not null && !OwnsStatus(sentence, anchor, statusWord) && !SharesVerb(sentence, anchor, statusWord))
        {
            // "The deal, signed in February, helps arms makers win contracts": the verb is the deal's, not the contracts'.
            statusWord = null;
        }

        if (statusWord is not null && HasCompanySubject(sentence, statusWord))
        {
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: dropped, a company signs");
            return null;
        }

        if (statusWord is not null && IsTalksVerb(sentence, anchor, statusWord))
        {
            // "officials confirmed that talks on the programme had concluded": the talks ended, nothing was signed.
            statusWord = null;
        }

        var moods = MoodsAround(sentence, statusWord, anchor);
        if (moods.Contains(Mood.Denial))
        {
            // Kept, marked: a denial ("Mongolia denies signing a pact with Turkey") also discounts the reports it denies.
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: denied");
            return new Candidate(sentence.Index, focusWord, anchor, parties, PartySource.Clause, null, null, null, null, null) { Denied = true };
        }

        if (moods.Contains(Mood.Negation) || moods.Contains(Mood.Speculation) || moods.Contains(Mood.Question) || sentence.IsQuestion)
        {
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: dropped, mood {string.Join('+', moods)}{(sentence.IsQuestion ? " question" : "")}");
            return null;
        }

        AgreementStatus? status = statusWord?.Value;
        var forward = moods.Contains(Mood.Future) || moods.Contains(Mood.Intent);
        if (forward && status is null or AgreementStatus.Signed or AgreementStatus.Ratified or AgreementStatus.InForce)
        {
            status = AgreementStatus.Planned;
        }

        var planned = status == AgreementStatus.Planned;
        if (!ownDateOnly)
        {
            date ??= NearestDate(sentence, statusWord?.FirstWord ?? anchor.FirstWord, anchor, statusWord);
        }

        var resolved = date?.Resolve(planned);
        if (status is null && !anchor.Value.IsReference && resolved is { } past && published is { } p && past.End < p.AddDays(-1)
            && IsNearestInstrument(sentence, anchor, date!) && Distance(anchor.FirstWord, anchor.LastWord, date!.FirstWord, date.LastWord) <= MaxStatusDistance)
        {
            // "an agreement with Serbia in November 2023": an earlier instrument, reported as done.
            status = AgreementStatus.Signed;
        }

        return new Candidate(
            sentence.Index,
            focusWord,
            anchor,
            parties,
            PartySource.Clause,
            status,
            statusWord,
            date,
            resolved,
            DomainOf(sentence, anchor, language.Settings.Postpositional));
    }

    /// <summary>True when no other instrument of the sentence stands nearer to <paramref name="date"/>: "the deal,
    /// signed in February, helps bid for contracts" dates the deal, not the contracts.</summary>
    private static bool IsNearestInstrument(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, DateMention date)
    {
        var own = Distance(anchor.FirstWord, anchor.LastWord, date.FirstWord, date.LastWord);
        return sentence.Instruments.All(other => other == anchor || Distance(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) >= own);
    }

    private static LexiconMatch<InstrumentWord> Nearest(IReadOnlyList<LexiconMatch<InstrumentWord>> anchors, int word) =>
        anchors.OrderBy(a => a.FirstWord <= word ? word - a.LastWord : (a.FirstWord - word) * 2).First();

    private static LexiconMatch<AgreementStatus>? NearestStatus(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, int focusWord)
    {
        // An ending near the instrument wins over its taking effect: "denounced, with immediate effect, the agreement"
        // ("о денонсации «с немедленным вступлением в силу» соглашения") reports the end.
        var ending = sentence.Statuses.FirstOrDefault(s => s.Value == AgreementStatus.Terminated
            && Distance(s.FirstWord, s.LastWord, anchor.FirstWord, anchor.LastWord) <= MaxStatusDistance
            && sentence.Statuses.Any(other => other.Value == AgreementStatus.InForce && Distance(other.FirstWord, other.LastWord, anchor.FirstWord, anchor.LastWord) <= MaxStatusDistance));
        // "a ratifié l'accord conclu avec le Bénin": the verb before the instrument reports the step, the participle
        // after it an earlier one.
        var governing = sentence.Statuses
            .Where(s => s.LastWord < anchor.FirstWord && anchor.FirstWord - s.LastWord <= MaxStatusDistance)
            .OrderBy(s => anchor.FirstWord - s.LastWord)
            .FirstOrDefault();
        var participle = sentence.Statuses
            .Where(s => s.FirstWord > anchor.LastWord && s.FirstWord - anchor.LastWord <= MaxStatusDistance)
            .OrderBy(s => s.FirstWord - anchor.LastWord)
            .FirstOrDefault();
        if (ending is null && governing is not null && participle is not null
            && InstrumentGroup.Rank(governing.Value) > InstrumentGroup.Rank(participle.Value) && participle.Value == AgreementStatus.Signed)
        {
            return governing;
        }

        return ending ?? sentence.Statuses
            .OrderBy(s => Math.Min(Distance(s.FirstWord, s.LastWord, anchor.FirstWord, anchor.LastWord), Math.Abs(s.FirstWord - focusWord) + 2))
            .FirstOrDefault();
    }

    private const int MaxStatusDistance = 8;

    /// <summary>Farther than this from the step, a date is about something else ("…, in power in Niamey since the
    /// coup of July").</summary>
    private const int MaxDateDistance = 28;

    private static bool OwnsStatus(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        var distance = Distance(status.FirstWord, status.LastWord, anchor.FirstWord, anchor.LastWord);
        if (distance <= MaxStatusDistance)
        {
            return true;
        }

        // Another instrument nearer to the verb takes it, unless a verb of its own stands nearer still ("the treaty
        // … came into force, after the two countries exchanged instruments of ratification").
        return sentence.Instruments.All(other => other == anchor
            || Distance(status.FirstWord, status.LastWord, other.FirstWord, other.LastWord) >= distance
            || sentence.Statuses.Any(own => own != status && Distance(own.FirstWord, own.LastWord, other.FirstWord, other.LastWord) < Distance(status.FirstWord, status.LastWord, other.FirstWord, other.LastWord)));
    }

    /// <summary>
    /// "signed a plan of military cooperation for 2025, and also an intergovernmental agreement": an instrument
    /// joined by "and" to one the verb governs is signed too.
    /// </summary>
    private static bool SharesVerb(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        const int MaxCoordinationGap = 12;
        return sentence.Instruments.Any(first => first != anchor
            && first.FirstWord > status.LastWord && first.LastWord < anchor.FirstWord
            && anchor.FirstWord - first.LastWord <= MaxCoordinationGap
            && Distance(status.FirstWord, status.LastWord, first.FirstWord, first.LastWord) <= MaxStatusDistance
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > first.LastWord && f.LastWord < anchor.FirstWord));
    }

    private static int Distance(int aFirst, int aLast, int bFirst, int bLast) =>
        aLast < bFirst ? bFirst - aLast : bLast < aFirst ? aFirst - bLast : 0;

    /// <summary>The nearest date of the clause, a bare year only when there is nothing better: "a plan for 2025 …
    /// on Monday" is dated by Monday.</summary>
    private static DateMention? NearestDate(SentenceAnalysis sentence, int word, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus>? status) =>
        sentence.Dates
            .Where(d => !IsDateline(sentence, d) && Distance(d.FirstWord, d.LastWord, word, word) <= MaxDateDistance
                && !IsPlanPeriod(d, anchor) && !BelongsToAnotherStep(sentence, d, status))
            .OrderBy(d => (d.Past ?? d.Future)?.Precision == Model.DatePrecision.Year ? 1 : 0)
            .ThenBy(d => Distance(d.FirstWord, d.LastWord, word, word))
            .FirstOrDefault();

    /// <summary>The years a plan covers ("a cooperation plan for 2025", "2025 жылға арналған жоспар") are not the date
    /// it was signed.</summary>
    private static bool IsPlanPeriod(DateMention date, LexiconMatch<InstrumentWord> anchor) =>
        anchor.Value.Kind == AgreementKind.Plan
        && (date.Past ?? date.Future)?.Precision == DatePrecision.Year
        && Distance(date.FirstWord, date.LastWord, anchor.FirstWord, anchor.LastWord) <= PlanPeriodDistance;

    private const int PlanPeriodDistance = 5;

    /// <summary>A date right by another step's verb is that step's: in "ended the agreement signed in 1977", 1977
    /// dates the signing, not the ending.</summary>
    private static bool BelongsToAnotherStep(SentenceAnalysis sentence, DateMention date, LexiconMatch<AgreementStatus>? status) =>
        status is not null && sentence.Statuses.Any(other => other.Value != status.Value
            && Distance(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) <= 1
            && Distance(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) < Distance(status.FirstWord, status.LastWord, date.FirstWord, date.LastWord));

    /// <summary>An instrument word inside the name of an organisation ("Организация Договора о коллективной
    /// безопасности", the Collective Security Treaty Organization) names no instrument.</summary>
    private static bool InsideAName(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor) =>
        sentence.Countries.Any(c => c.FirstWord <= anchor.FirstWord && c.LastWord >= anchor.LastWord);

    /// <summary>"In March, the alliance signed programmes with Georgia and Armenia": a date before the first partner
    /// dates every partner that has none of its own.</summary>
    private static DateMention? SharedDate(SentenceAnalysis sentence, int firstPartnerWord) =>
        sentence.Dates.LastOrDefault(d => d.LastWord < firstPartnerWord && !IsDateline(sentence, d));

    /// <summary>The dates joined to <paramref name="date"/> by "and" or a comma, left to right after it.</summary>
    private static IEnumerable<DateMention> CoordinatedDates(SentenceAnalysis sentence, DateMention? date)
    {
        var previous = date;
        while (previous is not null)
        {
            var next = sentence.Dates.FirstOrDefault(d => d.FirstWord > previous.LastWord && d.FirstWord - previous.LastWord <= 2
                && IsCoordination(sentence, previous.LastWord, d.FirstWord));
            if (next is not null)
            {
                yield return next;
            }

            previous = next;
        }
    }

    /// <summary>True when nothing but "and" or a comma stands between two words.</summary>
    private static bool IsCoordination(SentenceAnalysis sentence, int from, int to)
    {
        for (var w = from + 1; w < to; w++)
        {
            if (!sentence.FunctionWords.Any(f => f.FirstWord == w && f.Value == FunctionRole.And))
            {
                return false;
            }
        }

        return to - from > 1 || sentence.Sentence.Gap(to).Trim().SequenceEqual(",");
    }

    /// <summary>
    /// The date of a dateline ("ACCRA, March 24 – …", "MOSCOW, Dec 5 (Reuters) -") is when the story was filed,
    /// not when anything was signed: a date among the first words of a sentence, followed by a dash.
    /// </summary>
    private static bool IsDateline(SentenceAnalysis sentence, DateMention date)
    {
        const int MaxDatelineWords = 5;
        if (date.FirstWord > MaxDatelineWords)
        {
            return false;
        }

        var rest = sentence.Sentence.DocumentText.AsSpan(date.Span.End, Math.Min(30, sentence.Sentence.Span.End - date.Span.End)).TrimStart();
        if (rest.StartsWith("("))
        {
            var close = rest.IndexOf(')');
            rest = close < 0 ? ReadOnlySpan<char>.Empty : rest[(close + 1)..].TrimStart();
        }

        return rest.Length > 0 && rest[0] is '-' or '–' or '—' or '‒';
    }

    private static HashSet<Mood> MoodsAround(SentenceAnalysis sentence, LexiconMatch<AgreementStatus>? status, LexiconMatch<InstrumentWord> anchor)
    {
        var moods = new HashSet<Mood>();
        // "May" in "May 8" is a month, not a modal.
        foreach (var mood in sentence.Moods.Where(m => !sentence.Dates.Any(d => d.FirstWord <= m.LastWord && d.LastWord >= m.FirstWord)))
        {
            // Future, intent and questions reach farther: German and Turkish put the verb at the end ("wollen im
            // kommenden Monat ein Abkommen unterzeichnen", "Ob Serbien ein Abkommen mit Ungarn unterzeichnet").
            var window = mood.Value is Mood.Future or Mood.Intent or Mood.Question or Mood.Speculation ? 2 * MoodWindow : MoodWindow;
            var reachesClauseEnd = window > MoodWindow && status is not null && mood.LastWord < status.FirstWord && NoBreakBetween(sentence, mood.LastWord, status.FirstWord);
            var nearStatus = status is not null && mood.LastWord < status.FirstWord + 2 && (status.FirstWord - mood.LastWord <= window || reachesClauseEnd);
            var nearAnchor = mood.LastWord < anchor.FirstWord && anchor.FirstWord - mood.LastWord <= 2 && NoBreakBetween(sentence, mood.LastWord, anchor.FirstWord);
            if (mood.Value == Mood.Conditional)
            {
                if (status is not null && status.FirstWord > mood.LastWord && status.FirstWord - mood.LastWord <= ConditionalWindow)
                {
                    moods.Add(Mood.Question);
                }
            }
            else if (mood.Value == Mood.Infinitive)
            {
                if (status is not null && status.FirstWord > mood.LastWord && status.FirstWord - mood.LastWord <= 2)
                {
                    moods.Add(Mood.Intent);
                }
            }
            else if (nearStatus || nearAnchor || mood.Value is Mood.Denial)
            {
                moods.Add(mood.Value);
            }
        }

        return moods;
    }

    /// <summary>True when no punctuation separates two words: they stand in one clause ("Am Abend wollte Selenskyj in
    /// Paris mit Präsident Macron ein ähnliches Abkommen zwischen Frankreich und der Ukraine unterzeichnen").</summary>
    private static bool NoBreakBetween(SentenceAnalysis sentence, int from, int to)
    {
        for (var w = from + 1; w <= to; w++)
        {
            if (sentence.Sentence.BreakBefore(w))
            {
                return false;
            }
        }

        return true;
    }

    private static DomainClass? DomainOf(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, bool headFinal)
    {
        // Head-final languages put what the instrument is about before it ("terörle mücadele alanlarında iş
        // birliğini öngören mutabakat zaptı"), the others mostly after ("agreement on military cooperation").
        var otherAnchors = sentence.Instruments.Where(a => a != anchor).ToList();
        var from = anchor.FirstWord - (headFinal ? DomainWindowAfter : DomainWindowBefore);
        var to = anchor.LastWord + (headFinal ? DomainWindowBefore : DomainWindowAfter);
        foreach (var other in otherAnchors)
        {
            if (other.LastWord < anchor.FirstWord)
            {
                from = Math.Max(from, other.LastWord + 1);
            }
            else if (other.FirstWord > anchor.LastWord)
            {
                to = Math.Min(to, other.FirstWord - 1);
            }
        }

        var inWindow = sentence.Domains.Where(d => d.FirstWord >= from && d.LastWord <= to).ToList();
        if (inWindow.Count == 0)
        {
            return SentenceDomain(sentence);
        }

        // The nearest domain word decides ("un accord antiterroriste ainsi qu'un protocole gazier": the protocol
        // is about gas); among defence and security words, the more frequent wins.
        var nearest = inWindow.OrderBy(d => Distance(d.FirstWord, d.LastWord, anchor.FirstWord, anchor.LastWord)).ThenBy(d => d.FirstWord < anchor.FirstWord ? 1 : 0).First();
        if (nearest.Value == DomainClass.Other && inWindow.All(d => d.Value == DomainClass.Other || Distance(d.FirstWord, d.LastWord, anchor.FirstWord, anchor.LastWord) > 2))
        {
            return DomainClass.Other;
        }

        var defense = inWindow.Count(d => d.Value == DomainClass.Defense);
        var security = inWindow.Count(d => d.Value == DomainClass.Security);
        if (defense == 0 && security == 0)
        {
            return DomainClass.Other;
        }

        return security > defense ? DomainClass.Security : DomainClass.Defense;
    }

    /// <summary>
    /// For an instrument with no field words near it, the fields its sentence names: "The treaty, signed by …,
    /// set up cooperation in economic, cultural and defence matters" covers defence.
    /// </summary>
    private static DomainClass? SentenceDomain(SentenceAnalysis sentence)
    {
        var defense = sentence.Domains.Count(d => d.Value == DomainClass.Defense);
        var security = sentence.Domains.Count(d => d.Value == DomainClass.Security);
        return defense + security > 0 ? (security > defense ? DomainClass.Security : DomainClass.Defense)
            : sentence.Domains.Count > 0 ? DomainClass.Other
            : null;
    }

    /// <summary>
    /// True when a company, and no state, stands before the verb: "Norwegian arms maker Nordvik said it had signed a
    /// contract with Romania's ministry", "La empresa aragonesa SAE y la compañía turca Kartal firmaron un memorando".
    /// </summary>
    private static bool HasCompanySubject(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> status) =>
        sentence.Cues.Any(c => c.Value == "company" && c.LastWord < status.FirstWord)
        && !sentence.Countries.Any(c => c.LastWord < status.FirstWord && !c.IsDemonym && !PartyFinder.IsDateline(sentence, c)
            && !sentence.Places.Any(p => p.FirstWord == c.FirstWord));

    /// <summary>True when the status verb is said of talks, not of the instrument.</summary>
    private static bool IsTalksVerb(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        // "talks on the programme had concluded": the instrument is only the topic of the talks, the verb is theirs.
        var own = Distance(status.FirstWord, status.LastWord, anchor.FirstWord, anchor.LastWord);
        return sentence.Cues.Any(c => c.Value == "talks" && (c.LastWord < status.FirstWord || c.FirstWord > status.LastWord)
            && (Distance(c.FirstWord, c.LastWord, status.FirstWord, status.LastWord) < own
                || (c.LastWord < anchor.FirstWord && anchor.FirstWord - c.LastWord <= 3 && status.FirstWord > anchor.LastWord)));
    }

    private static bool HasCue(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, string cue) =>
        sentence.Cues.Any(c => c.Value == cue && Math.Abs(c.FirstWord - anchor.FirstWord) <= 8);

    private static bool IsExplainer(SentenceAnalysis sentence) => sentence.Cues.Any(c => c.Value == "explainer");
}
