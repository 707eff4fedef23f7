using Pacta.Core.Model;
using Pacta.Core.Languages;

namespace Pacta.Core.Extraction;

/// <summary>
/// Joins the mentions of one document into instruments: same parties, compatible kinds, and dates and steps that
/// fit one life (signed in June, in force in December). A planned instrument is never the one that ends; steps
/// more than a year apart, different kinds or different dates at the same step make different instruments.
/// Mentions that report no step only add evidence to an instrument of the same parties.
/// </summary>
internal static class MentionConsolidator
{
    private const int MaxDaysBetweenSteps = 400;

    /// <summary>Words before an instrument noun that opens its sentence ("El acuerdo", "The new agreement").</summary>
    private const int MaxWordsBeforeAnOpeningNoun = 2;

    public static List<InstrumentGroup> Consolidate(IEnumerable<Candidate> candidates, DateOnly? published)
    {
        var groups = new List<InstrumentGroup>();
        var pending = new List<Candidate>();
        var supporting = new List<Candidate>();
        var all = candidates.ToList();
        foreach (var told in all)
        {
            var candidate = IsApprovalBeforeSigning(told, all) ? told with { Status = AgreementStatus.Planned } : told;
            if (candidate.Status is null)
            {
                pending.Add(candidate);
                continue;
            }

            if (candidate.SupportOnly)
            {
                supporting.Add(candidate);
                continue;
            }

            // A mention about another field (the gas protocol signed the same day) joins an instrument only at the
            // same step, so it never moves a defense instrument's status.
            var home = candidate.IsAnother ? null : groups.FirstOrDefault(g => g.PartyKey == candidate.PartyKey && Fits(g, candidate, published)
                && (candidate.Domain != DomainClass.Other || g.Status == candidate.Status))
                ?? (candidate.IsReference || candidate.PartySource == PartySource.ClauseAndDiscourse || candidate.Anchor.FirstWord <= OpeningWords
                    ? SignatureOfTheOnlyInstrument(groups, candidate)
                    : null);
            if (home is null)
            {
                groups.Add(new InstrumentGroup(candidate));
            }
            else
            {
                home.Mentions.Add(candidate);
            }
        }

        foreach (var candidate in supporting)
        {
            // An earlier or the same step only: a clause that names no side cannot move an instrument on.
            var home = groups.FirstOrDefault(g => g.PartyKey == candidate.PartyKey && g.Status is { } step
                && (InstrumentGroup.Rank(candidate.Status!.Value) <= InstrumentGroup.Rank(step) || SignedBeforeARatificationToCome(g, candidate))
                && Fits(g, candidate, published))
                ?? SignatureOfTheOnlyInstrument(groups, candidate);
            if (home is not null)
            {
                home.Mentions.Add(candidate);
            }
            else if (IsOwnPlanToCome(groups, candidate, published))
            {
                // "o novo Programa-Quadro … deverá ser assinado em março" beside the agreement ratified today: a plan of
                // another kind, due after the news, is no step of the pair's instrument.
                groups.Add(new InstrumentGroup(candidate));
            }
            else if (candidate.Kind == AgreementKind.Contract)
            {
                // "Hyundai Rotem separately signed a contract with the Polish Armament Agency in August": a contract whose
                // clause names neither government is a company's order, not an earlier instrument of the pair.
                continue;
            }
            else if (IsDatedEarlierInstrument(candidate, published) || IsEarlierOfAPairInTheNews(groups, candidate, published)
                || NamedBeforeWithoutAStep(pending, candidate))
            {
                // "заменит межправительственное соглашение 1994 года", "Раніше, у 2023 році, країни підписали
                // меморандум": an instrument of the pair in focus with a date of its own, years before the news.
                groups.Add(new InstrumentGroup(candidate));
            }
        }

        foreach (var candidate in pending)
        {
            var home = groups.FirstOrDefault(g => g.PartyKey == candidate.PartyKey && KindsFit(g.Kind, candidate))
                ?? groups.FirstOrDefault(g => g.PartyKey == candidate.PartyKey);
            home?.Mentions.Add(candidate);
        }

        return groups;
    }

    private static bool Fits(InstrumentGroup group, Candidate candidate, DateOnly? published)
    {
        if (!KindsFit(group.Kind, candidate) && !OnlyOneIsInTheHeadline(group, candidate) && !RetoldRightAfter(group, candidate))
        {
            return false;
        }

        if (TookEffectYearsBeforeAnUndatedSigning(group, candidate, published))
        {
            return false;
        }

        foreach (var mention in group.Mentions.Where(m => m.Status is not null))
        {
            var a = mention.Status!.Value;
            var b = candidate.Status!.Value;
            if (a == b && a == AgreementStatus.Planned)
            {
                // One plan of the same sides at a time: a date beside a later mention of it is when the text was
                // drafted or the talks held ("finalised the draft last week"), not another instrument's due date.
                continue;
            }

            if (a == b)
            {
                // Each side ratifies on its own day ("Lithuania had ratified it in January"): two ratifications months
                // apart are one instrument's.
                if (EffectiveDate(mention, candidate, published) is { } d1 && EffectiveDate(candidate, mention, published) is { } d2 && !d1.IsCompatibleWith(d2)
                    && !(a == AgreementStatus.Ratified && Math.Abs(d1.Start.DayNumber - d2.Start.DayNumber) <= MaxDaysBetweenSteps))
                {
                    return false;
                }

                continue;
            }

            if ((a == AgreementStatus.Planned && b == AgreementStatus.Terminated) || (b == AgreementStatus.Planned && a == AgreementStatus.Terminated))
            {
                return false;
            }

            if ((a, b) is (AgreementStatus.Planned, AgreementStatus.InForce) or (AgreementStatus.InForce, AgreementStatus.Planned))
            {
                // "will sign a new treaty … builds on the agreement signed in 2024, which entered into force this year":
                // what is to be signed is not what already took effect.
                return false;
            }

            if (RatificationToComeOfTheSigned(mention, candidate) || RatificationToComeOfTheSigned(candidate, mention))
            {
                // "внес на ратификацию соглашение … подписан 23 июня 2023 года": the signing comes before the step to come,
                // whatever noun each names it by ("setzten ihre Unterschriften unter den Vertrag … Das Abkommen … muss
                // noch von den Parlamenten genehmigt werden").
                continue;
            }

            if (IsLaterPlanOfAnotherKind(mention, candidate) || IsLaterPlanOfAnotherKind(candidate, mention))
            {
                return false;
            }

            if (IsPlanBesideAnOldSigning(a, b, a == AgreementStatus.Signed ? mention : candidate, a == AgreementStatus.Signed ? candidate : mention, published))
            {
                return false;
            }

            if (IsPlanToComeBesideADoneSigning(a, b, a == AgreementStatus.Signed ? mention : candidate, a == AgreementStatus.Signed ? candidate : mention, published))
            {
                return false;
            }

            // Ending an instrument says it was signed before, however long ago.
            var endsSigned = (a, b) is (AgreementStatus.Terminated, AgreementStatus.Signed) or (AgreementStatus.Signed, AgreementStatus.Terminated);
            // A treaty may wait years for its ratification: "aprobó el acuerdo … El acuerdo fue suscrito en Santiago en agosto
            // de 2023", the instrument opening the next sentence, is the one just ratified when it is not yet told signed.
            var takesEffect = (a, b) is (AgreementStatus.Ratified or AgreementStatus.InForce, AgreementStatus.Signed) && SignatureOpeningTheNextSentence(group, candidate);
            var maxDays = takesEffect ? MaxYearsToTakeEffect * 365 : MaxDaysBetweenSteps;
            if (!endsSigned && EffectiveDate(mention, candidate, published) is { } earlier && EffectiveDate(candidate, mention, published) is { } later)
            {
                var (first, second) = InstrumentGroup.Rank(a) < InstrumentGroup.Rank(b) ? (earlier, later) : (later, earlier);
                if (first.Start > second.End || second.Start.DayNumber - first.End.DayNumber > maxDays)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The date a mention is about, for telling steps apart: its own, or for an undated headline or lead ("Ghana's
    /// parliament ratifies U.S. defence pact") the year of publication, since a headline reports the news. Against a
    /// date in the year before publication it stays undated: news published on 5 January reports a signing "on
    /// Tuesday", 31 December, in the year before.
    /// </summary>
    private static PartialDate? EffectiveDate(Candidate candidate, Candidate other, DateOnly? published) =>
        candidate.Date ?? (candidate.Sentence <= HeadlineAndLead && published is { } p && !(other.Date is { } recent && recent.End > p.AddYears(-1))
            ? PartialDate.OfYear(p.Year)
            : null);

    private const int HeadlineAndLead = 1;

    /// <summary>Days before publication after which a signing is no longer news.</summary>
    private const int SigningNewsDays = 31;

    /// <summary>A plan to sign in the news and a signing dated more than a month before it: the pair signed something
    /// earlier and now plans another ("wollen … ein Abkommen schließen" beside "hatten im vergangenen Jahr eine Erklärung
    /// unterzeichnet"); the plan would otherwise have been reported as done. A later step to come ("it will enter into
    /// force") is the signed instrument's own, and so is "the document" of a later sentence.</summary>
    private static bool IsPlanBesideAnOldSigning(AgreementStatus a, AgreementStatus b, Candidate signed, Candidate plan, DateOnly? published) =>
        (a, b) is (AgreementStatus.Planned, AgreementStatus.Signed) or (AgreementStatus.Signed, AgreementStatus.Planned)
        && !plan.IsReference && plan.StatusWord is null or { Value: AgreementStatus.Signed or AgreementStatus.Planned }
        && signed.Date is { } date && published is { } p && date.End.AddDays(SigningNewsDays) < p;

    /// <summary>"signed a letter of intent … the sides plan to conclude a full agreement in the summer": a plan told after
    /// a signing, in the body, of an instrument named by another noun, is the next instrument, not the one signed.</summary>
    private static bool IsLaterPlanOfAnotherKind(Candidate plan, Candidate signed) =>
        plan.Status == AgreementStatus.Planned && signed.Status == AgreementStatus.Signed && plan.Sentence > signed.Sentence
        && !plan.InHeadline && !signed.InHeadline && !plan.IsReference && !signed.IsReference && plan.Kind != signed.Kind;

    private static bool SignatureOpeningTheNextSentence(InstrumentGroup group, Candidate candidate) =>
        candidate.Status == AgreementStatus.Signed && candidate.AnchorWord <= MaxWordsBeforeAnOpeningNoun
        && group.Mentions.Exists(m => m.Status is AgreementStatus.Ratified or AgreementStatus.InForce && m.Sentence + 1 == candidate.Sentence)
        && !group.Mentions.Exists(m => m.Status == AgreementStatus.Signed);

    /// <summary>"will sign a mutual defence treaty on Monday …, after his cabinet approved the final text": the text of
    /// an instrument the same sentence says is still to be signed is approved on the way to the signing, not
    /// ratified.</summary>
    private static bool IsApprovalBeforeSigning(Candidate candidate, List<Candidate> all) =>
        candidate.Status == AgreementStatus.Ratified && candidate.IsReference
        && all.Exists(c => c != candidate && c.Sentence == candidate.Sentence && c.PartyKey == candidate.PartyKey && c.Status == AgreementStatus.Planned
            && c.StatusWord is { Value: AgreementStatus.Signed or AgreementStatus.Planned });

    /// <summary>"Marles and Teodoro signed a mutual logistics support arrangement … The two countries signed a visiting
    /// forces agreement in 2007, which entered into force in 2012": a step that took effect years before the news, by a
    /// verb of its own, is not that of an instrument told signed with no date (the news).</summary>
    private static bool TookEffectYearsBeforeAnUndatedSigning(InstrumentGroup group, Candidate candidate, DateOnly? published) =>
        candidate.Status is AgreementStatus.Ratified or AgreementStatus.InForce && candidate.StatusWord is not null && !candidate.IsReference
        && candidate.Date is { } date && published is { } p && date.End.AddYears(1) < p
        && group.Mentions.TrueForAll(m => m.Status is null or AgreementStatus.Signed && m.Date is null)
        && group.Mentions.Exists(m => m.Status == AgreementStatus.Signed && !m.IsReference);

    /// <summary>A plan due after the news beside a signing done by then ("ont signé lundi un accord … doivent par ailleurs
    /// signer d'ici la fin de l'année une feuille de route"): what is still to be signed is not what was signed.</summary>
    private static bool IsPlanToComeBesideADoneSigning(AgreementStatus a, AgreementStatus b, Candidate signed, Candidate plan, DateOnly? published) =>
        (a, b) is (AgreementStatus.Planned, AgreementStatus.Signed) or (AgreementStatus.Signed, AgreementStatus.Planned)
        && !plan.IsReference && plan.StatusWord is null or { Value: AgreementStatus.Signed or AgreementStatus.Planned }
        && plan.Date is { } due && signed.Date is { } done && published is { } p && due.End > p && done.End <= p;

    /// <summary>A planned mention that names no side, of a kind no instrument of the pair has, due after the news: the
    /// pair's next instrument, not a step of one told before.</summary>
    private static bool IsOwnPlanToCome(List<InstrumentGroup> groups, Candidate candidate, DateOnly? published) =>
        candidate.Status == AgreementStatus.Planned && !candidate.IsReference && !candidate.Anchor.Value.IsPlural
        && candidate.Kind != AgreementKind.Other && candidate.Date is { } due && published is { } p && due.Start > p
        && groups.Exists(g => g.PartyKey == candidate.PartyKey) && !groups.Exists(g => g.PartyKey == candidate.PartyKey && KindsFit(g.Kind, candidate));

    /// <summary>"внес на ратификацию соглашение … Документ был подписан в Бамако 23 июня 2023 года": the signing of an
    /// instrument whose ratification or entry into force is still to come is that instrument's.</summary>
    private static bool SignedBeforeARatificationToCome(InstrumentGroup group, Candidate candidate) =>
        candidate.Status == AgreementStatus.Signed && group.Status == AgreementStatus.Planned
        && group.Mentions.All(m => m.Status is null || m.StatusWord is { Value: AgreementStatus.Ratified or AgreementStatus.InForce });

    /// <summary>A ratification or entry into force still to come (planned, by its step word), beside a signing.</summary>
    private static bool RatificationToComeOfTheSigned(Candidate toCome, Candidate signed) =>
        toCome.Status == AgreementStatus.Planned && toCome.StatusWord is { Value: AgreementStatus.Ratified or AgreementStatus.InForce }
        && signed.Status == AgreementStatus.Signed;

    /// <summary>An instrument noun this near the start of its sentence is its topic, the one just told ("Угоду підписали
    /// Президент України … та прем'єр-міністр Португалії … 27 червня 2024 року", "The agreement was signed by …"), though
    /// the signers name both sides.</summary>
    private const int OpeningWords = 1;

    /// <summary>Years a treaty may wait between its signature and its ratification or entry into force.</summary>
    private const int MaxYearsToTakeEffect = 10;

    /// <summary>
    /// "È entrato in vigore il trattato … Il trattato era stato sottoscritto a Roma … il 26 novembre 2021", "Документ
    /// підписали в Оттаві у вересні 2023 року": a signing told of the same kind of instrument (or of "the document"), in
    /// a clause that names no side, before the only instrument of the pair, which was ratified or took effect within a
    /// few years, is that instrument's signature. A clause that names one side only ("Anlaşma, 12 Ekim 2023'te Kuveyt'te
    /// … imzalanmıştı") tells of the pair in focus just as well.
    /// </summary>
    private static InstrumentGroup? SignatureOfTheOnlyInstrument(List<InstrumentGroup> groups, Candidate candidate)
    {
        var ofThePair = groups.Where(g => g.PartyKey == candidate.PartyKey).Take(2).ToList();
        if (ofThePair.Count != 1 || ofThePair[0] is not { Status: AgreementStatus.Ratified or AgreementStatus.InForce } group
            || candidate.Status is not AgreementStatus.Signed || (!candidate.IsReference && candidate.Kind != group.Kind)
            || candidate.Date is not { } signed || group.Lead.Date is not { } step || group.DateOf(AgreementStatus.Signed) is not null)
        {
            return null;
        }

        return signed.End <= step.Start && signed.End.AddYears(MaxYearsToTakeEffect) >= step.Start ? group : null;
    }

    /// <summary>Signed before the news, by the pair the news is about, and no step of theirs fits it ("аналогичный план
    /// на текущий год был подписан в декабре прошлого года" beside a plan they will sign; "the deal follows a 2023
    /// security agreement" beside a treaty signed on Thursday): an earlier instrument of theirs.</summary>
    private static bool IsEarlierOfAPairInTheNews(List<InstrumentGroup> groups, Candidate candidate, DateOnly? published) =>
        candidate.Status is AgreementStatus.Signed && candidate.Date is { } date && published is { } p && date.End < p
        && groups.Exists(g => g.PartyKey == candidate.PartyKey);

    /// <summary>"Наш договор о стратегическом партнерстве не предусматривает … Договор был подписан в январе и вступил в
    /// силу в октябре": the step of an instrument of the same kind that the sentence just before named without a
    /// step.</summary>
    private static bool NamedBeforeWithoutAStep(List<Candidate> pending, Candidate candidate) =>
        candidate.StatusWord is not null && !candidate.IsReference
        && candidate.Kind != AgreementKind.Other
        && pending.Exists(p => p.PartyKey == candidate.PartyKey && p.Sentence == candidate.Sentence - 1 && !p.IsReference && p.Kind == candidate.Kind);

    /// <summary>Signed, ratified, in force or ended by a verb of its own, and named with a date years before the news
    /// ("соглашение 2007 года, которое утратило силу", "sostituirà l'accordo … firmato nel 2010 ed entrato in vigore nel
    /// 2012").</summary>
    private static bool IsDatedEarlierInstrument(Candidate candidate, DateOnly? published) =>
        candidate.Status is not (null or AgreementStatus.Planned) && candidate.StatusWord is not null
        && candidate.Date is { } date && published is { } p && date.End.AddYears(1) < p;

    /// <summary>A headline names an instrument loosely ("Philippines, Vietnam to sign coast guard pact" for a
    /// memorandum): its noun does not tell one instrument from another of the body.</summary>
    private static bool OnlyOneIsInTheHeadline(InstrumentGroup group, Candidate candidate) =>
        candidate.InHeadline != group.Mentions.All(m => m.InHeadline);

    /// <summary>Words at most before the generic noun that opens a sentence retelling an instrument ("The agreement,").</summary>
    private const int MaxOpeningWords = 2;

    /// <summary>
    /// "… signed a memorandum of understanding on maritime cooperation on Thursday. The agreement, signed in Manila by
    /// …, provides for hotlines": "the agreement" that opens the very next sentence, of the same sides, with no date of
    /// its own and the same step, is the instrument just told, whatever noun it was told with.
    /// </summary>
    private static bool RetoldRightAfter(InstrumentGroup group, Candidate candidate) =>
        candidate is { Date: null, IsAnother: false, Kind: AgreementKind.Agreement }
        && candidate.AnchorWord <= MaxOpeningWords
        && group.Mentions[^1] is var last && last.Sentence == candidate.Sentence - 1 && last.Status == candidate.Status;

    /// <remarks>"Agreement" also names a treaty or a government-to-government contract: "signed a $1 billion agreement …
    /// The government-to-government contract was signed under the US Foreign Military Sales rules" is one instrument.</remarks>
    private static bool KindsFit(AgreementKind kind, Candidate candidate) =>
        candidate.IsReference || candidate.Kind == kind || candidate.Kind == AgreementKind.Other || kind == AgreementKind.Other
        || (candidate.Kind, kind) is (AgreementKind.Agreement, AgreementKind.Treaty) or (AgreementKind.Treaty, AgreementKind.Agreement)
            or (AgreementKind.Agreement, AgreementKind.Contract) or (AgreementKind.Contract, AgreementKind.Agreement);
}
