using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Core.Extraction;

/// <summary>
/// Completes a mention whose clause names fewer than two sides from what the story told before it: "the two
/// countries", "the agreement" or one side alone refer to the pair in focus, a lone partner after "with" pairs with the
/// state the story follows, a legislature ratifies for its own state, the signers' states name the sides.
/// </summary>
internal static class DiscourseParties
{
    /// <summary>
    /// Completes a mention whose clause names fewer than two parties from the discourse: "the two countries",
    /// "the agreement" or one side alone refer to the pair in focus (the last pair named, or the headline's).
    /// </summary>
    public static Candidate? Complete(Candidate candidate, SentenceAnalysis sentence, List<PartyCode> focus, DocumentAnalysis analysis, StoryParties story)
    {
        if (candidate.Parties.Count > 0 && RatifyingLegislatureOf(candidate, sentence, analysis) is { } home && !candidate.Parties.Contains(home))
        {
            // "(ANSA) - ROMA, 09 OTT - La Camera ha approvato la ratifica della convenzione … insieme a Regno Unito e
            // Giappone": a legislature ratifies for its own state, here the one the story was filed from.
            candidate = candidate with { Parties = [.. candidate.Parties, home], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.PartiesGuessed && focus.Count >= 2 && focus.All(f => sentence.Countries.Any(c => c.Code == f)))
        {
            // "The treaty's entry into force comes as South Korean, U.S. and Ukrainian officials say North Korea has
            // sent troops to Russia": among many states, the pair the story is about.
            return candidate with { Parties = focus.ToList(), PartySource = PartySource.ClauseAndDiscourse };
        }

        if (focus.Count > 2 && candidate.Parties.Count >= 2 && candidate.Parties.Count < focus.Count && candidate.Parties.All(focus.Contains)
            && !PairBetween(sentence, candidate.Parties))
        {
            // "The Liptako-Gourma charter was signed by the Malian leader, his Burkinabe counterpart and …": some of the
            // three states the story is about stand for all of them.
            return candidate with { Parties = focus.ToList(), PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.Parties.Count >= 2)
        {
            return candidate;
        }

        if (candidate.Parties.Count == 0 && SignersOfTwoStates(analysis, sentence, candidate) is { } signers)
        {
            // "Marles and Teodoro signed a mutual logistics support arrangement": the states of two officials named in
            // full before, as the subjects of the signing verb.
            return candidate with { Parties = signers, PartySource = PartySource.ClauseAndDiscourse };
        }

        var saysBoth = sentence.FunctionWords.Any(f => f.Value == FunctionRole.Both);
        if (saysBoth && candidate.Parties.Count == 0 && PairNamedBefore.Find(analysis, sentence) is { } named)
        {
            // "Kazakhstan and Uzbekistan went further. The treaty signed in 2021 … between the two largest states":
            // "the two" are the pair just named, not the pair of the paragraphs before.
            return candidate with { Parties = named, PartySource = PartySource.Discourse };
        }

        if (candidate.Parties.Count == 1 && !focus.Contains(candidate.Parties[0])
            && SignerNamedBefore.Find(analysis, sentence, candidate, candidate.Parties[0], focus) is { } signerState)
        {
            // "Zelensky signed a security agreement with the United States": the state of the signer named before.
            return candidate with { Parties = [signerState, candidate.Parties[0]], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.Parties.Count == 1 && candidate.Status is not null && story.Side is { } side && side != candidate.Parties[0] && !focus.Contains(candidate.Parties[0])
            && PartyFinder.IsPartner(sentence, analysis.Language, candidate.Parties[0]))
        {
            // "Fuentes del Ministerio de Defensa indicaron que se negocia un memorando con Gambia", in a story whose every
            // pair so far has Spain in it: the partner's other side is the state the story is about.
            return candidate with { Parties = [side, candidate.Parties[0]], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.Parties.Count == 1 && SubjectNamedBefore(analysis, sentence, candidate) is { } subject)
        {
            // "Armenia has frozen its participation in the CSTO. It signed a defence cooperation plan with France in
            // February": "it", the subject of the signing verb, is the one state the sentence before names.
            return candidate with { Parties = [subject, candidate.Parties[0]], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.Parties.Count == 1 && candidate.Status is not null && candidate.Kind != AgreementKind.Contract
            && HomeOfAnUnnamedOfficial(analysis, sentence, candidate.Parties[0]) is { } pressHome)
        {
            // "Millî Savunma Bakanı Yaşar Güler ile Pakistan Savunma Bakanı Havaja Muhammed Asif … imzaladı": the press's own
            // official, named by title alone, signs for its state. Not a contract: the head of an arms agency who announces
            // a supply contract with a foreign ministry tells of his industry's sale.
            return candidate with { Parties = [pressHome, candidate.Parties[0]], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (focus.Count < 2)
        {
            return null;
        }

        if (candidate.Parties.Count == 1 && candidate.Status is not null && !focus.Contains(candidate.Parties[0])
            && HomeInFocus(analysis, focus, story.Hub, candidate.Parties[0]) is { } filedFrom && PartyFinder.IsPartner(sentence, analysis.Language, candidate.Parties[0]))
        {
            // "Berlin (dpa) - Der Bundestag hat das Abkommen zwischen Deutschland und Litauen ratifiziert. … soll ein
            // ähnliches Abkommen mit Estland ausgehandelt werden": a partner named alone after "with" in a story filed
            // from one of the pair in focus is that state's partner.
            return candidate with { Parties = [filedFrom, candidate.Parties[0]], PartySource = PartySource.ClauseAndDiscourse };
        }

        if (candidate.Parties.Count == 1)
        {
            var single = candidate.Parties[0];
            if (!focus.Contains(single))
            {
                // "a security agreement the two countries signed in December 2023, and comes as China seeks a role":
                // "the two countries" by the verb are the pair in focus, the state of another clause is not a side.
                if (saysBoth && BothBeforeTheStateOfAnotherClause(sentence, candidate))
                {
                    return candidate with { Parties = focus.ToList(), PartySource = PartySource.Discourse };
                }

                // "Officials say the two countries are now negotiating …, and a Japanese official said …", after a passing
                // mention of another pair: "the two countries" with one of them named are the last pair named with it.
                return saysBoth && story.Pairs.LastOrDefault(p => p.Contains(single)) is { } earlier
                    ? candidate with { Parties = earlier.ToList(), PartySource = PartySource.ClauseAndDiscourse }
                    : null;
            }

            return candidate with { Parties = focus.ToList(), PartySource = PartySource.ClauseAndDiscourse };
        }

        // "the two countries", "the agreement", "the previous programme": the pair in focus; a plural "partnerships" in
        // general is not, but it may still tell an earlier step of an instrument of the pair.
        if (MarksAnother(sentence, candidate))
        {
            return candidate with { Parties = focus.ToList(), PartySource = PartySource.Discourse, IsAnother = true };
        }

        return saysBoth || candidate.IsReference || (candidate.Status is null && candidate.Kind != AgreementKind.Other)
            ? candidate with { Parties = focus.ToList(), PartySource = PartySource.Discourse }
            : candidate with { Parties = focus.ToList(), PartySource = PartySource.Discourse, SupportOnly = true };
    }

    /// <summary>
    /// The state of the dateline, for a ratification whose subject is a legislature or government no state is named on
    /// ("Parliament on Tuesday ratified …", "La Camera ha approvato …"; not "Zambia's National Assembly", "il Parlamento
    /// italiano").
    /// </summary>
    private static PartyCode? RatifyingLegislatureOf(Candidate candidate, SentenceAnalysis sentence, DocumentAnalysis analysis)
    {
        const int MaxStateGap = 3;
        // Not in a headline, which no dateline opens, and whose partners ("con Regno Unito e Giappone") are the story's.
        if (candidate.Status != AgreementStatus.Ratified || candidate.StatusWord is not { } verb || AgreementExtractor.IsHeadline(analysis, sentence))
        {
            return null;
        }

        var unnamed = sentence.Cues.Any(c => c.Value == "government" && c.LastWord < verb.FirstWord
            && !sentence.Countries.Any(s => s.LastWord >= c.FirstWord - MaxStateGap && s.FirstWord <= c.LastWord + MaxStateGap && !PartyFinder.IsDateline(sentence, s)));
        return unnamed ? DatelineCity.Of(analysis)?.Country : null;
    }

    /// <summary>
    /// "Türkiye ile Gürcistan arasında … anlaşması da geçen ay imzalanmıştı", "between Türkiye and Georgia": a pair named
    /// with "between" just before its first state or just after its last is that pair alone, not the story's three.
    /// </summary>
    private static bool PairBetween(SentenceAnalysis sentence, IReadOnlyList<PartyCode> parties)
    {
        const int MaxGap = 2;
        var named = sentence.Countries.Where(c => !c.IsDemonym && parties.Contains(c.Code)).ToList();
        if (named.Count < parties.Count)
        {
            return false;
        }

        var first = named.Min(c => c.FirstWord);
        var last = named.Max(c => c.LastWord);
        return sentence.Countries.All(c => c.FirstWord < first || c.LastWord > last || parties.Contains(c.Code))
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.Between
                && ((f.LastWord < first && first - f.LastWord <= MaxGap) || (f.FirstWord > last && f.FirstWord - last <= MaxGap)));
    }

    /// <summary>The two states of the people named before a signing verb, when they are two (each person's state from
    /// its full mention: "Australian Defence Minister Richard Marles met Philippine Defence Secretary Gilberto Teodoro
    /// … Marles and Teodoro signed").</summary>
    private static List<PartyCode>? SignersOfTwoStates(DocumentAnalysis analysis, SentenceAnalysis sentence, Candidate candidate)
    {
        if (candidate.Status != AgreementStatus.Signed || candidate.StatusWord is not { } verb)
        {
            return null;
        }

        var states = SentencePeople.Of(analysis, sentence.Index)
            .Where(p => p.Nationality is not null && p.LastWord < verb.FirstWord)
            .Select(p => p.Nationality!.Value)
            .Distinct()
            .ToList();
        return states.Count == 2 ? states : null;
    }

    /// <summary>The one state the sentence before names by its name (not a demonym, not an organisation), when the
    /// sentence opens with "it" right before the step verb; null otherwise.</summary>
    private static PartyCode? SubjectNamedBefore(DocumentAnalysis analysis, SentenceAnalysis sentence, Candidate candidate)
    {
        const int MaxGap = 2;
        if (candidate.StatusWord is not { } verb || sentence.Index == 0
            || !sentence.FunctionWords.Any(f => f.Value == FunctionRole.PronounIt && f.FirstWord == 0 && verb.FirstWord > f.LastWord && verb.FirstWord - f.LastWord <= MaxGap))
        {
            return null;
        }

        var before = analysis.Sentences[sentence.Index - 1];
        if (before.Paragraph != sentence.Paragraph)
        {
            return null;
        }

        var named = before.Countries.Where(c => !c.IsDemonym && !c.Code.IsOrganization).Select(c => c.Code).Distinct().ToList();
        return named is [var only] && only != candidate.Parties[0] ? only : null;
    }

    /// <summary>The language's home state (<see cref="ProfileSettings.HomeState"/>), when the sentence names an official
    /// of no state before its step word and the one state named is another.</summary>
    private static PartyCode? HomeOfAnUnnamedOfficial(DocumentAnalysis analysis, SentenceAnalysis sentence, PartyCode partner)
    {
        if (analysis.Language.Settings.HomeState is not { } code || sentence.Statuses.Count == 0)
        {
            return null;
        }

        var home = new PartyCode(code);
        var verb = sentence.Statuses[^1].FirstWord;
        return home != partner && sentence.People.Any(p => p.Nationality is null && p.FirstWord < verb) ? home : null;
    }

    /// <summary>The state of the dateline's capital, else the state the story follows from pair to pair (<paramref
    /// name="hub"/>), when it is one of the pair in focus and not <paramref name="partner"/>.</summary>
    private static PartyCode? HomeInFocus(DocumentAnalysis analysis, List<PartyCode> focus, PartyCode? hub, PartyCode partner) =>
        DatelineCity.Of(analysis)?.Country is { } home && home != partner && focus.Contains(home) ? home
        : hub is { } followed && followed != partner && focus.Contains(followed) ? followed
        : null;

    /// <summary>"The two countries" stands next to the step's verb, and every state of the sentence is in another
    /// clause than that verb.</summary>
    private static bool BothBeforeTheStateOfAnotherClause(SentenceAnalysis sentence, Candidate candidate)
    {
        const int MaxGap = 2;
        if (candidate.StatusWord is not { } status)
        {
            return false;
        }

        return sentence.FunctionWords.Any(f => f.Value == FunctionRole.Both && WordDistance.Between(f.FirstWord, f.LastWord, status.FirstWord, status.LastWord) <= MaxGap)
            && sentence.Countries.All(c => !ClauseReader.OneClause(sentence, c.FirstWord, status.FirstWord));
    }

    /// <summary>"O anterior programa", "the former agreement", "a separate memorandum": an adjective next to the
    /// instrument word marks another instrument of the pair.</summary>
    public static bool MarksAnother(SentenceAnalysis sentence, Candidate candidate)
    {
        const int MaxGap = 2;
        const int MaxAlsoGap = 5;
        var anchor = candidate.Anchor;
        return sentence.FunctionWords.Any(f => (f.Value == FunctionRole.Another
                && WordDistance.Between(f.FirstWord, f.LastWord, anchor.FirstWord, anchor.LastWord) <= MaxGap)
            || (f.Value == FunctionRole.Also && !candidate.IsReference && f.LastWord < anchor.FirstWord && anchor.FirstWord - f.LastWord <= MaxAlsoGap
                && ClauseReader.OneClause(sentence, f.LastWord, anchor.FirstWord))
            || (f.Value == FunctionRole.Replaces && TellsTheReplaced(sentence, candidate, f)));
    }

    /// <summary>"O programa substitui o anterior, assinado em 2018, que expirou em dezembro": the replacing verb follows
    /// the instrument at once, and the step read is told after it, with a step word a few words on and no instrument
    /// noun between (in "replaces a 2011 agreement" that noun is a mention of its own).</summary>
    private static bool TellsTheReplaced(SentenceAnalysis sentence, Candidate candidate, LexiconMatch<FunctionRole> replaces)
    {
        const int MaxVerbGap = 2;
        const int MaxStepGap = 4;
        var anchor = candidate.Anchor;
        return replaces.FirstWord > anchor.LastWord && replaces.FirstWord - anchor.LastWord <= MaxVerbGap
            && candidate.StatusWord is { } step && step.FirstWord > replaces.LastWord
            && sentence.Statuses.Any(s => s.FirstWord > replaces.LastWord && s.FirstWord - replaces.LastWord <= MaxStepGap)
            && !sentence.Instruments.Any(i => i.FirstWord > replaces.LastWord && i.FirstWord < step.FirstWord);
    }
}
