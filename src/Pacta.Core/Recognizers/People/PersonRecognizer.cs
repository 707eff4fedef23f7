using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Text;

namespace Pacta.Core.Recognizers.People;

/// <summary>
/// Finds people by their titles: a title phrase (titles, demonyms, "of Qatar", "counterpart", small words) followed
/// by a name (capitalised words and name particles; in scripts without capitals, the words up to the next known
/// word), or a name followed by ", title".
/// </summary>
public sealed class PersonRecognizer
{
    private const int MaxTitlePhrase = 9;

    /// <summary>Words a title may run on before the comma that ends it (see <see cref="TitleUpToComma"/>).</summary>
    private const int MaxLongTitle = 18;
    private const int MaxNameWords = 6;

    public List<PersonMention> Recognize(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries)
    {
        var people = new List<PersonMention>();
        // "his Australian counterpart, Richard Marles": a counterpart word stands for a title.
        var titles = language.Titles.FindAll(sentence)
            .Concat(language.FunctionWords.FindAll(sentence)
                .Where(f => f.Value == FunctionRole.Counterpart)
                .Select(f => new LexiconMatch<string>(f.FirstWord, f.LastWord, [new LexiconEntry<string>(f.Entry.Form, "counterpart", false, f.WordCount)])))
            .OrderBy(t => t.FirstWord)
            .ToList();
        var caseless = language.Settings.Script is "Arabic";
        foreach (var title in titles)
        {
            if (people.Count > 0 && people[^1].LastWord >= title.FirstWord)
            {
                continue;
            }

            var (phraseEnd, nationality, counterpart) = ExtendTitle(sentence, language, title, countries);
            var nameStart = phraseEnd + 1;
            if (caseless && nameStart + 1 < sentence.Count && language.FunctionWords.Match(sentence, nameStart) is { Value: FunctionRole.NameEnd } pronoun
                && pronoun.LastWord + 1 < sentence.Count && !IsLexiconWord(sentence, language, pronoun.LastWord + 1))
            {
                // "همتای بلاروسی او ویکتور خرنین" (his Belarusian counterpart Viktor Khrenin): the possessive is no name.
                nameStart = pronoun.LastWord + 1;
            }

            if (nameStart >= sentence.Count)
            {
                continue;
            }

            var nameEnd = caseless ? CaselessNameEnd(sentence, language, nameStart) : NameEnd(sentence, language, countries, nameStart);
            if (nameEnd < nameStart)
            {
                if (caseless && nationality is { } state && people.Count > 0 && people[^1] is { Nationality: null } before && before.LastWord == title.FirstWord - 1)
                {
                    // "امیر سرتیپ عزیز نصیرزاده وزیر دفاع ایران پس از …": a title after a name, with no name of its own
                    // after it, tells whose the name before is.
                    people[^1] = before with { Nationality = state };
                }
                else if (caseless && (people.Count == 0 || people[^1].LastWord < title.FirstWord - 1)
                    && CaselessNameBefore(sentence, language, countries, title.FirstWord) is var (start, end, stateBefore))
                {
                    // "مسعود پزشکیان رئیس‌جمهور ایران و ولادیمیر پوتین رئیس‌جمهور روسیه": in Persian and Arabic the title
                    // may follow the name.
                    people.Add(new PersonMention(
                        sentence.Index, start, end, sentence.SpanOf(start, end), NameDictionaryForm.Of(sentence.TextOf(start, end), [sentence.WordText(title.FirstWord)], language),
                        title.Value, sentence.SpanOf(title.FirstWord, phraseEnd), nationality ?? stateBefore, counterpart));
                }

                continue;
            }

            // The title words of the phrase, not its complements ("министр обороны Российской Федерации Сергей"), tell the case.
            var titleWords = titles.Where(t => t.FirstWord >= title.FirstWord && t.FirstWord <= phraseEnd).Select(t => sentence.WordText(t.FirstWord)).ToList();
            people.Add(new PersonMention(
                sentence.Index, nameStart, nameEnd, sentence.SpanOf(nameStart, nameEnd), NameDictionaryForm.Of(sentence.TextOf(nameStart, nameEnd), titleWords, language),
                title.Value, sentence.SpanOf(title.FirstWord, phraseEnd), nationality, counterpart));
            if (!caseless && NameForAnotherState(sentence, language, countries, nameEnd) is var (stateCode, nextStart, nextEnd))
            {
                // "os ministros da Defesa do Brasil, José Múcio Monteiro, e da Argentina, Luis Petri": the title again, for
                // the state named before the second name.
                people.Add(new PersonMention(
                    sentence.Index, nextStart, nextEnd, sentence.SpanOf(nextStart, nextEnd), NameDictionaryForm.Of(sentence.TextOf(nextStart, nextEnd), titleWords, language),
                    title.Value, sentence.SpanOf(title.FirstWord, phraseEnd), stateCode, counterpart));
            }
            else if (!caseless)
            {
                // "the two defence ministers, Rajnath Singh and Suren Papikyan", "the three ministers, X, Y and Z": one
                // title for the names listed after it.
                foreach (var (otherStart, otherEnd) in CoordinatedNames(sentence, language, countries, nameEnd))
                {
                    people.Add(new PersonMention(
                        sentence.Index, otherStart, otherEnd, sentence.SpanOf(otherStart, otherEnd), NameDictionaryForm.Of(sentence.TextOf(otherStart, otherEnd), titleWords, language),
                        title.Value, sentence.SpanOf(title.FirstWord, phraseEnd), null, counterpart));
                }
            }
        }

        return people;
    }

    /// <summary>The full names listed after the name that ends at <paramref name="nameEnd"/>: "X and Y", or "X, Y and Z"
    /// (names between commas count only when "and" and a last name close the list).</summary>
    private static List<(int Start, int End)> CoordinatedNames(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int nameEnd)
    {
        var listed = new List<(int Start, int End)>();
        var end = nameEnd;
        while (end + 2 < sentence.Count && sentence.Gap(end + 1).Trim() is [',']
               && NameEnd(sentence, language, countries, end + 1) is var commaEnd && commaEnd > end + 1)
        {
            listed.Add((end + 1, commaEnd));
            end = commaEnd;
        }

        if (CoordinatedName(sentence, language, countries, end) is { } last)
        {
            listed.Add(last);
            return listed;
        }

        return [];
    }

    private static (int Start, int End)? CoordinatedName(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int nameEnd)
    {
        var and = nameEnd + 1;
        if (and + 1 >= sentence.Count || language.FunctionWords.Match(sentence, and) is not { Value: FunctionRole.And } conjunction)
        {
            return null;
        }

        var start = conjunction.LastWord + 1;
        if (start >= sentence.Count || sentence.BreakBefore(start))
        {
            return null;
        }

        var end = NameEnd(sentence, language, countries, start);
        return end > start ? (start, end) : null;
    }

    /// <summary>
    /// ", and of Argentina, Luis Petri" after a name set off by commas: a state after "and" and at most two small words,
    /// a comma, then a full name (two words or more) for that state.
    /// </summary>
    private static (PartyCode Code, int Start, int End)? NameForAnotherState(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int nameEnd)
    {
        const int MaxSmallWords = 2;
        var and = nameEnd + 1;
        if (and >= sentence.Count || sentence.Gap(and).Trim() is not [','] || language.FunctionWords.Match(sentence, and) is not { Value: FunctionRole.And } conjunction)
        {
            return null;
        }

        var w = conjunction.LastWord + 1;
        for (var small = 0; small < MaxSmallWords && w < sentence.Count && !sentence.Words[w].IsCapitalized && sentence.Words[w].Kind == TokenKind.Word; small++)
        {
            w++;
        }

        CountryMention? state = null;
        for (var c = 0; c < countries.Count; c++)
        {
            if (countries[c].FirstWord == w && !countries[c].IsDemonym)
            {
                state = countries[c];
            }
        }

        var start = state is null ? -1 : state.LastWord + 1;
        if (state is null || start >= sentence.Count || sentence.Gap(start).Trim() is not [','])
        {
            return null;
        }

        var end = NameEnd(sentence, language, countries, start);
        return end > start ? (state.Code, start, end) : null;
    }

    /// <summary>Walks over the words that belong to a title: more titles, demonyms, "of X", counterpart, small words.</summary>
    private static (int End, PartyCode? Nationality, bool Counterpart) ExtendTitle(
        AnalyzedSentence sentence, LanguageProfile language, LexiconMatch<string> title, IReadOnlyList<CountryMention> countries)
    {
        var end = title.LastWord;
        PartyCode? nationality = null;
        var counterpart = language.FunctionWords.Match(sentence, title.FirstWord)?.Value == FunctionRole.Counterpart;
        if (title.FirstWord > 0)
        {
            // "the Kazakh minister", "son homologue qatari", "Jordan's foreign minister": a demonym, a state with the
            // possessive ending or a counterpart just before the title.
            var stateEnd = IsPossessiveEnding(sentence, title.FirstWord - 1) ? title.FirstWord - 2 : title.FirstWord - 1;
            // "مینسک - امیر سرتیپ …": a dateline's city before a dash (a break, Tokenizer.IsSpacedDash) is where the story
            // was filed, not whose the title is.
            var before = countries.FirstOrDefault(c => c.LastWord == stateEnd && !sentence.BreakBefore(title.FirstWord));
            nationality = before is not null && !IsWhereSomethingHappens(sentence, language, before) ? before.Code : null;
            if (title.FirstWord > 1 && language.FunctionWords.Match(sentence, title.FirstWord - 1) is { Value: FunctionRole.Counterpart })
            {
                counterpart = true;
            }
        }

        if (nationality is null && language.Settings.Postpositional && title.FirstWord > 1
            && language.FunctionWords.Match(sentence, title.FirstWord - 1) is { Value: FunctionRole.By } onBehalf && onBehalf.LastWord == title.FirstWord - 1)
        {
            // "Türkiye adına İçişleri Bakanı Ali Yerlikaya": the state on whose behalf the official signs.
            nationality = countries.FirstOrDefault(c => c.LastWord == onBehalf.FirstWord - 1 && !c.IsDemonym)?.Code;
        }

        if (nationality is null)
        {
            // "son homologue qatari, le vice-premier ministre, Khalid…": the title is in apposition to a
            // counterpart phrase a few words before, across a comma.
            var earlier = countries.LastOrDefault(c => c.IsDemonym && c.LastWord < title.FirstWord && title.FirstWord - c.LastWord <= 4);
            if (earlier is not null && Enumerable.Range(Math.Max(0, earlier.FirstWord - 2), 4)
                    .Any(w => w < sentence.Count && language.FunctionWords.Match(sentence, w) is { Value: FunctionRole.Counterpart }))
            {
                nationality = earlier.Code;
                counterpart = true;
            }
        }

        var j = end + 1;
        var limit = Math.Min(sentence.Count - 1, title.FirstWord + MaxTitlePhrase);
        var lastGood = end;
        while (j <= limit)
        {
            if (language.Settings.Script == "Arabic" && sentence.BreakBefore(j))
            {
                // "… وزير الدولة لشؤون الدفاع، وعن الجانب الفرنسي وزير القوات المسلحة …": without capitals to tell a name,
                // a comma ends the title.
                break;
            }

            if (countries.FirstOrDefault(c => c.FirstWord == j) is { } country)
            {
                nationality ??= country.Code;
                j = country.LastWord + 1;
                lastGood = j - 1;
                continue;
            }

            if (language.Titles.Match(sentence, j) is { } more)
            {
                j = more.LastWord + 1;
                lastGood = j - 1;
                continue;
            }

            if (language.FunctionWords.Match(sentence, j) is { } function && function.Value != FunctionRole.NameEnd)
            {
                counterpart |= function.Value == FunctionRole.Counterpart;
                j = function.LastWord + 1;
                if (function.Value == FunctionRole.Both)
                {
                    // "os ministros da Defesa dos dois países, Nuno Melo e …": the pair belongs to the title.
                    lastGood = function.LastWord;
                }

                continue;
            }

            if (language.Domains.Match(sentence, j) is { } domain)
            {
                j = domain.LastWord + 1;
                lastGood = j - 1;
                continue;
            }

            if (language.Settings.PortfolioWords.Contains(sentence.WordText(j)) && DefiniteRunEnd(sentence, language, j + 1) is { } affairsEnd)
            {
                // "وزير الدولة لشؤون الشرق الأوسط هاميش فالكونر": "for the affairs of" opens a portfolio, the definite
                // words after it, whatever field they name; the name starts at the first word without the article.
                j = affairsEnd + 1;
                lastGood = affairsEnd;
                continue;
            }

            if (DefiniteComplementEnd(sentence, language, j) is { } complementEnd)
            {
                j = complementEnd + 1;
                lastGood = complementEnd;
                continue;
            }

            if (IsAcronymBeforeAFullName(sentence, j))
            {
                // "генеральна менеджерка NSPA Стейсі Каммінгс", "директор ФСВТС Дмитрий Шугаев": the body's acronym ends
                // the title; an acronym is no given name.
                j++;
                lastGood = j - 1;
                continue;
            }

            var word = sentence.Words[j];
            if (!word.IsCapitalized && word.Kind == TokenKind.Word && sentence.WordText(j).Length <= 4 && language.Settings.Script != "Arabic")
            {
                // Articles and prepositions inside a title: "ministre de la Défense", "minister of state for".
                j++;
                continue;
            }

            if (!word.IsCapitalized && word.Kind == TokenKind.Word && language.Settings.Script != "Arabic"
                && TitleUpToComma(sentence, language, j, Math.Min(sentence.Count - 1, title.FirstWord + MaxLongTitle)) is { } titleEnd)
            {
                // "le ministre délégué auprès du chef du gouvernement chargé de l'Administration de la Défense nationale,
                // Abdellatif Loudiyi": a long title runs on to the comma before its holder's full name.
                lastGood = titleEnd;
                break;
            }

            if (j > lastGood + 1 && PortfolioEnd(sentence, j) is { } portfolioEnd)
            {
                j = portfolioEnd + 1;
                lastGood = portfolioEnd;
                continue;
            }

            if (j > lastGood + 1 && language.Settings.Script == "Latin" && PortfolioBeforeAFullName(sentence, j) is { } runEnd)
            {
                // "Cabinet Secretary for Interior and National Administration Kipchumba Murkomen": after the title's small
                // words, capitalised portfolio words run on to the holder's two-word name.
                j = runEnd + 1;
                lastGood = runEnd;
                continue;
            }

            if (language.Settings.Script != "Arabic" && StateAfterPortfolio(sentence, countries, j) is { } state)
            {
                // "міністр стратегічних галузей промисловості України Герман Сметанін": the portfolio in small words,
                // then the state.
                nationality ??= state.Code;
                j = state.LastWord + 1;
                lastGood = state.LastWord;
                continue;
            }

            break;
        }

        return (lastGood, nationality, counterpart);
    }

    /// <summary>
    /// The last word of a title's complement in a script without capitals: definite words up to a domain word
    /// ("وزير الإنتاج الدفاعي رضا حيات هراج", the minister of defence production). Null when a word without the
    /// article, or a break, comes first: "الرئيس السيسي وقّع" keeps the surname as the name.
    /// </summary>
    private static int? DefiniteComplementEnd(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        const int MaxComplementWords = 5;
        var prefixes = language.Settings.DefinitePrefixes;
        if (prefixes.Count == 0)
        {
            return null;
        }

        for (var w = word; w < sentence.Count && w < word + MaxComplementWords; w++)
        {
            var text = sentence.WordText(w);
            if ((w > word && sentence.BreakBefore(w)) || sentence.Words[w].Kind != TokenKind.Word
                || !prefixes.Any(p => text.Length > p.Length + 1 && text.StartsWith(p, StringComparison.Ordinal)))
            {
                return null;
            }

            if (language.Domains.Match(sentence, w) is { } domain)
            {
                return domain.LastWord;
            }
        }

        return null;
    }

    /// <summary>A word of two or more capital letters only, followed by two capitalised words (a full name).</summary>
    private static bool IsAcronymBeforeAFullName(AnalyzedSentence sentence, int word)
    {
        if (word + 2 >= sentence.Count || sentence.Words[word].Kind != TokenKind.Word || sentence.Words[word].Span.Length < 2
            || sentence.BreakBefore(word + 1) || sentence.BreakBefore(word + 2))
        {
            return false;
        }

        var span = sentence.Words[word].Span;
        foreach (var c in sentence.DocumentText.AsSpan(span.Start, span.Length))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return sentence.Words[word + 1].IsCapitalized && sentence.Words[word + 1].Kind == TokenKind.Word
            && sentence.Words[word + 2].IsCapitalized && sentence.Words[word + 2].Kind == TokenKind.Word;
    }

    /// <summary>The last of the definite words (<see cref="ProfileSettings.DefinitePrefixes"/>) that run from
    /// <paramref name="word"/> without a break; null when the word there is not one.</summary>
    private static int? DefiniteRunEnd(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        const int MaxRunWords = 4;
        var prefixes = language.Settings.DefinitePrefixes;
        int? end = null;
        for (var w = word; w < sentence.Count && w < word + MaxRunWords; w++)
        {
            var text = sentence.WordText(w);
            if ((w > word && sentence.BreakBefore(w)) || sentence.Words[w].Kind != TokenKind.Word
                || !prefixes.Any(p => text.Length > p.Length + 1 && text.StartsWith(p, StringComparison.Ordinal)))
            {
                break;
            }

            end = w;
        }

        return end;
    }

    /// <summary>
    /// The last word of a portfolio of capitalised words (small words such as "and" between them) that starts at
    /// <paramref name="word"/> and ends two words before the run does, where the last three or more capitalised words
    /// stand together: "Interior and National Administration Kipchumba Murkomen" → "Administration". Null otherwise.
    /// </summary>
    private static int? PortfolioBeforeAFullName(AnalyzedSentence sentence, int word)
    {
        const int NameWords = 2;
        const int MaxSmallWord = 4;
        const int MaxRun = 10;
        var lastCapital = -1;
        var run = 0;
        for (var k = word; k < sentence.Count && k < word + MaxRun; k++)
        {
            if (k > word && sentence.BreakBefore(k))
            {
                break;
            }

            var w = sentence.Words[k];
            if (w.Kind != TokenKind.Word)
            {
                break;
            }

            if (w.IsCapitalized)
            {
                lastCapital = k;
                run++;
            }
            else if (sentence.WordText(k).Length > MaxSmallWord || run > NameWords)
            {
                // A small word after a portfolio word and a full name ("… Kipchumba Murkomen and Ethiopian …") ends it.
                break;
            }
            else
            {
                run = 0;
            }
        }

        if (lastCapital < 0)
        {
            return null;
        }

        var runStart = lastCapital;
        while (runStart > word && sentence.Words[runStart - 1].IsCapitalized && sentence.Words[runStart - 1].Kind == TokenKind.Word)
        {
            runStart--;
        }

        return lastCapital - runStart + 1 > NameWords ? lastCapital - NameWords : null;
    }

    /// <summary>
    /// The last word of a portfolio that starts at <paramref name="word"/>, after "of"/"de", and ends at the comma
    /// before the holder's name: "ministre béninois de l'Intérieur, Alassane Seidou", "minister of Home Affairs, X".
    /// Null when no comma and capitalised name follow within a few words.
    /// </summary>
    private static int? PortfolioEnd(AnalyzedSentence sentence, int word)
    {
        const int MaxPortfolioWords = 3;
        if (!sentence.Words[word].IsCapitalized || sentence.Words[word].Kind != TokenKind.Word)
        {
            return null;
        }

        for (var end = word; end < word + MaxPortfolioWords && end + 1 < sentence.Count; end++)
        {
            if (sentence.Gap(end + 1).Trim() is [','])
            {
                return sentence.Words[end + 1].IsCapitalized && sentence.Words[end + 1].Kind == TokenKind.Word ? end : null;
            }

            if (sentence.BreakBefore(end + 1))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The last word of a long title that runs from <paramref name="word"/> to a comma followed by a full name (two
    /// capitalised words): "délégué auprès du chef du gouvernement chargé de l'Administration de la Défense nationale,
    /// Abdellatif Loudiyi". Null when another break, a number, a status, mood or instrument word comes first (then the
    /// words are a clause of their own: "a signé mercredi avec son homologue, Benny Gantz"), or no such comma follows
    /// by <paramref name="limit"/>.
    /// </summary>
    private static int? TitleUpToComma(AnalyzedSentence sentence, LanguageProfile language, int word, int limit)
    {
        for (var end = word; end < limit; end++)
        {
            if (sentence.Words[end].Kind != TokenKind.Word || language.Statuses.Match(sentence, end) is not null
                || language.Moods.Match(sentence, end) is not null || language.Instruments.Match(sentence, end) is not null)
            {
                return null;
            }

            if (sentence.Gap(end + 1).Trim() is [','])
            {
                return end + 2 < sentence.Count && IsNameWord(sentence, end + 1) && IsNameWord(sentence, end + 2) && !sentence.BreakBefore(end + 2) ? end : null;
            }

            if (sentence.BreakBefore(end + 1))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsNameWord(AnalyzedSentence sentence, int word) =>
        sentence.Words[word].IsCapitalized && sentence.Words[word].Kind == TokenKind.Word;

    /// <summary>The state named a few small words after a title, with nothing else between: the words are its
    /// portfolio ("министр промышленности и торговли России"). Only where names are capitalised: elsewhere the small
    /// words may be the name.</summary>
    private static CountryMention? StateAfterPortfolio(AnalyzedSentence sentence, IReadOnlyList<CountryMention> countries, int word)
    {
        const int MaxPortfolioWords = 4;
        for (var w = word; w < sentence.Count && w < word + MaxPortfolioWords; w++)
        {
            if (w > word && sentence.BreakBefore(w))
            {
                return null;
            }

            if (countries.FirstOrDefault(c => c.FirstWord == w && !c.IsDemonym && !c.IsCapital) is { } state)
            {
                return w > word ? state : null;
            }

            // A body's name capitalises its first word only ("Голова Державної прикордонної служби України Сергій
            // Дейнеко"); a given name is followed by a capitalised surname.
            var opensABody = w == word && w + 1 < sentence.Count && !sentence.Words[w + 1].IsCapitalized && sentence.Words[w + 1].Kind == TokenKind.Word;
            if ((sentence.Words[w].IsCapitalized && !opensABody) || sentence.Words[w].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The word after a middle initial inside a name: "Lloyd J. Austin", "Tore O. Sandvik".</summary>
    private static bool AfterAnInitial(AnalyzedSentence sentence, int word, int end) =>
        word - 1 == end && sentence.Words[end].Span.Length == 1 && sentence.Words[end].IsCapitalized && sentence.Gap(word).Trim() is "."
        && sentence.Words[word].IsCapitalized;

    private static int NameEnd(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int start)
    {
        if (!sentence.Words[start].IsCapitalized || sentence.Words[start].Kind != TokenKind.Word
            || (IsLexiconWord(sentence, language, start) && !IsMonthAsGivenName(sentence, language, start) && !IsStatesNameInAName(sentence, language, countries, start)
                && !IsSmallWordAsGivenName(sentence, language, start)))
        {
            return start - 1;
        }

        var end = start;
        for (var j = start + 1; j < sentence.Count && j - start < MaxNameWords; j++)
        {
            if (sentence.BreakBefore(j) && !AfterAnInitial(sentence, j, end))
            {
                break;
            }

            var text = sentence.WordText(j);
            var particle = language.Settings.NameParticles.Contains(text, StringComparer.OrdinalIgnoreCase) && !sentence.Words[j].IsCapitalized;
            if (particle && end > start && StartsSecondName(sentence, language, j))
            {
                break;
            }

            if (sentence.Words[j].IsCapitalized && sentence.Words[j].Kind == TokenKind.Word
                && (!IsLexiconWord(sentence, language, j) || IsStatesNameInAName(sentence, language, countries, j)))
            {
                end = j;
            }
            else if (IsHyphenated(sentence, j) && sentence.Words[j].Kind == TokenKind.Word && j == end + 1)
            {
                // The second part of a hyphenated given name is written small ("Cho Tae-yul", "Kofi Asante-boateng").
                end = j;
            }
            else if (particle || (IsJoined(sentence, j) && sentence.Words[j].Kind == TokenKind.Word)
                || (j == end + 1 && IsCapitalParticle(sentence, language, j)))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// A particle written capitalised inside a surname, before a capitalised word that is no lexicon word ("Jean-Yves Le
    /// Drian", "Ignazio La Russa", "Luigi Di Maio"): part of the name, where the same word written small may end it.
    /// </summary>
    private static bool IsCapitalParticle(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        sentence.Words[word].IsCapitalized && language.Settings.NameParticles.Contains(sentence.WordText(word), StringComparer.OrdinalIgnoreCase)
        && word + 1 < sentence.Count && !sentence.BreakBefore(word + 1) && sentence.Words[word + 1].IsCapitalized
        && sentence.Words[word + 1].Kind == TokenKind.Word && !IsLexiconWord(sentence, language, word + 1);

    /// <summary>
    /// A particle that is also "and" (Portuguese "e", Spanish "y") between a full name and two more capitalised words
    /// joins two people ("Nuno Melo e Janine Lélis"); with one word after it, it is inside a name ("Ortega y Gasset").
    /// </summary>
    private static bool StartsSecondName(AnalyzedSentence sentence, LanguageProfile language, int particle) =>
        language.FunctionWords.Match(sentence, particle) is { Value: FunctionRole.And } and && and.LastWord == particle
        && particle + 2 < sentence.Count && !sentence.BreakBefore(particle + 1) && !sentence.BreakBefore(particle + 2)
        && Enumerable.Range(particle + 1, 2).All(w => sentence.Words[w].IsCapitalized && sentence.Words[w].Kind == TokenKind.Word && !IsLexiconWord(sentence, language, w));

    private static int CaselessNameEnd(AnalyzedSentence sentence, LanguageProfile language, int start)
    {
        var end = start - 1;
        for (var j = start; j < sentence.Count && j - start < MaxNameWords; j++)
        {
            if ((j > start && sentence.BreakBefore(j)) || sentence.Words[j].Kind != TokenKind.Word)
            {
                break;
            }

            var particle = language.Settings.NameParticles.Contains(sentence.WordText(j), StringComparer.Ordinal);
            if (!particle && IsLexiconWord(sentence, language, j))
            {
                break;
            }

            end = j;
        }

        return end;
    }

    /// <summary>
    /// The name right before a title in a script without capitals: two to six words that no lexicon knows, back to a
    /// break, "and", "on behalf of" or a state ("عن الجانب الإماراتي محمد بن مبارك المزروعي وزير الدولة لشؤون الدفاع"),
    /// with that state. Null when fewer than two words stand there, or another known word opens them.
    /// </summary>
    private static (int Start, int End, PartyCode? State)? CaselessNameBefore(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int title)
    {
        var end = title - 1;
        var start = title;
        while (start - 1 >= 0 && end - (start - 1) < MaxNameWords && sentence.Words[start - 1].Kind == TokenKind.Word
            && (language.Settings.NameParticles.Contains(sentence.WordText(start - 1), StringComparer.Ordinal) || !IsLexiconWord(sentence, language, start - 1))
            && (start == title || !sentence.BreakBefore(start)))
        {
            start--;
            if (sentence.BreakBefore(start))
            {
                break;
            }
        }

        if (end - start < 1 || sentence.BreakBefore(title))
        {
            return null;
        }

        // The name opens its clause or follows "and", "on behalf of" or a state ("در پایان دیدار رسمی وزیر دفاع": after "در",
        // at the end of the official visit, is no name).
        var state = countries.FirstOrDefault(c => c.LastWord == start - 1)?.Code;
        var opens = start == 0 || sentence.BreakBefore(start) || state is not null || JoinerEndsAt(sentence, language, start - 1);
        return opens ? (start, end, state) : null;
    }

    /// <summary>"and" or "on behalf of"/"signed by" ends at the word, whether of one word or of several ("به امضای مسعود
    /// پزشکیان رئیس‌جمهور ایران", by the signature of).</summary>
    private static bool JoinerEndsAt(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        const int MaxJoinerWords = 3;
        for (var first = word; first >= 0 && word - first < MaxJoinerWords; first--)
        {
            if (language.FunctionWords.Match(sentence, first) is { Value: FunctionRole.And or FunctionRole.By } joiner && joiner.LastWord == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capital after "in" tells where, not whose: "підписано у Вільнюсі міністром оборони України …" names
    /// a Ukrainian minister.</summary>
    private static bool IsWhereSomethingHappens(AnalyzedSentence sentence, LanguageProfile language, CountryMention country) =>
        country.IsCapital && country.FirstWord > 0
        && language.FunctionWords.Match(sentence, country.FirstWord - 1) is { Value: FunctionRole.Place } place && place.LastWord == country.FirstWord - 1;

    /// <summary>The "s" cut off "Jordan's" at the apostrophe.</summary>
    private static bool IsPossessiveEnding(AnalyzedSentence sentence, int word) =>
        word > 0 && sentence.Gap(word) is [var apostrophe] && apostrophe is '\'' or '’' && sentence.Keys[word] == "s";

    private static bool IsHyphenated(AnalyzedSentence sentence, int word) => sentence.Gap(word) is ['-' or '‐' or '‑'];

    private static bool IsJoined(AnalyzedSentence sentence, int word)
    {
        var gap = sentence.Gap(word);
        return gap.Length == 1 && Tokenizer.IsJoiner(gap[0]);
    }

    /// <summary>
    /// A month's name right after a title and before a capitalised word Pacta does not know is a given name: "su par
    /// peruano, Julio Díaz Zulueta", "il suo omologo giapponese Gen Nakatani" (June, Julio, Gen, Mai).
    /// </summary>
    private static bool IsMonthAsGivenName(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        language.Months.Match(sentence, word) is { } month && month.LastWord == word
        && word + 1 < sentence.Count && !sentence.BreakBefore(word + 1) && sentence.Words[word + 1].IsCapitalized
        && sentence.Words[word + 1].Kind == TokenKind.Word && !IsLexiconWord(sentence, language, word + 1);

    /// <summary>
    /// A function word written with a capital inside a sentence, right before a capitalised word Pacta does not know,
    /// is a given name: "главнокомандующего вооруженными силами Мьянмы Со Вин" ("со" is "with").
    /// </summary>
    private static bool IsSmallWordAsGivenName(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        !language.Settings.CapitalizesNouns && word > 0 && !sentence.BreakBefore(word)
        && language.FunctionWords.Match(sentence, word) is { } function && function.LastWord == word
        && !IsGazetteerWord(sentence, language, word) && language.Titles.Match(sentence, word) is null && language.Statuses.Match(sentence, word) is null
        && word + 1 < sentence.Count && !sentence.BreakBefore(word + 1) && sentence.Words[word + 1].IsCapitalized
        && sentence.Words[word + 1].Kind == TokenKind.Word && !IsLexiconWord(sentence, language, word + 1);

    /// <summary>A state or city name; a capitalised word that matches only forms written small (the demonym
    /// "германський" for the given name "Герман") is not one.</summary>
    private static bool IsGazetteerWord(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        language.Gazetteer.Match(sentence, word) is { } match
        && (language.Settings.CapitalizesNouns || !sentence.Words[word].IsCapitalized || match.Entries.Any(e => e.RequiresCapital));

    private static bool IsLexiconWord(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        IsGazetteerWord(sentence, language, word) || IsOtherLexiconWord(sentence, language, word);

    /// <summary>A state's name the country recognizer did not take for the state, inside a name ("Luís Montenegro",
    /// "Defence Minister Israel Katz"): part of it.</summary>
    private static bool IsStatesNameInAName(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int word)
    {
        if (!IsGazetteerWord(sentence, language, word) || IsOtherLexiconWord(sentence, language, word))
        {
            return false;
        }

        for (var c = 0; c < countries.Count; c++)
        {
            if (countries[c].FirstWord <= word && countries[c].LastWord >= word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOtherLexiconWord(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        language.Titles.Match(sentence, word) is not null
        || language.Statuses.Match(sentence, word) is not null
        || language.Instruments.Match(sentence, word) is not null
        || language.Months.Match(sentence, word) is not null
        || language.Weekdays.Match(sentence, word) is not null
        || language.DateWords.Match(sentence, word) is not null
        || language.FunctionWords.Match(sentence, word) is not null
        || language.Moods.Match(sentence, word) is not null
        || language.Domains.Match(sentence, word) is not null;
}
