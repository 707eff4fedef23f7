using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;

namespace Pacta.Core.Extraction;

/// <summary>
/// Reads the parties of a sentence from its structure: "between X and Y", partners introduced by "with" (each
/// partner its own instrument: "agreements with Türkiye in 2022 and with Serbia in 2023"), and the other states
/// of the clause as subjects. A capital used as the place of signing ("in Doha") is not a party by itself.
/// </summary>
internal static class PartyFinder
{
    private const int MaxGap = 3;

    public static SentenceParties Find(SentenceAnalysis sentence, LanguageProfile language)
    {
        var places = sentence.Places.Where(p => p.Country is not null).Select(p => p.FirstWord).ToHashSet();
        var countries = sentence.Countries
            .Where(c => !places.Contains(c.FirstWord) && !IsDateline(sentence, c) && (!c.IsDemonym || NamesASide(sentence, language, c))
                && !IsMembership(sentence, c) && !IsJoined(sentence, language, c))
            .ToList();
        var placeCountries = sentence.Countries.Where(c => places.Contains(c.FirstWord)).Select(c => c.Code).Distinct().ToList();

        var between = BetweenList(sentence, language, countries);
        if (between.Count >= 2)
        {
            return new SentenceParties(Distinct(between), [], placeCountries);
        }

        var partners = Partners(sentence, language, countries);
        if (partners.Count >= 2 && sentence.Cues.Any(c => c.Value == "multilateral"))
        {
            // "a trilateral memorandum with Chile and Bolivia": one instrument with every state of the clause.
            return new SentenceParties(Distinct(countries.Select(c => c.Code)), [], placeCountries);
        }

        // A state does not sign with itself: "turned to Russia for security, signing an agreement with Moscow" names
        // Russia as the partner, and the subject is another state.
        var others = countries.Where(c => !partners.Contains(c) && !partners.Exists(p => p.Code == c.Code)).ToList();
        var subjects = Distinct(others.Select(c => c.Code));
        var guessed = subjects.Count > 2 || (subjects.Count == 2 && partners.Count > 0);
        if (guessed)
        {
            subjects = MainGroup(sentence, others, partners.Count > 0 ? 1 : 2);
        }

        return new SentenceParties(subjects, partners, placeCountries, guessed && partners.Count == 0);
    }

    /// <summary>Words between a word of membership and the blocs it names at most.</summary>
    private const int MembershipReach = 4;

    /// <summary>
    /// A bloc or state named as what someone is a member of, or seeks to join ("курсу України на членство в ЄС та
    /// НАТО", "membership of NATO", "NATO üyeliği"): no side of the instrument the sentence tells of.
    /// </summary>
    private static bool IsJoined(SentenceAnalysis sentence, LanguageProfile language, CountryMention country) =>
        sentence.Cues.Any(c => c.Value == "membership"
            && (language.Settings.Postpositional
                ? c.FirstWord > country.LastWord && c.FirstWord - country.LastWord <= MembershipReach
                : country.FirstWord > c.LastWord && country.FirstWord - c.LastWord <= MembershipReach)
            && ClauseReader.OneClause(sentence, Math.Min(c.FirstWord, country.FirstWord), Math.Max(c.LastWord, country.LastWord)));

    /// <summary>True when a state of the sentence named <paramref name="code"/> is introduced by "with" ("mit Estland",
    /// "з Естонією", "Kenya ile") near an instrument or a step.</summary>
    public static bool IsPartner(SentenceAnalysis sentence, LanguageProfile language, PartyCode code) =>
        Partners(sentence, language, sentence.Countries.Where(c => !c.IsDemonym).ToList()).Exists(p => p.Code == code);

    /// <summary>
    /// The city of a dateline ("PARIS, June 19 –", "МОСКВА, 14 марта.") is where the story was filed, not a side: a
    /// capital opening the sentence in capitals, or followed by a date, then a comma or a dash; or one followed at once
    /// by a dash or a bracket in any case ("الخرطوم –", "Kyiv (AP) -"): Arabic and Persian have no capitals to shout
    /// with, and a subject ("Astana, last year, signed…") is not cut off by a dash.
    /// </summary>
    public static bool IsDateline(SentenceAnalysis sentence, CountryMention mention)
    {
        if (!Dateline.OpensBody(sentence.Sentence, mention.FirstWord) || !mention.IsCapital || mention.LastWord + 1 >= sentence.Sentence.Count)
        {
            return false;
        }

        var gap = sentence.Sentence.Gap(mention.LastWord + 1).Trim();
        var shouted = mention.Text.Any(char.IsLetter) && mention.Text.Where(char.IsLetter).All(char.IsUpper);
        // "Moscow, Dec 5 (Reuters) –": the date is followed by a dash or a source; "Astana, last year, signed…" is no dateline.
        var dated = Dateline.DateAfter(sentence, mention) is not null;
        var cut = gap.Length > 0 && gap[0] is '–' or '—' or '(';
        return gap.Length > 0 && gap[0] is ',' or '–' or '—' or '-' or '(' or '/' && (shouted || dated || cut);
    }

    /// <summary>
    /// An organisation right after a preposition of place ("un alleato prezioso nella Nato", "an ally in NATO", "at
    /// NATO headquarters") is where a state belongs or meets, not a side of what it signs.
    /// </summary>
    private static bool IsMembership(SentenceAnalysis sentence, CountryMention mention) =>
        mention.Code.IsOrganization && sentence.FunctionWords.Any(f => f.Value == FunctionRole.Place && f.LastWord == mention.FirstWord - 1);

    /// <summary>
    /// A demonym is a party only where it names a side: on a title, a person or a government ("the Kazakh minister",
    /// "son homologue qatari", "the Philippine Senate"), not on things ("Russian troops", "Turkish drones").
    /// </summary>
    private static bool NamesASide(SentenceAnalysis sentence, LanguageProfile language, CountryMention demonym)
    {
        if (sentence.Countries.FirstOrDefault(c => c.IsDemonym && c.FirstWord > demonym.LastWord && Coordination.Listed(sentence, demonym.LastWord, c.FirstWord)) is { } next
            && NamesASide(sentence, language, next))
        {
            // "between the Polish and South Korean governments": the demonyms share the noun.
            return true;
        }

        if (sentence.People.Any(p => p.TitleSpan.Overlaps(demonym.Span) || p.Nationality == demonym.Code))
        {
            return true;
        }

        foreach (var w in new[] { demonym.FirstWord - 1, demonym.LastWord + 1, demonym.LastWord + 2 })
        {
            if (w >= 0 && w < sentence.Sentence.Count
                && (language.Titles.Match(sentence.Sentence, w) is not null
                    || language.FunctionWords.Match(sentence.Sentence, w) is { Value: FunctionRole.Counterpart or FunctionRole.Both }
                    || sentence.Cues.Any(c => c.Value == "government" && c.FirstWord == w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Of many states in one clause, the ones the clause is about: the coordinated list ("Mali, Burkina Faso and
    /// Niger") nearest to the instrument, else the states nearest to it.
    /// </summary>
    private static List<PartyCode> MainGroup(SentenceAnalysis sentence, List<CountryMention> countries, int wanted)
    {
        var anchor = sentence.Statuses.Count > 0 ? sentence.Statuses[0].FirstWord : sentence.Instruments.Count > 0 ? sentence.Instruments[0].FirstWord : 0;
        var runs = new List<List<CountryMention>>();
        foreach (var country in countries.OrderBy(c => c.FirstWord))
        {
            if (runs.Count > 0 && runs[^1][^1].LastWord < country.FirstWord && Coordination.Listed(sentence, runs[^1][^1].LastWord, country.FirstWord))
            {
                runs[^1].Add(country);
            }
            else
            {
                runs.Add([country]);
            }
        }

        var best = runs
            .Where(r => r.Select(c => c.Code).Distinct().Count() >= wanted)
            .OrderBy(r => r.Min(c => Math.Abs(c.FirstWord - anchor)))
            .FirstOrDefault();
        if (best is not null)
        {
            return Distinct(best.Select(c => c.Code));
        }

        return Distinct(countries.OrderBy(c => Math.Abs(c.FirstWord - anchor)).Select(c => c.Code)).Take(wanted).ToList();
    }

    private static List<PartyCode> Distinct(IEnumerable<PartyCode> codes) => codes.Distinct().ToList();

    /// <summary>A "between" before the sentence's instruments ("Entre la France et le Maroc, un accord…") or in one clause
    /// with one of them; not one in a later clause about something else ("has scrapped an agreement with Norway, …, in
    /// the latest sign of deteriorating ties between Moscow and NATO").</summary>
    private static bool NamesAnInstrumentsSides(SentenceAnalysis sentence, LexiconMatch<FunctionRole> between) =>
        sentence.Instruments.Count == 0 || sentence.Instruments.All(i => i.FirstWord > between.LastWord)
        || sentence.Instruments.Any(i => ClauseReader.OneClause(sentence, Math.Min(i.LastWord, between.FirstWord), Math.Max(i.LastWord, between.FirstWord)));

    private static List<PartyCode> BetweenList(SentenceAnalysis sentence, LanguageProfile language, List<CountryMention> countries)
    {
        var list = new List<PartyCode>();
        foreach (var word in sentence.FunctionWords.Where(f => f.Value == FunctionRole.Between && NamesAnInstrumentsSides(sentence, f)))
        {
            var position = word.LastWord;
            while (true)
            {
                var next = countries.FirstOrDefault(c => c.FirstWord > position && c.FirstWord - position <= MaxGap);
                if (next is null || (list.Count > 0 && !Coordination.Listed(sentence, position, next.FirstWord)))
                {
                    break;
                }

                list.Add(next.Code);
                position = next.LastWord;
            }

            if (list.Count == 0 && language.Settings.Postpositional)
            {
                // Turkish "Türkiye ile Irak arasında": the list stands before the word.
                list.AddRange(countries.Where(c => c.LastWord < word.FirstWord && word.FirstWord - c.LastWord <= 8).Select(c => c.Code));
            }

            if (list.Count >= 2)
            {
                return list;
            }

            list.Clear();
        }

        return list;
    }

    private const int MaxPartnerDistance = 12;

    /// <summary>
    /// "with X" names a side only near an instrument or a status verb: "signed a partnership on Monday, as concern
    /// grows over North Korea's military ties with Russia" does not make Russia a party.
    /// </summary>
    private static bool NearTheInstrument(SentenceAnalysis sentence, CountryMention partner) =>
        sentence.Instruments.Select(i => (i.FirstWord, i.LastWord))
            .Concat(sentence.Statuses.Select(s => (s.FirstWord, s.LastWord)))
            .Any(w => Math.Abs(w.FirstWord - partner.FirstWord) <= MaxPartnerDistance || Math.Abs(w.LastWord - partner.LastWord) <= MaxPartnerDistance);

    /// <summary>"مع النيجر وبوركينا فاسو": the next state right after the last, its first word opening with a clitic prefix
    /// that is the language's "and".</summary>
    private static bool AndPrefixed(SentenceAnalysis sentence, LanguageProfile language, CountryMention last, CountryMention next)
    {
        if (next.FirstWord != last.LastWord + 1 || language.Settings.Prefixes.Count == 0)
        {
            return false;
        }

        var word = sentence.Sentence.WordText(next.FirstWord);
        return language.Settings.Prefixes.Any(p => p.Length < word.Length && word.StartsWith(p, StringComparison.Ordinal)
            && language.FunctionWords.OneWord(p) is { } entries && entries.Any(e => e.Value == FunctionRole.And));
    }

    private static List<CountryMention> Partners(SentenceAnalysis sentence, LanguageProfile language, List<CountryMention> countries)
    {
        var partners = new List<CountryMention>();
        foreach (var word in sentence.FunctionWords.Where(f => f.Value == FunctionRole.With))
        {
            if (language.Settings.Postpositional)
            {
                var before = countries.LastOrDefault(c => c.LastWord < word.FirstWord && word.FirstWord - c.LastWord <= 2);
                if (before is not null && !partners.Contains(before))
                {
                    partners.Add(before);
                }

                continue;
            }

            if (sentence.FunctionWords.Any(f => f.Value == FunctionRole.Relative && f.FirstWord > word.LastWord && f.FirstWord - word.LastWord <= 2
                    && sentence.Sentence.NoBreakBetween(word.LastWord, f.FirstWord) && !countries.Any(c => c.FirstWord > word.LastWord && c.FirstWord < f.FirstWord))
                && countries.LastOrDefault(c => c.LastWord < word.FirstWord && word.FirstWord - c.LastWord <= 2 && !c.IsDemonym) is { } antecedent)
            {
                // "relied on the United States, with which it signed a Mutual Defense Treaty", "con el que firmó": "with
                // which" stands for the state just before it.
                if (!partners.Contains(antecedent))
                {
                    partners.Add(antecedent);
                }

                continue;
            }

            var after = countries.FirstOrDefault(c => c.FirstWord > word.LastWord && c.FirstWord - word.LastWord <= MaxGap && !c.IsDemonym);
            if (after is null || partners.Contains(after) || !NearTheInstrument(sentence, after))
            {
                continue;
            }

            partners.Add(after);

            // "partnerships with Moldova and Norway": each partner its own instrument (unless the instrument is
            // trilateral: see Find).
            var last = after;
            while (countries.FirstOrDefault(c => c.FirstWord > last.LastWord && !c.IsDemonym) is { } next
                && Coordination.Listed(sentence, last.LastWord, next.FirstWord)
                && (Coordination.JoinedByAndOrComma(sentence, last.LastWord, next.FirstWord) || AndPrefixed(sentence, language, last, next)))
            {
                if (!partners.Contains(next))
                {
                    partners.Add(next);
                }

                last = next;
            }
        }

        foreach (var country in countries)
        {
            // Endings that mean "with": Kazakh "Қатармен", Turkish "Irakla".
            var suffix = sentence.Sentence.EndingOf(country.LastWord);
            if (suffix.Length > 0 && language.FunctionSuffixes.TryGetValue(suffix, out var role) && role == FunctionRole.With && !partners.Contains(country))
            {
                partners.Add(country);
            }
        }

        return partners.OrderBy(p => p.FirstWord).ToList();
    }
}
