using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.Places;
using Pacta.Core.Text;

namespace Pacta.Core.Extraction;

/// <summary>
/// Reads the instrument mentions of one sentence: for each instrument noun, its status (the nearest status word,
/// turned by negation, speculation, denial, questions or future), its domain (the nearest domain words around
/// the noun), its parties and its date.
/// </summary>
internal static class ClauseReader
{
    /// <summary>
    /// A step word with a date of its own a year or more before the news ("vai substituir o protocolo de cooperação
    /// assinado pelos dois países em 1998", "will replace a framework agreement signed in 2009"): that step is done, and
    /// the future word before it is another verb's.
    /// </summary>
    private static bool IsDoneYearsBefore(SentenceAnalysis sentence, LanguageProfile language, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus>? statusWord, DateMention? date, bool ownDateOnly, DateOnly? published)
    {
        if (statusWord is not { Value: AgreementStatus.Signed or AgreementStatus.Ratified or AgreementStatus.InForce or AgreementStatus.Terminated } || published is not { } today)
        {
            return false;
        }

        var own = date ?? (ownDateOnly ? null : DateRules.NearestDate(sentence, statusWord.FirstWord, anchor, statusWord, language, untold: true));
        return own is { IsRelative: false, Past: { } then, Future: { } later } && then == later && then.End.AddYears(1) < today;
    }

    /// <summary>A signing word that opens an apposition after the instrument, past its name ("соглашение с Республикой
    /// Мали о военном сотрудничестве, подписанное в Бамако").</summary>
    private static LexiconMatch<AgreementStatus>? SignedInAnApposition(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor) =>
        sentence.Statuses.FirstOrDefault(s => s.Value == AgreementStatus.Signed && s.FirstWord > anchor.LastWord
            && s.FirstWord - anchor.LastWord <= 2 * StatusRules.MaxStatusDistance && sentence.Sentence.BreakBefore(s.FirstWord));

    /// <summary>Words between an instrument and a company or university cue of its clause at most.</summary>
    private const int CueReach = 8;

    /// <remarks>Not an iterator itself: most sentences name no instrument, and an iterator's state (with every local
    /// its lambdas capture) was allocated for each of them before the first test.</remarks>
    public static IEnumerable<Candidate> Read(SentenceAnalysis sentence, LanguageProfile language, DateOnly? published, Action<string>? trace = null) =>
        sentence.Instruments.Count == 0 || IsExplainer(sentence) ? [] : ReadInstruments(sentence, language, published, trace);

    private static IEnumerable<Candidate> ReadInstruments(SentenceAnalysis sentence, LanguageProfile language, DateOnly? published, Action<string>? trace)
    {
        var parties = PartyFinder.Find(sentence, language);
        if (parties.Partners.Count >= 2)
        {
            // One instrument per partner: "with Türkiye in January 2022 and with Serbia in November 2023".
            var ownDates = PartnerDates(sentence, parties.Partners);
            var ownStatuses = new LexiconMatch<AgreementStatus>?[parties.Partners.Count];
            for (var p = 1; p < parties.Partners.Count; p++)
            {
                ownStatuses[p] = PartnerStatus(sentence, parties.Partners[p - 1], parties.Partners[p]);
            }

            for (var p = 0; p < parties.Partners.Count; p++)
            {
                var partner = parties.Partners[p];
                var anchor = Nearest(sentence.Instruments.Where(a => !InsideAName(sentence, a)).DefaultIfEmpty(sentence.Instruments[0]).ToList(), partner.FirstWord);
                var codes = parties.Subjects.Append(partner.Code).Distinct().ToList();
                var date = ownDates[p] ?? DateRules.SharedDate(sentence, parties.Partners[0].FirstWord);
                var ownStatus = ownStatuses[p];
                // "has agreements with Japan and Australia and is negotiating one with Canada": the verb of a later
                // partner's own clause is not the earlier partners'.
                var taken = ownStatuses.Skip(p + 1).OfType<LexiconMatch<AgreementStatus>>().ToList();
                if (Build(sentence, language, anchor, partner.FirstWord, codes, date, published, ownDateOnly: true, trace, ownStatus, taken) is { } candidate)
                {
                    yield return candidate with { OwnPlace = PartnerPlace(sentence, parties.Partners, p) };
                }
            }

            yield break;
        }

        var named = sentence.Instruments.Where(a => !InsideAName(sentence, a)).ToList();
        if (parties.Partners.Count == 0 && parties.Subjects.Count >= 3 && named is [{ Value.IsPlural: true } several]
            && BetweenOneAndMany(sentence, parties.Subjects))
        {
            // "i disegni di legge di ratifica degli accordi … tra l'Italia e il Ghana, il Paraguay e l'Uzbekistan": plural
            // instruments between one state and a list are one with each state of the list.
            foreach (var other in parties.Subjects.Skip(1))
            {
                if (Build(sentence, language, several, several.FirstWord, [parties.Subjects[0], other], null, published, ownDateOnly: false, trace) is { } each)
                {
                    yield return each;
                }
            }

            yield break;
        }

        if (parties.Partners.Count == 1 && parties.Subjects.Count >= 2 && named is [{ Value.IsPlural: true } plural])
        {
            // "Latvia and Lithuania signed similar agreements with Washington in 2017": one instrument for each.
            foreach (var subject in parties.Subjects.Where(s => s != parties.Partners[0].Code))
            {
                if (Build(sentence, language, plural, plural.FirstWord, [subject, parties.Partners[0].Code], null, published, ownDateOnly: false, trace) is { } each)
                {
                    yield return each;
                }
            }

            yield break;
        }

        foreach (var anchor in named)
        {
            var codes = parties.Subjects.Concat(parties.Partners.Select(p => p.Code)).Distinct().ToList();
            var inClause = codes;
            if (codes.Count < 2 && parties.Hosts.Count > 0 && codes.Count == 1 && SignedInAnApposition(sentence, anchor) is null)
            {
                // "the Kazakh minister signed in Doha": the host is the other side. Not where the signing is told in an
                // apposition ("угода, підписана у Мінську в 1999 році, … суперечить курсу України"): that describes an
                // instrument already named, whose sides the discourse gives.
                codes = codes.Concat(parties.Hosts).Distinct().ToList();
            }

            if (Build(sentence, language, anchor, anchor.FirstWord, codes, null, published, ownDateOnly: false, trace) is not { } built)
            {
                continue;
            }

            if (codes.Count > inClause.Count && built.Status is not AgreementStatus.Signed)
            {
                // "NATO officials in Brussels confirmed that talks on the programme had concluded": only a signing has a
                // host; where talks are held or a step announced is no side.
                built = built with { Parties = inClause };
            }

            var candidate = built with { PartiesGuessed = parties.Guessed };

            yield return candidate;

            // "agreements with the United States signed in 1998 and 2015": one instrument per coordinated date.
            foreach (var other in DateRules.CoordinatedDates(sentence, candidate.DateMention))
            {
                yield return candidate with { DateMention = other, Date = other.Resolve(candidate.Status == AgreementStatus.Planned) };
            }
        }
    }

    /// <summary>"between" right before the first of the states, the first joined to the rest by "and" ("tra l'Italia e il
    /// Ghana, il Paraguay e l'Uzbekistan").</summary>
    private static bool BetweenOneAndMany(SentenceAnalysis sentence, IReadOnlyList<PartyCode> states)
    {
        const int MaxGap = 2;
        return sentence.Countries.Any(first => first.Code == states[0]
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.Between && f.LastWord < first.FirstWord && first.FirstWord - f.LastWord <= MaxGap));
    }

    /// <summary>The first place after a partner and before the next one, when every partner but the last has a place of
    /// its own so: a list of signings each told with its city. Null otherwise.</summary>
    private static PlaceMention? PartnerPlace(SentenceAnalysis sentence, IReadOnlyList<CountryMention> partners, int p)
    {
        if (sentence.Places.Count < 2)
        {
            return null;
        }

        var until = p + 1 < partners.Count ? partners[p + 1].FirstWord : sentence.Sentence.Count;
        return sentence.Places.FirstOrDefault(place => place.FirstWord > partners[p].LastWord && place.FirstWord < until);
    }

    /// <summary>
    /// Each partner's date: the first after it and before the next partner ("with Türkiye in January 2022 and with
    /// Serbia in November 2023"). A partner with none that is listed with the next ("and", a comma, an article) shares the next
    /// one's ("with the United Kingdom in January and with Germany and France in February": Germany in February).
    /// </summary>
    private static DateMention?[] PartnerDates(SentenceAnalysis sentence, IReadOnlyList<CountryMention> partners)
    {
        var dates = new DateMention?[partners.Count];
        for (var p = 0; p < partners.Count; p++)
        {
            var until = p + 1 < partners.Count ? partners[p + 1].FirstWord : sentence.Sentence.Count;
            dates[p] = sentence.Dates.FirstOrDefault(d => d.FirstWord > partners[p].LastWord && d.FirstWord < until);
        }

        for (var p = partners.Count - 2; p >= 0; p--)
        {
            if (dates[p] is null && Coordination.Listed(sentence, partners[p].LastWord, partners[p + 1].FirstWord))
            {
                dates[p] = dates[p + 1];
            }
        }

        return dates;
    }

    /// <summary>
    /// The verb of a partner's own clause, between the partner named before and this one: "signed an agreement with
    /// Japan in 2024 and is negotiating a similar one with Canada" (Canada's instrument is being negotiated). Null when
    /// the partners share the verb ("with Türkiye in January 2022 and with Serbia in November 2023").
    /// </summary>
    private static LexiconMatch<AgreementStatus>? PartnerStatus(SentenceAnalysis sentence, CountryMention previous, CountryMention partner) =>
        sentence.Statuses.LastOrDefault(s => s.FirstWord > previous.LastWord && s.LastWord < partner.FirstWord);

    /// <summary>
    /// Reads a step told of an instrument by a pronoun in a sentence after the one that names it ("The intergovernmental
    /// agreement is still outstanding. It is to be signed by the end of the year."): the pronoun stands in for the
    /// instrument, so the clause around it gives status, mood and date, and the parties are the instrument's.
    /// Null when the sentence names an instrument of its own or no pronoun stands in one clause with a status word.
    /// </summary>
    public static Candidate? ReadContinuation(
        SentenceAnalysis sentence,
        LanguageProfile language,
        DateOnly? published,
        LexiconMatch<InstrumentWord> instrument,
        IReadOnlyList<PartyCode> parties,
        Action<string>? trace = null)
    {
        if (sentence.Instruments.Count > 0 || IsExplainer(sentence) || sentence.Statuses.Count == 0)
        {
            return null;
        }

        var pronoun = sentence.FunctionWords.FirstOrDefault(f => f.Value == FunctionRole.PronounIt
            && sentence.Statuses.Any(s => WordDistance.Between(s.FirstWord, s.LastWord, f.FirstWord, f.LastWord) <= StatusRules.MaxStatusDistance
                && OneClause(sentence, Math.Min(s.LastWord, f.LastWord), Math.Max(s.FirstWord, f.FirstWord))));
        if (pronoun is null)
        {
            return null;
        }

        var anchor = instrument with { FirstWord = pronoun.FirstWord, LastWord = pronoun.LastWord, PrefixLetters = 0 };
        return Build(sentence, language, anchor, anchor.FirstWord, parties.ToList(), null, published, ownDateOnly: false, trace) is { } candidate
            ? candidate with { PartySource = PartySource.Discourse }
            : null;
    }

    /// <summary>True when no punctuation separates two words of a sentence (given in either order).</summary>
    public static bool OneClause(SentenceAnalysis sentence, int word, int other) => sentence.Sentence.NoBreakBetween(word, other);

    private static Candidate? Build(
        SentenceAnalysis sentence,
        LanguageProfile language,
        LexiconMatch<InstrumentWord> anchor,
        int focusWord,
        List<PartyCode> parties,
        DateMention? date,
        DateOnly? published,
        bool ownDateOnly,
        Action<string>? trace,
        LexiconMatch<AgreementStatus>? ownStatus = null,
        IReadOnlyList<LexiconMatch<AgreementStatus>>? taken = null)
    {
        if (HasCue(sentence, anchor, "company") || HasCue(sentence, anchor, "university"))
        {
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: dropped, a company or university is near");
            return null;
        }

        var statusWord = ownStatus ?? StatusRules.NearestStatus(sentence, anchor, focusWord, language.Settings.VerbFinal);
        if (statusWord is not null && taken is not null && taken.Contains(statusWord))
        {
            statusWord = null;
        }
        if (statusWord is not null && !StatusRules.OwnsStatus(sentence, anchor, statusWord) && !StatusRules.SharesVerb(sentence, anchor, statusWord))
        {
            // "The deal, signed in February, helps arms makers win contracts": the verb is the deal's, not the contracts'.
            statusWord = null;
        }

        if (statusWord is not null && (StatusRules.HasCompanySubject(sentence, statusWord) || StatusRules.HasStateCompanySubject(sentence, language, statusWord)))
        {
            trace?.Invoke($"#{sentence.Index} word {anchor.FirstWord}: dropped, a company signs");
            return null;
        }

        if (statusWord is not null && StatusRules.IsTalksVerb(sentence, anchor, statusWord))
        {
            // "officials confirmed that talks on the programme had concluded": the talks ended, nothing was signed.
            statusWord = null;
        }

        var moods = MoodRules.MoodsAround(sentence, statusWord, anchor, language.Settings.VerbFinal);
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
        if (status == AgreementStatus.Ratified && anchor.Value.Kind == AgreementKind.Plan && parties.Count >= 2)
        {
            // "Россия и КНДР утвердили план военного сотрудничества на 2025 год": the two sides that approve a plan of
            // theirs adopt it; no parliament ratifies a yearly plan.
            status = AgreementStatus.Signed;
        }
        if (anchor.Value.Step is { } step && status is null or AgreementStatus.Signed)
        {
            // "signed the protocol on the exchange of instruments of ratification": the instrument it refers to is in force.
            status = step;
        }

        var forward = (moods.Contains(Mood.Future) || moods.Contains(Mood.Intent)) && !IsDoneYearsBefore(sentence, language, anchor, statusWord, date, ownDateOnly, published);
        if (forward && statusWord is { Value: AgreementStatus.Ratified or AgreementStatus.InForce } && SignedInAnApposition(sentence, anchor) is { } signing)
        {
            // "внесло в Госдуму на ратификацию соглашение с Мали …, подписанное в Бамако в феврале": the ratification is to
            // come; what the instrument has gone through is its signature, told in the apposition.
            statusWord = signing;
            status = AgreementStatus.Signed;
            forward = false;
        }

        if (forward && status is null or AgreementStatus.Signed or AgreementStatus.Ratified or AgreementStatus.InForce)
        {
            status = AgreementStatus.Planned;
        }

        var planned = status == AgreementStatus.Planned;
        if (!ownDateOnly)
        {
            date ??= DateRules.NearestDate(sentence, statusWord?.FirstWord ?? anchor.FirstWord, anchor, statusWord, language, planned || status is null);
        }

        if (planned && !ownDateOnly && published is { } announced && DateRules.DueDateAfter(sentence, date, statusWord?.FirstWord ?? anchor.FirstWord, announced) is { } due)
        {
            // "погодилися у п'ятницю підписати до кінця року": the day the plan was agreed is not the day it is due.
            date = due;
        }

        var resolved = date?.Resolve(planned);
        if (status == AgreementStatus.Signed && moods.Contains(Mood.Present) && date is not null && published is { } today
            && (DateRules.NearerAhead(date, today) || date.Past is { } comesAfter && comesAfter.Start > today))
        {
            // "Kazakhstan and Uzbekistan sign a plan on March 12", published on March 1: a present tense with a date that
            // comes sooner than it went tells a plan; so does one with a date wholly ahead ("العراق والأردن يوقعان الشهر
            // المقبل مذكرة تفاهم", sign next month).
            status = AgreementStatus.Planned;
            resolved = date.Resolve(future: true);
        }

        if (status == AgreementStatus.Signed && statusWord is not null && published is { } now && !ownDateOnly
            && DateRules.OnlyAheadAfter(sentence, statusWord, anchor, now) is { } ahead)
        {
            // "اتفق الوزيران، خلال لقائهما اليوم، على توقيع اتفاقية … خلال الشهر المقبل": a signing whose own clause, after
            // the verb and the instrument, is dated wholly after the news has not happened; the date is when it is due.
            status = AgreementStatus.Planned;
            date = ahead;
            resolved = ahead.Resolve(future: true);
        }

        if (status is null && !anchor.Value.IsReference && parties.Count >= 2 && IsHeld(sentence, anchor))
        {
            // "Japan has similar agreements with Australia and Britain": instruments a state has are in place.
            status = AgreementStatus.Signed;
        }

        if (status is null && !anchor.Value.IsReference && anchor.Value.Kind != AgreementKind.Other && resolved is { } past && published is { } p && past.End < p.AddDays(-1)
            && !DateRules.BoundsAPeriod(sentence, date!, language)
            && DateRules.IsNearestInstrument(sentence, anchor, date!) && WordDistance.Between(anchor.FirstWord, anchor.LastWord, date!.FirstWord, date.LastWord) <= StatusRules.MaxStatusDistance)
        {
            // "an agreement with Serbia in November 2023": an earlier instrument, reported as done. Not a partnership or a
            // declaration, often a level of ties rather than a text ("upgraded ties to a strategic partnership last year").
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
            DomainRules.DomainOf(sentence, anchor, language.Settings.Postpositional));
    }

    /// <summary>A verb of having ("has", "tiene", "имеет") at most three words before the instrument, in its clause.</summary>
    public static bool IsHeld(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor)
    {
        const int MaxGap = 3;
        return sentence.FunctionWords.Any(f => f.Value == FunctionRole.Has && f.LastWord < anchor.FirstWord && anchor.FirstWord - f.LastWord <= MaxGap
            && OneClause(sentence, f.LastWord, anchor.FirstWord));
    }

    private static LexiconMatch<InstrumentWord> Nearest(IReadOnlyList<LexiconMatch<InstrumentWord>> anchors, int word) =>
        anchors.OrderBy(a => a.FirstWord <= word ? word - a.LastWord : (a.FirstWord - word) * 2).First();

    /// <summary>An instrument word inside the name of an organisation ("Организация Договора о коллективной
    /// безопасности", the Collective Security Treaty Organization) names no instrument.</summary>
    private static bool InsideAName(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor) =>
        sentence.Countries.Any(c => c.FirstWord <= anchor.FirstWord && c.LastWord >= anchor.LastWord)
        || InsideABodysName(sentence, anchor);

    /// <summary>
    /// An instrument word in the middle of a capitalised name that starts with a state and goes on past it names a
    /// body of that state, not an instrument: "Libya Ulusal Mutabakat Hükümeti" (Libya's National Accord Government).
    /// A name that ends on the instrument word ("Türkiye Libya Mutabakat Muhtırası") is an instrument's, and so is one
    /// that goes on with a step ("… Kenya Cumhuriyeti Hükümeti Arasında Askeri Çerçeve Anlaşmasının Onaylanmasının
    /// Uygun Bulunduğuna Dair Kanun Teklifi", the title of the law approving its ratification).
    /// </summary>
    private static bool InsideABodysName(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor)
    {
        var words = sentence.Sentence;
        var after = anchor.LastWord + 1;
        if (!words.Words[anchor.FirstWord].IsCapitalized || after >= words.Count || words.BreakBefore(after)
            || !words.Words[after].IsCapitalized || sentence.Instruments.Any(i => i.FirstWord == after) || sentence.Statuses.Any(s => s.FirstWord == after))
        {
            return false;
        }

        var start = anchor.FirstWord;
        while (start > 0 && !words.BreakBefore(start) && words.Words[start - 1].IsCapitalized)
        {
            start--;
        }

        return sentence.Countries.Any(c => c.FirstWord >= start && c.LastWord < anchor.FirstWord && !c.IsDemonym);
    }

    /// <summary>A company or university cue near the instrument and in its clause: "a contract with the company", not
    /// "an agreement, which will let Ukrainian defence companies produce weapons in Denmark".</summary>
    private static bool HasCue(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, string cue)
    {
        // A contract's clause carries its value and quantities before the seller ("a contract worth $6.5 billion with
        // South Korea's Hanwha Aerospace for 152 howitzers"): its cue may stand twice as far.
        var contract = anchor.Value.Kind == AgreementKind.Contract;
        var reach = contract ? 2 * CueReach : CueReach;
        return sentence.Cues.Any(c => c.Value == cue && Math.Abs(c.FirstWord - anchor.FirstWord) <= reach
            && (contract ? OneClauseButAmounts(sentence.Sentence, c.FirstWord, anchor.FirstWord) : OneClause(sentence, c.FirstWord, anchor.FirstWord)));
    }

    /// <summary>No punctuation between the two words but that of an amount ("$6.5 billion", "1,2 milliard").</summary>
    private static bool OneClauseButAmounts(AnalyzedSentence words, int word, int other)
    {
        for (var w = Math.Min(word, other) + 1; w <= Math.Max(word, other); w++)
        {
            if (words.BreakBefore(w) && words.Words[w].Kind != TokenKind.Number && words.Words[w - 1].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence about instruments in general ("such agreements usually take years"). A cue that is itself an
    /// instrument noun ("similar agreements", "подібні угоди") explains only where no state is named: "similar agreements
    /// Ukraine concluded with Britain, Germany and France" reports three instruments, and so does one the pair ("the
    /// sides") concluded, or one an adjective marks as another ("Попередню подібну угоду сторони уклали 2017 року": the
    /// singular stems as the plural cue does).</summary>
    private static bool IsExplainer(SentenceAnalysis sentence) =>
        sentence.Cues.Any(c => c.Value == "explainer"
            && ((sentence.Countries.Count == 0 && !sentence.FunctionWords.Any(f => f.Value is FunctionRole.Both or FunctionRole.Another))
                || !sentence.Instruments.Any(i => i.FirstWord >= c.FirstWord && i.LastWord <= c.LastWord)));
}
