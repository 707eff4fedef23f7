using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Extraction;

/// <summary>
/// Finds the status word of an instrument: the nearest one it owns or shares with a coordinated instrument, and
/// tells when the verb belongs to a company or to talks rather than to the instrument.
/// </summary>
internal static class StatusRules
{
    public const int MaxStatusDistance = 8;

    public static LexiconMatch<AgreementStatus>? NearestStatus(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, int focusWord, bool verbFinal = false)
    {
        var nearest = NearestStatus(sentence, anchor, focusWord);
        if (nearest is null)
        {
            return null;
        }

        if (verbFinal && MainVerbAfterRelativeClause(sentence, anchor, nearest) is { } main)
        {
            return main;
        }

        return PlanGoverningASigning(sentence, nearest) ?? PlanOfTheSigningAfterTheInstrument(sentence, anchor, nearest) ?? LaterStepJoinedByAnd(sentence, anchor, nearest) ?? nearest;
    }

    /// <summary>Words between a plan's word and the signing noun it governs ("переговоров с Ираном о заключении").</summary>
    private const int MaxGovernedGap = 4;

    /// <summary>
    /// "не ведет переговоров с Ираном о заключении договора", "веде переговори … щодо підписання угоди", "talks on signing
    /// the agreement": the signing is what is negotiated or prepared, so the step is the plan's (and a negation before
    /// the plan's word denies it).
    /// </summary>
    private static LexiconMatch<AgreementStatus>? PlanGoverningASigning(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> signing) =>
        signing.Value != AgreementStatus.Signed ? null
            : sentence.Statuses.LastOrDefault(s => s.Value == AgreementStatus.Planned && s.LastWord < signing.FirstWord
                && signing.FirstWord - s.LastWord <= MaxGovernedGap && ClauseReader.OneClause(sentence, s.LastWord, signing.FirstWord)
                && !sentence.Instruments.Any(i => i.FirstWord > s.LastWord && i.LastWord < signing.FirstWord));

    /// <summary>
    /// "подписание документа запланировано на апрель" (the signing of the document is planned for April): a signing
    /// noun, its instrument, and a plan's word right after the instrument, unbroken, make the signing the plan's.
    /// </summary>
    private static LexiconMatch<AgreementStatus>? PlanOfTheSigningAfterTheInstrument(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> signing) =>
        signing.Value != AgreementStatus.Signed || signing.LastWord >= anchor.FirstWord || anchor.FirstWord - signing.LastWord > 2
            ? null
            : sentence.Statuses.FirstOrDefault(s => s.Value == AgreementStatus.Planned && s.FirstWord == anchor.LastWord + 1
                && !sentence.Sentence.BreakBefore(s.FirstWord));

    /// <summary>Words between a step's verb and its own date.</summary>
    private const int NextToItsVerb = 3;

    /// <summary>
    /// "Договор был подписан в январе и вступил в силу в начале октября", "signed the agreement in 2019 and ratified it in
    /// May": of two steps told of one instrument and joined by "and", the later is the news.
    /// </summary>
    private static LexiconMatch<AgreementStatus>? LaterStepJoinedByAnd(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> nearest)
    {
        const int MaxGap = 10;
        return sentence.Statuses.FirstOrDefault(s => s.FirstWord > nearest.LastWord
            && InstrumentGroup.Rank(s.Value) > InstrumentGroup.Rank(nearest.Value) && s.Value != AgreementStatus.Terminated
            && !IsYetToCome(sentence, nearest.LastWord, s)
            // "Quito firmó en agosto un acuerdo sobre el estatuto de las fuerzas con Estados Unidos, que la Asamblea Nacional
            // ratificó en septiembre": a relative clause right after the instrument and its partner, however far the verb,
            // when it dates its step ("…, que continua em vigor" tells a state, not a step).
            && ((nearest.LastWord < anchor.FirstWord && RelativeBetween(sentence, nearest, s)
                    && sentence.FunctionWords.Any(f => f.Value == FunctionRole.Relative && f.FirstWord > anchor.LastWord && f.FirstWord - anchor.LastWord <= MaxGap && f.LastWord < s.FirstWord)
                    && sentence.Dates.Any(d => d.FirstWord > anchor.LastWord && WordDistance.Between(d.FirstWord, d.LastWord, s.FirstWord, s.LastWord) <= NextToItsVerb))
                || (s.FirstWord - nearest.LastWord <= MaxGap
                    && ((ClauseReader.OneClause(sentence, nearest.LastWord, s.FirstWord)
                            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > nearest.LastWord && f.LastWord < s.FirstWord))
                        || RelativeBetween(sentence, nearest, s)))
                || ParticipleAfterTheInstrument(sentence, anchor, nearest, s))
            && !sentence.Instruments.Any(i => i != anchor && i.FirstWord > nearest.LastWord && i.FirstWord < s.FirstWord));
    }

    /// <summary>"Os dois países assinaram em 2003 um acordo de cooperação em matéria de defesa, aprovado pelo Congresso em
    /// 2006": the verb before the instrument tells its signing, a participle set off by a comma after it, a few words on,
    /// its later step. So does a verb after an Arabic comma: "أبرمت اتفاقية للتعاون الأمني مع دولة قطر عام 2019، دخلت حيز
    /// التنفيذ في عام 2021".</summary>
    private static bool ParticipleAfterTheInstrument(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> first, LexiconMatch<AgreementStatus> later)
    {
        const int MaxGap = 8;
        return first.LastWord < anchor.FirstWord && later.FirstWord > anchor.LastWord && later.FirstWord - anchor.LastWord <= MaxGap
            && sentence.Sentence.CommaBefore(later.FirstWord);
    }

    /// <summary>"signed on Monday and will enter into force in June", "которое вступит в силу после ратификации": a later
    /// step with a word of future, intent, doubt or negation before or on it is yet to come; the news is the one done.</summary>
    private static bool IsYetToCome(SentenceAnalysis sentence, int after, LexiconMatch<AgreementStatus> later) =>
        sentence.Moods.Any(m => m.Value is Mood.Future or Mood.Intent or Mood.Speculation or Mood.Negation or Mood.NegativeDeterminer or Mood.Conditional or Mood.Infinitive
            && m.FirstWord > after && m.FirstWord <= later.LastWord);

    /// <summary>"the agreement the two nations signed in Canberra in August 2024, which entered into force earlier this
    /// year": a relative pronoun after a comma, before the later step, tells it of the same instrument; so does one
    /// whose subject and date stand before the verb ("ein Abkommen geschlossen, das der Bundestag am Dienstag ratifiziert
    /// hat", "which parliament approved on Tuesday"), with no other step between.</summary>
    private static bool RelativeBetween(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> first, LexiconMatch<AgreementStatus> later)
    {
        const int MaxGap = 6;
        return sentence.FunctionWords.Any(f => f.Value == FunctionRole.Relative && f.FirstWord > first.LastWord && later.FirstWord - f.LastWord <= MaxGap
            && f.LastWord < later.FirstWord && sentence.Sentence.BreakBefore(f.FirstWord) && ClauseReader.OneClause(sentence, f.LastWord, later.FirstWord)
            && !sentence.Statuses.Any(s => s.FirstWord > f.LastWord && s.FirstWord < later.FirstWord));
    }

    /// <summary>
    /// In a verb-final language the main verb ends the sentence, after a relative clause that tells an earlier step:
    /// "توافقنامه امنیتی … که در مارس ۲۰۲۳ در بغداد به امضا رسیده بود، از روز شنبه به مرحله اجرا درآمد" (the agreement,
    /// which had been signed in Baghdad, took effect on Saturday). The later step after the clause's comma is the news.
    /// </summary>
    private static LexiconMatch<AgreementStatus>? MainVerbAfterRelativeClause(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> nearest)
    {
        var last = sentence.Statuses[^1];
        if (last.FirstWord <= nearest.LastWord || InstrumentGroup.Rank(last.Value) <= InstrumentGroup.Rank(nearest.Value))
        {
            return null;
        }

        if (IsYetToCome(sentence, nearest.LastWord, last))
        {
            return null;
        }

        if (nearest.LastWord < anchor.FirstWord)
        {
            // "2023'te imzalanan askeri eğitim anlaşması da geçen ay yürürlüğe girdi": the participle before the noun tells
            // an earlier step, the verb after it the news.
            return last.FirstWord > anchor.LastWord && !sentence.Instruments.Any(i => i != anchor && i.FirstWord > anchor.LastWord && i.FirstWord < last.FirstWord)
                ? last
                : null;
        }

        return !ClauseReader.OneClause(sentence, nearest.LastWord, last.FirstWord)
            && !sentence.Instruments.Any(i => i.FirstWord > nearest.LastWord && i.FirstWord < last.FirstWord)
                ? last
                : null;
    }

    private static LexiconMatch<AgreementStatus>? NearestStatus(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, int focusWord)
    {
        // An ending near the instrument wins over its taking effect: "denounced, with immediate effect, the agreement"
        // ("о денонсации «с немедленным вступлением в силу» соглашения") reports the end.
        var ending = sentence.Statuses.FirstOrDefault(s => s.Value == AgreementStatus.Terminated
            && WordDistance.Between(s.FirstWord, s.LastWord, anchor.FirstWord, anchor.LastWord) <= MaxStatusDistance
            && sentence.Statuses.Any(other => other.Value == AgreementStatus.InForce && WordDistance.Between(other.FirstWord, other.LastWord, anchor.FirstWord, anchor.LastWord) <= MaxStatusDistance));
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
        // An apposition may open further off when the instrument's name is long ("O acordo de cooperação técnico-militar
        // entre Angola e a Rússia, assinado em Moscovo em 2019, entrou em vigor").
        var appositive = participle ?? sentence.Statuses
            .Where(s => s.FirstWord > anchor.LastWord && s.FirstWord - anchor.LastWord <= 2 * MaxStatusDistance && sentence.Sentence.BreakBefore(s.FirstWord))
            .OrderBy(s => s.FirstWord)
            .FirstOrDefault();
        if (ending is null && appositive is not null && LaterStepAfterApposition(sentence, anchor, appositive) is { } later)
        {
            return later;
        }

        if (ending is null && governing is null && participle is not null && MainVerbAfterSubjectParticiple(sentence, anchor, participle) is { } main)
        {
            return main;
        }

        if (ending is null && governing is not null && participle is not null
            && InstrumentGroup.Rank(governing.Value) > InstrumentGroup.Rank(participle.Value) && participle.Value == AgreementStatus.Signed)
        {
            return governing;
        }

        // A status word inside the instrument's own name ("the exchange of instruments of ratification") is not its step.
        return ending ?? sentence.Statuses
            .Where(s => s.LastWord < anchor.FirstWord || s.FirstWord > anchor.LastWord)
            .OrderBy(s => Math.Min(WordDistance.Between(s.FirstWord, s.LastWord, anchor.FirstWord, anchor.LastWord), Math.Abs(s.FirstWord - focusWord) + 2))
            .FirstOrDefault();
    }

    /// <summary>
    /// "El acuerdo de cooperación en defensa firmado por ambos países en 2009 entró en vigor en 2011", "The agreement
    /// signed in 2009 entered into force in 2011": an instrument that opens its sentence, with no step word before it and
    /// a signing participle right after it, is the subject; the later step after the participle is its verb and the news.
    /// Null when that step is yet to come or another instrument stands between.
    /// </summary>
    private static LexiconMatch<AgreementStatus>? MainVerbAfterSubjectParticiple(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> participle)
    {
        const int MaxWordsBeforeTheSubject = 2;
        const int MaxGap = 10;
        if (participle.Value != AgreementStatus.Signed || anchor.FirstWord > MaxWordsBeforeTheSubject || sentence.Statuses.Any(s => s.LastWord < anchor.FirstWord))
        {
            return null;
        }

        // Not an ending: "Действовавшее соглашение было заключено в 2015 году и истекает в сентябре" tells when the signed
        // instrument runs out, not a step done.
        return sentence.Statuses.FirstOrDefault(s => s.FirstWord > participle.LastWord && s.FirstWord - participle.LastWord <= MaxGap
            && InstrumentGroup.Rank(s.Value) > InstrumentGroup.Rank(participle.Value) && s.Value != AgreementStatus.Terminated
            && !IsYetToCome(sentence, participle.LastWord, s)
            && !sentence.Instruments.Any(i => i.FirstWord > anchor.LastWord && i.FirstWord < s.FirstWord));
    }

    /// <summary>
    /// "The agreement, signed in Warsaw in February, was ratified on Wednesday", "O anterior programa, assinado em 2019,
    /// expirou": a participle set off by commas after the instrument (the first step word after it) tells an earlier
    /// step, and the verb after the closing comma the news. Null unless a later step follows the apposition, before any
    /// other instrument.
    /// </summary>
    private static LexiconMatch<AgreementStatus>? LaterStepAfterApposition(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> participle)
    {
        var words = sentence.Sentence;
        if (!words.BreakBefore(participle.FirstWord) || sentence.Statuses.Any(s => s.FirstWord > anchor.LastWord && s.FirstWord < participle.FirstWord))
        {
            return null;
        }

        var closing = participle.LastWord + 1;
        while (closing < words.Count && !words.BreakBefore(closing))
        {
            closing++;
        }

        var later = sentence.Statuses.FirstOrDefault(s => s.FirstWord >= closing && s.FirstWord - closing <= 2
            && InstrumentGroup.Rank(s.Value) > InstrumentGroup.Rank(participle.Value)
            && !sentence.Instruments.Any(i => i.FirstWord > anchor.LastWord && i.FirstWord < s.FirstWord));
        return later is not null && IsYetToCome(sentence, closing - 1, later) && StepAfterADeniedOne(sentence, later) is { } done ? done : later;
    }

    /// <summary>"…, signed in Port Vila in December 2022, was never ratified by Vanuatu's parliament and lapsed in 2024": after
    /// a step denied or still to come, a step joined to it by "and" in the same clause is what happened.</summary>
    private static LexiconMatch<AgreementStatus>? StepAfterADeniedOne(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> denied)
    {
        const int MaxGap = 8;
        return sentence.Statuses.FirstOrDefault(s => s.FirstWord > denied.LastWord && s.FirstWord - denied.LastWord <= MaxGap
            && ClauseReader.OneClause(sentence, denied.LastWord, s.FirstWord)
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > denied.LastWord && f.LastWord < s.FirstWord)
            && !IsYetToCome(sentence, denied.LastWord, s));
    }

    public static bool OwnsStatus(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        if (NearerInstrumentBetween(sentence, anchor, status))
        {
            return false;
        }

        var distance = WordDistance.Between(status.FirstWord, status.LastWord, anchor.FirstWord, anchor.LastWord);
        if (distance <= MaxStatusDistance)
        {
            return true;
        }

        // Another instrument nearer to the verb takes it, unless a verb of its own stands nearer still ("the treaty
        // … came into force, after the two countries exchanged instruments of ratification").
        return sentence.Instruments.All(other => other == anchor
            || WordDistance.Between(status.FirstWord, status.LastWord, other.FirstWord, other.LastWord) >= distance
            || sentence.Statuses.Any(own => own != status && WordDistance.Between(own.FirstWord, own.LastWord, other.FirstWord, other.LastWord) < WordDistance.Between(status.FirstWord, status.LastWord, other.FirstWord, other.LastWord)));
    }

    /// <summary>
    /// "The pact follows a security agreement the two countries signed in 2023": another instrument stands between
    /// this one and the verb, and the verb is that one's, unless the two are listed together ("the treaty and the
    /// protocol were signed").
    /// </summary>
    private static bool NearerInstrumentBetween(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status) =>
        sentence.Instruments.Any(other => other != anchor
            && ((other.FirstWord > anchor.LastWord && other.LastWord < status.FirstWord && !Coordination.Listed(sentence, anchor.LastWord, other.FirstWord))
                || (other.LastWord < anchor.FirstWord && other.FirstWord > status.LastWord && !Coordination.Listed(sentence, other.LastWord, anchor.FirstWord))));

    /// <summary>
    /// "signed a plan of military cooperation for 2025, and also an intergovernmental agreement": an instrument
    /// joined by "and" to one the verb governs is signed too.
    /// </summary>
    public static bool SharesVerb(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        const int MaxCoordinationGap = 12;
        return sentence.Instruments.Any(first => first != anchor
            && first.FirstWord > status.LastWord && first.LastWord < anchor.FirstWord
            && anchor.FirstWord - first.LastWord <= MaxCoordinationGap
            && WordDistance.Between(status.FirstWord, status.LastWord, first.FirstWord, first.LastWord) <= MaxStatusDistance
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > first.LastWord && f.LastWord < anchor.FirstWord));
    }

    /// <summary>
    /// True when a company, and no state, stands before the verb: "Norwegian arms maker Nordvik said it had signed a
    /// contract with Romania's ministry", "La empresa aragonesa SAE y la compañía turca Kartal firmaron un memorando".
    /// </summary>
    public static bool HasCompanySubject(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> status) =>
        sentence.Cues.Any(c => c.Value == "company" && c.LastWord < status.FirstWord)
        && !sentence.Countries.Any(c => c.LastWord < status.FirstWord && !c.IsDemonym && !PartyFinder.IsDateline(sentence, c)
            && !sentence.Places.Any(p => p.FirstWord == c.FirstWord) && !IsPartner(sentence, c));

    /// <summary>
    /// True when the only state before the verb owns a company named right after it: "Brazil's Embraer said it had signed a
    /// contract with the Dutch defence ministry". The capitalised word after the possessive is no word of the lexicons, no
    /// state and no person's name.
    /// </summary>
    public static bool HasStateCompanySubject(SentenceAnalysis sentence, LanguageProfile language, LexiconMatch<AgreementStatus> status)
    {
        var words = sentence.Sentence;
        var before = sentence.Countries.Where(c => c.LastWord < status.FirstWord && !c.IsDemonym && !PartyFinder.IsDateline(sentence, c)
            && !sentence.Places.Any(p => p.FirstWord == c.FirstWord) && !IsPartner(sentence, c)).ToList();
        return before.Count > 0 && before.TrueForAll(c =>
        {
            var s = c.LastWord + 1;
            var name = c.LastWord + 2;
            return name < status.FirstWord && words.Gap(s) is [var apostrophe] && apostrophe is '\'' or '’' && words.Keys[s] == "s"
                && words.Words[name].IsCapitalized && words.Words[name].Kind == TokenKind.Word && !language.IsKnownWord(words.Keys[name])
                && !sentence.Countries.Any(o => o.FirstWord == name) && !sentence.People.Any(p => p.FirstWord <= name && p.LastWord >= name);
        });
    }

    /// <summary>A state introduced by "with" (before it, or after it in Turkish and Kazakh: "Endonezya Savunma Bakanlığı
    /// ile") is the other side, not the one that signs.</summary>
    private static bool IsPartner(SentenceAnalysis sentence, Recognizers.Countries.CountryMention country)
    {
        const int MaxGap = 3;
        return sentence.FunctionWords.Any(f => f.Value == FunctionRole.With
            && ((f.LastWord < country.FirstWord && country.FirstWord - f.LastWord <= MaxGap)
                || (f.FirstWord > country.LastWord && f.FirstWord - country.LastWord <= MaxGap)));
    }

    /// <summary>True when the status verb is said of talks, not of the instrument.</summary>
    public static bool IsTalksVerb(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus> status)
    {
        // "talks on the programme had concluded": the instrument is only the topic of the talks, the verb is theirs. Talks
        // after the verb and set off by a comma are when it happens, not what it is said of ("deverá ser assinado em
        // março, durante a visita do ministro").
        var own = WordDistance.Between(status.FirstWord, status.LastWord, anchor.FirstWord, anchor.LastWord);
        return sentence.Cues.Any(c => c.Value == "talks"
            && (c.LastWord < status.FirstWord || (c.FirstWord > status.LastWord && sentence.Sentence.NoBreakBetween(status.LastWord, c.FirstWord)))
            && (WordDistance.Between(c.FirstWord, c.LastWord, status.FirstWord, status.LastWord) < own
                || (c.LastWord < anchor.FirstWord && anchor.FirstWord - c.LastWord <= 3 && status.FirstWord > anchor.LastWord))
            && !(c.LastWord < status.FirstWord && SubjectBetween(sentence, c.LastWord, status.FirstWord)));
    }

    /// <summary>"After their talks the two leaders signed …": the two sides (countries, leaders, ministers) between the
    /// talks and the verb are its subject. A state or a person there is not enough: "talks with Iran concluded".</summary>
    private static bool SubjectBetween(SentenceAnalysis sentence, int after, int before) =>
        sentence.FunctionWords.Any(f => f.Value is FunctionRole.Both && f.FirstWord > after && f.LastWord < before);
}
