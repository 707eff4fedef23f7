using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;

namespace Pacta.Core.Extraction;

/// <summary>
/// Turns one consolidated instrument into an <see cref="AgreementMention"/>: the newest step and its date, the
/// place and signers of the signature, the sentences as evidence, and a confidence from how the pieces were found.
/// </summary>
internal static class AgreementBuilder
{
    public static AgreementMention Build(DocumentAnalysis analysis, InstrumentGroup group, bool isMain)
    {
        var lead = group.Lead;
        var status = lead.Status!.Value;
        var sentences = analysis.Sentences;
        var fields = new List<FieldEvidence>();
        var text = analysis.Document.Text;

        var parties = group.Parties.OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        foreach (var mention in group.Mentions)
        {
            foreach (var country in sentences[mention.Sentence].Countries.Where(c => parties.Contains(c.Code)))
            {
                fields.Add(new FieldEvidence("parties", country.Code.Value, country.Span, country.Text));
            }
        }

        if (lead.StatusWord is { } statusWord)
        {
            var span = sentences[lead.Sentence].Sentence.SpanOf(statusWord.FirstWord, statusWord.LastWord);
            fields.Add(new FieldEvidence("status", status.ToGold(), span, span.Slice(text)));
        }

        var anchorSpan = sentences[lead.Sentence].Sentence.SpanOf(lead.Anchor.FirstWord, lead.Anchor.LastWord);
        fields.Add(new FieldEvidence("kind", group.Kind.ToGold(), anchorSpan, anchorSpan.Slice(text)));

        var dated = lead.Date is not null ? lead : group.Mentions.FirstOrDefault(m => m.Status == status && m.Date is not null);
        if (status == AgreementStatus.Planned && analysis.Document.Published is { } published && dated?.Date is { } due && due.End < published.AddDays(-1))
        {
            // "подпишут соглашение в ходе визита … Соглашение было парафировано еще в 2023 году": a plan is dated by when it
            // is due; a date already past tells an earlier step of the drafting.
            dated = group.Mentions.FirstOrDefault(m => m.Status == status && m.Date is { } ahead && ahead.End >= published.AddDays(-1));
        }
        else if (status == AgreementStatus.Planned && analysis.Document.Published is { } today && dated?.Date is { } told && told.Start <= today
            && group.Mentions.FirstOrDefault(m => m.Status == status && m.Date is { } ahead && ahead.Start > today) is { } dueLater)
        {
            // "на прошлой неделе парафировали … подписание документа запланировано на апрель": the month of a step already
            // taken holds the page's day; a date wholly ahead, told of the same plan, is when it is due.
            dated = dueLater;
        }

        dated = Refined(group, status, dated);
        dated = RetoldLater(analysis, status, dated);
        var date = dated?.Date ?? group.Mentions.FirstOrDefault(m => m.Status == status && m.FiledDate is not null)?.FiledDate;
        var dateMention = dated?.DateMention;
        if (date is not null && dateMention is not null)
        {
            fields.Add(new FieldEvidence("date", date.Value.ToString(), dateMention.Span, dateMention.Text));
        }

        string? place = null;
        var signatories = new List<string>();
        if (status != AgreementStatus.Planned)
        {
            place = FindPlace(analysis, group, fields);
            signatories = FindSignatories(analysis, group, parties, isMain, fields);
        }

        var domain = group.Mentions.Select(m => m.Domain).FirstOrDefault(d => d is DomainClass.Defense or DomainClass.Security) == DomainClass.Security
            ? AgreementDomain.Security
            : AgreementDomain.Defense;

        var evidence = group.Mentions
            .Select(m => m.Sentence)
            .Distinct()
            .Order()
            .Select(i => new Evidence(analysis.Document.Id, sentences[i].Sentence.Span, sentences[i].Sentence.Quote))
            .ToList();

        return new AgreementMention(
            analysis.Document.Id,
            parties,
            date,
            status,
            group.Kind,
            domain,
            place,
            signatories,
            Confidence(group, date),
            evidence,
            fields);
    }

    /// <summary>
    /// Where the instrument was signed: first a place in the same clause as a signing verb ("signed the document in
    /// Seoul"), in any of its mentions; else the place nearest the verb or the instrument word in the first mention
    /// that has one. A place a comma away belongs to another clause ("signed on Monday, the bloc's second deal in
    /// Asia, as concern grows in Brussels").
    /// </summary>
    private static string? FindPlace(DocumentAnalysis analysis, InstrumentGroup group, List<FieldEvidence> fields)
    {
        // A mention of a later step's own event ("signed the protocol on the exchange of instruments of ratification in
        // Baku") tells where that event was held, not where the instrument was signed.
        // So does an ending, announced where the side that ends it sits ("said in Niamey it was terminating the
        // agreement"); only a signing verb beside it names the place of signature.
        var mentions = group.Mentions.Where(m => m.Anchor.Value.Step is null).ToList();
        var signing = mentions.Where(m => m.Status is AgreementStatus.Signed).Concat(mentions.Where(m => m.Status is not AgreementStatus.Terminated)).ToList();
        // "avec l'Allemagne, signé à Aix-la-Chapelle …, et avec l'Italie, … signé à Rome": each partner's own city.
        var place = signing.FirstOrDefault(m => m.Status is AgreementStatus.Signed && m.OwnPlace is not null)?.OwnPlace;
        place ??= signing
            .Where(m => m.StatusWord is not null)
            .Select(m => analysis.Sentences[m.Sentence].Places
                .Where(p => ClauseReader.OneClause(analysis.Sentences[m.Sentence], m.StatusWord!.LastWord, p.FirstWord))
                .OrderBy(p => Math.Abs(p.FirstWord - m.StatusWord!.FirstWord))
                .FirstOrDefault())
            .FirstOrDefault(p => p is not null);
        // "aprobó el Acuerdo …, firmado en Tapachula en octubre": the signing verb after the instrument in a mention of
        // a later step.
        place ??= mentions
            .Select(m => SigningVerbAfter(analysis.Sentences[m.Sentence], m) is { } signed
                ? analysis.Sentences[m.Sentence].Places
                    .Where(p => p.FirstWord > signed.LastWord && ClauseReader.OneClause(analysis.Sentences[m.Sentence], signed.LastWord, p.FirstWord))
                    .OrderBy(p => p.FirstWord).FirstOrDefault()
                : null)
            .FirstOrDefault(p => p is not null);
        // Without a signing verb beside it, a mention of another step names where the instrument was signed only by a
        // city the gazetteer knows: "suspended the agreement … in protest at the war in Gaza" names none.
        place ??= signing
            .Select(m => analysis.Sentences[m.Sentence].Places
                .Where(p => p.Country is not null || (m.Status is AgreementStatus.Signed && !OtherClauseOfAnEarlierSigning(analysis, group, m, p)))
                .OrderBy(p => Math.Abs(p.FirstWord - (m.StatusWord?.FirstWord ?? m.AnchorWord))).FirstOrDefault())
            .FirstOrDefault(p => p is not null);
        // "X hosted Y in Jakarta on Wednesday. After their talks the two leaders signed …": the meeting's place.
        place ??= signing
            .Where(m => m.Status is AgreementStatus.Signed)
            .Select(m => SentencePeople.PairMetIn(analysis, m.Sentence) is { } met && analysis.Sentences[met].Places is [var only] ? only : null)
            .FirstOrDefault(p => p is not null);
        place ??= SignedThisWeek(group, analysis.Document.Published) ? DatelineCity.Of(analysis) : null;
        if (place is null)
        {
            return null;
        }

        place = CityOf(analysis.Sentences[place.Sentence], place);
        if (place.Country is null && InTheCapital(analysis.Sentences[place.Sentence], place) && DatelineCity.Of(analysis) is { } filedFrom)
        {
            // "at Parliament House in the capital", filed from Port Moresby: the capital the story was filed from.
            place = filedFrom;
        }
        else if (place.Country is { } state && DatelineCity.Of(analysis) is { Country: { } filedIn } dateline && filedIn == state
            && dateline.Name != place.Name && !place.Span.Slice(analysis.Document.Text).Contains(place.Name, StringComparison.Ordinal))
        {
            // "dans la capitale ivoirienne", filed from Abidjan: of a state with two capitals (Abidjan and Yamoussoukro, La
            // Paz and Sucre), the one the story was filed from, when the text does not name the city.
            place = dateline;
        }
        else if (place.Country is null && DatelineCity.FormOf(analysis, place.Name) is { } filedAt)
        {
            // "у Нью-Йорку", filed from "Нью-Йорк, 24 вересня": the dateline names the town in its dictionary form.
            place = place with { Name = filedAt };
        }

        fields.Add(new FieldEvidence("place", place.Name, place.Span, place.Span.Slice(analysis.Document.Text)));
        return place.Name;
    }

    /// <summary>"The agreement, first signed in 2021, allows soldiers to be based at Nanyuki", "підписану минулого року,
    /// виконують …, зазначили в Офісі президента": a town the gazetteer does not know, in another clause than the verb
    /// of a signing that is not the news, is no place of signing.</summary>
    private static bool OtherClauseOfAnEarlierSigning(DocumentAnalysis analysis, InstrumentGroup group, Candidate mention, PlaceMention place) =>
        (group.Status is not AgreementStatus.Signed || IsOldNews(mention, analysis.Document.Published)) && mention.StatusWord is { } verb
        && !ClauseReader.OneClause(analysis.Sentences[mention.Sentence], verb.LastWord, place.FirstWord);

    /// <summary>A step dated more than a month before the news ("signed last year"): told in passing.</summary>
    private static bool IsOldNews(Candidate mention, DateOnly? published)
    {
        const int MaxNewsDays = 31;
        return mention.Date is { } date && published is { } p && date.End.AddDays(MaxNewsDays) < p;
    }

    /// <summary>A signing verb after the instrument word of a mention of another step: "ratified the agreement, signed in
    /// Tapachula".</summary>
    private static LexiconMatch<AgreementStatus>? SigningVerbAfter(SentenceAnalysis sentence, Candidate mention) =>
        mention.Status is AgreementStatus.Signed ? null
            : sentence.Statuses.FirstOrDefault(s => s.Value == AgreementStatus.Signed && s.FirstWord > mention.AnchorWord);

    /// <summary>A building or site followed by "in the capital" and no state: "at Parliament House in the capital".</summary>
    private static bool InTheCapital(SentenceAnalysis sentence, PlaceMention place)
    {
        const int MaxGap = 3;
        foreach (var function in sentence.FunctionWords)
        {
            if (function.Value == FunctionRole.CapitalCity && function.FirstWord > place.LastWord && function.FirstWord - place.LastWord <= MaxGap
                && ClauseReader.OneClause(sentence, place.LastWord, function.FirstWord)
                && (function.LastWord + 1 >= sentence.Sentence.Count || sentence.Sentence.BreakBefore(function.LastWord + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>News of a signing in the days before publication, filed from a capital, with no place named: the
    /// ceremony was where the story was filed ("ANKARA (AA) - … protokol, dün Milli Savunma Bakanlığında düzenlenen
    /// törenle imzalandı").</summary>
    private static bool SignedThisWeek(InstrumentGroup group, DateOnly? published)
    {
        const int MaxDaysBefore = 7;
        // A lead step dated only by the dateline ("ГААГА, 24 червня /Укрінформ/. … підписали меморандум") was signed the
        // day the story was filed.
        var signed = group.Lead.Date ?? group.Mentions.FirstOrDefault(m => m.Status is AgreementStatus.Signed && m.FiledDate is not null)?.FiledDate;
        return group.Lead.Status is AgreementStatus.Signed && signed is { Precision: DatePrecision.Day } date && published is { } p
            && date.Start <= p && p.DayNumber - date.Start.DayNumber <= MaxDaysBefore;
    }

    /// <summary>"at Parliament House in Canberra", "au palais de Carthage à Tunis", "at Al-Yamamah Palace in the Saudi
    /// capital": a building or site the gazetteer does not know, followed by a known city, is in that city.</summary>
    private static PlaceMention CityOf(SentenceAnalysis sentence, PlaceMention place)
    {
        const int MaxGap = 3;
        return place.Country is null
            ? sentence.Places.FirstOrDefault(p => p.Country is not null && p.FirstWord > place.LastWord && p.FirstWord - place.LastWord <= MaxGap
                && ClauseReader.OneClause(sentence, place.LastWord, p.FirstWord)) ?? place
            : place;
    }

    /// <summary>
    /// In a sentence that tells a later step and names the signature only in a participle after the instrument
    /// ("Мишустин подписал постановление о прекращении действия соглашения …, заключенного в Хельсинки в 1994 году"),
    /// only people after that participle signed; the one before enacted the later step.
    /// </summary>
    private static bool OfTheSignature(DocumentAnalysis analysis, InstrumentGroup group, List<Candidate> signing, PersonMention person) =>
        group.Lead.Status is AgreementStatus.Signed
        || signing.Any(m => m.Sentence == person.Sentence && (m.Status is AgreementStatus.Signed
            || analysis.Sentences[m.Sentence].Statuses.Any(s => s.Value == AgreementStatus.Signed && s.FirstWord > m.AnchorWord && s.FirstWord < person.FirstWord)));

    /// <summary>
    /// Signers: people with titles in the signing sentences, at most one per party; for the document's main
    /// instrument, also the officials of each party named in the neighbouring sentences of the same paragraphs.
    /// </summary>
    private static List<string> FindSignatories(DocumentAnalysis analysis, InstrumentGroup group, List<PartyCode> parties, bool isMain, List<FieldEvidence> fields)
    {
        var chosen = new Dictionary<PartyCode, PersonMention>();
        // For a later step (ratified, in force, ended), the people of that step's sentences announce, enact or end it
        // ("Токаев подписал закон о денонсации соглашения"): only the sentences of its signature name its signers,
        // a mention signed or one with a signing verb after the instrument ("aprovou o acordo …, assinado em Bruxelas
        // pelo primeiro-ministro …").
        var signing = group.Lead.Status is AgreementStatus.Signed
            ? group.Mentions
            : group.Mentions.Where(m => m.Anchor.Value.Step is null && (m.Status is AgreementStatus.Signed
                || analysis.Sentences[m.Sentence].Statuses.Any(s => s.Value == AgreementStatus.Signed && s.FirstWord > m.AnchorWord))).ToList();
        var sentences = signing.Select(m => m.Sentence).Concat(signing.Select(m => m.Sentence + 1).Where(i => SignedByItNext(analysis, i))).Distinct().Order().ToList();
        foreach (var person in SignedByFirst(analysis, sentences))
        {
            if (person.Nationality is { } code && parties.Contains(code) && !chosen.ContainsKey(code) && OfTheSignature(analysis, group, signing, person))
            {
                chosen[code] = person;
            }
        }

        // The side left is first looked for beside the signers ("Defense Secretary Gilberto Teodoro and Japanese Foreign
        // Minister Yoko Kamikawa signed"), before officials of the paragraphs around, who may only have witnessed it.
        if (chosen.Count == parties.Count - 1 && SignerForTheSideLeft(analysis, chosen) is { } beside)
        {
            chosen[parties.First(p => !chosen.ContainsKey(p))] = beside;
        }

        if (isMain && chosen.Count < parties.Count && group.Lead.Status is AgreementStatus.Signed)
        {
            var paragraph = analysis.Sentences[group.Lead.Sentence].Paragraph;
            foreach (var sentence in analysis.Sentences.Where(s => s.Paragraph >= paragraph && s.Paragraph <= paragraph + 2))
            {
                foreach (var person in sentence.People)
                {
                    if (person.Nationality is { } code && parties.Contains(code) && !chosen.ContainsKey(code) && IsOfficial(person.Role)
                        && !SentencePeople.IsWitness(sentence, person, analysis.Language.Settings.Postpositional))
                    {
                        chosen[code] = person;
                    }
                }
            }
        }

        if (chosen.Count == parties.Count - 1 && SignerForTheSideLeft(analysis, chosen) is { } other)
        {
            chosen[parties.First(p => !chosen.ContainsKey(p))] = other;
        }
        else if (chosen.Count < parties.Count && OneSignerPerSide(analysis, [.. sentences, .. SigningToldNext(analysis, sentences)], parties, chosen) is { } signers)
        {
            // Each signer of a known state for it, the others for the sides left (signatories are a set: which signed
            // for which does not matter).
            var left = new Queue<PartyCode>(parties.Where(p => !signers.Any(s => s.Nationality == p)));
            chosen.Clear();
            foreach (var signer in signers)
            {
                chosen[signer.Nationality is { } code ? code : left.Dequeue()] = signer;
            }
        }

        // Only where the instrument is named and its signing told: "Соответствующее постановление подписал премьер-министр
        // …, документ опубликован" signs a decree, which "the document" stands for, and a head of state who signs the law
        // ratifying an agreement does not sign the agreement.
        if (chosen.Count == 0 && LoneSigner(analysis, signing.Where(m => !m.IsReference && m.Status is AgreementStatus.Signed).Select(m => m.Sentence).Distinct()) is { } lone)
        {
            chosen[parties[0]] = lone;
        }

        var all = chosen.Values.Concat(CoSigners(analysis, chosen.Values.ToList())).ToList();
        foreach (var person in all)
        {
            fields.Add(new FieldEvidence("signatories", person.Name, person.Span, person.Name));
        }

        return all.OrderBy(p => p.Span.Start).Select(p => p.Name).ToList();
    }

    /// <summary>"… signed a Strategic Mutual Defence Agreement in Riyadh. It was signed by Crown Prince … Mohammed bin Salman and
    /// Pakistani Prime Minister Shehbaz Sharif": the sentence after, in the same paragraph, that names no instrument and
    /// opens with "it" told signed, names the signers of the instrument just told.</summary>
    private static bool SignedByItNext(DocumentAnalysis analysis, int index) =>
        SignsOnFromTheOneBefore(analysis, index) && analysis.Sentences[index].FunctionWords.Any(f => f.Value == FunctionRole.PronounIt && f.FirstWord == 0);

    /// <summary>The sentence at <paramref name="index"/> goes on from the one before it, in its paragraph, with a signing
    /// verb and no instrument of its own.</summary>
    private static bool SignsOnFromTheOneBefore(DocumentAnalysis analysis, int index) =>
        index > 0 && index < analysis.Sentences.Count && analysis.Sentences[index] is var sentence
        && sentence.Paragraph == analysis.Sentences[index - 1].Paragraph && sentence.Instruments.Count == 0
        && sentence.Statuses.Any(s => s.Value == AgreementStatus.Signed);

    /// <summary>Words a title with its state may take between "by" and the name.</summary>
    private const int MaxTitleWords = 6;

    /// <summary>
    /// "signed by Japanese Foreign Minister Yoko Kamikawa, Defence Minister Minoru Kihara and Philippine Defence Secretary
    /// Gilberto Teodoro": an official listed after "signed by" between two signers of one sentence signs too, for one of
    /// the sides (one who stands after the last signer may be a witness).
    /// </summary>
    private static IEnumerable<PersonMention> CoSigners(DocumentAnalysis analysis, List<PersonMention> chosen)
    {
        foreach (var group in chosen.GroupBy(p => p.Sentence))
        {
            var sentence = analysis.Sentences[group.Key];
            var first = group.Min(p => p.FirstWord);
            var last = group.Max(p => p.FirstWord);
            if (group.Count() < 2 || !sentence.FunctionWords.Any(f => f.Value == FunctionRole.By && f.LastWord < first && first - f.LastWord <= MaxTitleWords))
            {
                continue;
            }

            foreach (var person in sentence.People)
            {
                if (person.FirstWord > first && person.FirstWord < last && !chosen.Contains(person)
                    && MaySign(person.Role) && person.Name.Contains(' '))
                {
                    yield return person;
                }
            }
        }
    }

    /// <summary>
    /// The people of the signing sentences, those named after "signed by" first: "The MoU was signed by Indian Defence
    /// Secretary X and Indonesia's Vice Defence Minister Y" names the signers, "as Indonesian President Z made his
    /// first state visit" in the sentence before does not.
    /// </summary>
    private static List<PersonMention> SignedByFirst(DocumentAnalysis analysis, List<int> sentences)
    {
        var agents = new List<PersonMention>();
        var others = new List<PersonMention>();
        foreach (var index in sentences)
        {
            var sentence = analysis.Sentences[index];
            var by = SignedByWord(sentence);
            foreach (var person in SentencePeople.Of(analysis, index).Where(p => !IsSpeaker(sentence, p)))
            {
                (by is { } word && person.FirstWord > word ? agents : others).Add(person);
            }
        }

        agents.AddRange(others);
        return agents;
    }

    /// <summary>The word "by" after a signing verb in its clause, past the place and date told between them ("firmado en
    /// Nuakchot en julio de 2024 por …"), or null.</summary>
    private static int? AgentWord(SentenceAnalysis sentence)
    {
        const int MaxGap = 8;
        foreach (var status in sentence.Statuses.Where(s => s.Value == AgreementStatus.Signed))
        {
            if (sentence.FunctionWords.FirstOrDefault(f => f.Value == FunctionRole.By && f.FirstWord > status.LastWord
                    && f.FirstWord - status.LastWord <= MaxGap && ClauseReader.OneClause(sentence, status.LastWord, f.FirstWord)) is { } by)
            {
                return by.LastWord;
            }
        }

        return null;
    }

    /// <summary>The word "by" next to a signing verb ("signed by", "assinado pelo", "von … unterzeichnet"), or null.</summary>
    private static int? SignedByWord(SentenceAnalysis sentence)
    {
        const int MaxGap = 3;
        foreach (var function in sentence.FunctionWords)
        {
            if (function.Value != FunctionRole.By)
            {
                continue;
            }

            foreach (var status in sentence.Statuses)
            {
                if (status.Value == AgreementStatus.Signed && function.FirstWord > status.LastWord && function.FirstWord - status.LastWord <= MaxGap)
                {
                    return function.LastWord;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The one official whose state no word names, in a sentence with a signer of another side: he signs for the side
    /// left ("Defence Minister Boris Pistorius and his Canadian counterpart David McGuinty", "by the foreign minister,
    /// X, and the French ambassador, Y"). Two such officials leave it open (one may be a witness), and so does a
    /// one-word "name", more often a capitalised word after a title ("командующим Африканским командованием").
    /// </summary>
    private static PersonMention? SignerForTheSideLeft(DocumentAnalysis analysis, Dictionary<PartyCode, PersonMention> chosen)
    {
        foreach (var signer in chosen.Values)
        {
            var unnamed = SentencePeople.Of(analysis, signer.Sentence)
                .Where(p => p.Nationality is null && MaySign(p.Role) && !chosen.Values.Contains(p) && p.Name.Contains(' '))
                .ToList();
            if (unnamed.Count == 1)
            {
                return unnamed[0];
            }

            // "firmado … por la ministra de Defensa, Margarita Robles, y su homólogo mauritano, Hanena Ould Sidi, durante la
            // visita del presidente del Gobierno, Pedro Sánchez": of several, the one whose title follows "signed by" is
            // the first agent of the signing; the others are further off.
            if (unnamed.Count > 1 && AgentWord(analysis.Sentences[signer.Sentence]) is { } by
                && unnamed.Where(p => p.FirstWord > by && p.FirstWord - by <= MaxTitleWords).ToList() is [var agent])
            {
                return agent;
            }
        }

        return null;
    }

    /// <summary>
    /// "… haben am Mittwoch in Brüssel ein Partnerschaftsprogramm unterzeichnet. Für die Schweiz unterschrieb
    /// Verteidigungsminister Martin Pfister, für die Allianz Generalsekretär Mark Rutte.": the sentence right after a
    /// signing sentence, in its paragraph, that names no instrument of its own and has a signing verb, tells who signed.
    /// </summary>
    private static IEnumerable<int> SigningToldNext(DocumentAnalysis analysis, List<int> sentences)
    {
        foreach (var index in sentences)
        {
            var next = index + 1;
            if (!sentences.Contains(next) && SignsOnFromTheOneBefore(analysis, next))
            {
                yield return next;
            }
        }
    }

    /// <summary>
    /// "O acordo foi assinado pelos ministros da Defesa dos dois países, Cristóvão Chume e Juvenal Marizamunda", "signée
    /// par le colonel Assimi Goïta, le capitaine Ibrahim Traoré, son homologue burkinabè, et le général Abdourahamane
    /// Tiani": in a signing sentence of the instrument, exactly as many officials with full names as there are sides,
    /// no two of one state and none of another, with every signer chosen so far among them, sign one for each.
    /// </summary>
    private static List<PersonMention>? OneSignerPerSide(DocumentAnalysis analysis, IReadOnlyList<int> signingSentences, List<PartyCode> parties, Dictionary<PartyCode, PersonMention> chosen)
    {
        // A signing verb in the sentence, even one too far from the instrument to be its own status word ("Muhtıra, 27
        // Kasım'da İstanbul'da Cumhurbaşkanı … ile … Başkanı … tarafından imzalanmıştı").
        foreach (var index in signingSentences.Where(i => analysis.Sentences[i].Statuses.Any(s => s.Value == AgreementStatus.Signed)))
        {
            var signers = SentencePeople.Of(analysis, index)
                .Where(p => MaySign(p.Role) && p.Name.Contains(' '))
                .ToList();
            var states = signers.Where(p => p.Nationality is not null).Select(p => p.Nationality!.Value).ToList();
            if (signers.Count == parties.Count && states.All(s => parties.Contains(s)) && states.Distinct().Count() == states.Count
                && chosen.Values.All(c => signers.Any(s => s.Span == c.Span)))
            {
                return signers;
            }
        }

        return null;
    }

    /// <summary>
    /// The one official named in full in the clause of a signing verb, where no side's signer was found: "Das Abkommen
    /// hatten Verteidigungsminister Boris Pistorius und sein litauischer Kollege … unterzeichnet" names one signer, the
    /// other only by his title. Two or more such officials leave it open.
    /// </summary>
    private static PersonMention? LoneSigner(DocumentAnalysis analysis, IEnumerable<int> sentences)
    {
        PersonMention? lone = null;
        foreach (var index in sentences)
        {
            var sentence = analysis.Sentences[index];
            foreach (var person in SentencePeople.Of(analysis, index))
            {
                if (!MaySign(person.Role) || !person.Name.Contains(' ') || IsSpeaker(sentence, person)
                    || !sentence.Statuses.Any(s => s.Value == AgreementStatus.Signed && ClauseReader.OneClause(sentence, Math.Min(s.FirstWord, person.FirstWord), Math.Max(s.FirstWord, person.FirstWord))))
                {
                    continue;
                }

                if (lone is not null && lone.Name != person.Name)
                {
                    return null;
                }

                lone = person;
            }
        }

        return lone;
    }

    /// <summary>"Tuya said the pact replaces a framework agreement the two countries signed in 2009": the one who says
    /// so, a verb of saying right after the name, tells of the signing and did not sign.</summary>
    private static bool IsSpeaker(SentenceAnalysis sentence, PersonMention person)
    {
        const int MaxGap = 2;
        return sentence.Cues.Any(c => c.Value == "speech" && c.FirstWord > person.LastWord && c.FirstWord - person.LastWord <= MaxGap);
    }

    /// <summary>Any titled person of government beside a signer in a signing sentence: directors, deputy ministers and
    /// ambassadors sign too ("Director Dmitry Shugaev and Deputy Defence Minister Hoang Xuan Chien signed").</summary>
    private static bool MaySign(string role) => IsOfficial(role) || role is "official" or "diplomat";

    private static bool IsOfficial(string role) => role is "counterpart" or "defense-minister" or "head-of-state" or "head-of-government" or "minister" or "foreign-minister" or "military";

    /// <summary>
    /// The mention whose date says most about the step: another mention of the same step with a finer date inside
    /// the first one's ("signed a security agreement for this year" in the headline, "signed on Monday in Madrid" in
    /// the lead) refines it; dates that do not nest are left as they were.
    /// </summary>
    private static Candidate? Refined(InstrumentGroup group, AgreementStatus status, Candidate? dated)
    {
        if (dated?.Date is not { } date)
        {
            return dated;
        }

        return group.Mentions
            .Where(m => m.Status == status && m.Date is { } finer && finer.Precision > date.Precision && finer.Start >= date.Start && finer.End <= date.End)
            .OrderByDescending(m => m.Date!.Value.Precision)
            .FirstOrDefault() ?? dated;
    }

    /// <summary>
    /// A step dated coarsely, told again with its day in the next sentences of the paragraph, which name no instrument:
    /// "Earlier this month … signed a reciprocal access agreement. President Marcos witnessed the signing on July 8."
    /// The day must fall inside the first date and be near a status word of the same step, noun or verb. Steps done
    /// only: a plan's dates are its own.
    /// </summary>
    private static Candidate? RetoldLater(DocumentAnalysis analysis, AgreementStatus status, Candidate? dated)
    {
        const int MaxSentencesAhead = 2;
        if (status == AgreementStatus.Planned || dated?.Date is not { Precision: < DatePrecision.Day } date)
        {
            return dated;
        }

        var sentence = analysis.Sentences[dated.Sentence];
        for (var i = dated.Sentence + 1; i <= dated.Sentence + MaxSentencesAhead && i < analysis.Sentences.Count; i++)
        {
            var next = analysis.Sentences[i];
            if (next.Paragraph != sentence.Paragraph || next.Instruments.Count > 0)
            {
                break;
            }

            foreach (var step in next.Statuses.Where(s => s.Value == status))
            {
                var day = next.Dates
                    .Where(d => d.Past is { Precision: DatePrecision.Day } past && past.Start >= date.Start && past.End <= date.End
                        && WordDistance.Between(step.FirstWord, step.LastWord, d.FirstWord, d.LastWord) <= StatusRules.MaxStatusDistance)
                    .OrderBy(d => WordDistance.Between(step.FirstWord, step.LastWord, d.FirstWord, d.LastWord))
                    .FirstOrDefault();
                if (day is not null)
                {
                    return dated with { Date = day.Past, DateMention = day };
                }
            }
        }

        return dated;
    }

    private static double Confidence(InstrumentGroup group, PartialDate? date)
    {
        var lead = group.Lead;
        // The sides are as sure as the surest mention of the same step: a dated reference ("the protocol on the exchange
        // of instruments of ratification was signed on Thursday") leads, but the headline names both states.
        var score = group.Mentions.Where(m => m.Status == lead.Status).Max(m => m.PartySource switch
        {
            PartySource.Clause => 0.6,
            PartySource.ClauseAndDiscourse => 0.45,
            _ => 0.3,
        });
        score += lead.StatusWord is not null ? 0.15 : 0.05;
        score += date is not null ? 0.1 : 0;
        score += Math.Min(0.15, 0.05 * (group.Mentions.Count - 1));
        return Math.Round(Math.Min(1.0, score), 2);
    }
}
