using Pacta.Core.Languages;
using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Text;

namespace Pacta.Core.Recognizers.Places;

/// <summary>
/// Finds places: a capital or a capitalised name right after a preposition of place (or, in postpositional
/// languages, right before a locative word or ending). A state's name after the preposition is not a city.
/// </summary>
public sealed class PlaceRecognizer
{
    public List<PlaceMention> Recognize(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries)
    {
        var places = new List<PlaceMention>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (CapitalOfState(sentence, language, countries, i) is { } capitalOf)
            {
                places.Add(capitalOf);
                continue;
            }

            var capital = StartingAt(countries, i, capitalOnly: true);
            if (language.Settings.Postpositional && capital is not null && IsPlaceAfter(sentence, language, capital.LastWord))
            {
                places.Add(FromCapital(sentence, language, capital));
                continue;
            }

            if (language.Settings.Postpositional && capital is null && IsNamedPlaceWithLocative(sentence, language, countries, i))
            {
                places.Add(new PlaceMention(sentence.Index, i, i, sentence.SpanOf(i, i), sentence.WordText(i), null));
                continue;
            }

            if (language.FunctionWords.Match(sentence, i) is not { Value: FunctionRole.Place or FunctionRole.CapitalCity } preposition)
            {
                if (capital is not null && HasPlacePrefix(sentence, language, i))
                {
                    places.Add(FromCapital(sentence, language, capital));
                }

                continue;
            }

            var next = preposition.LastWord + 1;
            if (next >= sentence.Count || sentence.BreakBefore(next))
            {
                continue;
            }

            next = NameAfterPlaceNoun(sentence, language, next) ?? next;

            if (StartingAt(countries, next, capitalOnly: false) is { } named)
            {
                // "in Singapore": a city-state's name is its capital's too.
                if (named.IsCapital || (language.CapitalName(named.Code) is { } capitalName
                    && string.Equals(KeyNormalizer.Normalize(capitalName), KeyNormalizer.Normalize(named.Text), StringComparison.Ordinal)))
                {
                    places.Add(FromCapital(sentence, language, named));
                    i = named.LastWord;
                }

                continue;
            }

            if (preposition.Value == FunctionRole.CapitalCity)
            {
                // "the capital Riyadh", "العاصمة الرياض": only a known capital after the noun.
                continue;
            }

            if (CityOfAdjective(sentence, language, next) is { } city)
            {
                // "im Berliner Kanzleramt": the adjective of a capital before a building or office names the city.
                places.Add(new PlaceMention(sentence.Index, next, next + 1, sentence.SpanOf(next, next + 1), city.Form, city.Value.Code));
                i = next + 1;
                continue;
            }

            // Arabic script has no capitals, and German capitalises every noun ("in Kraft"): there only known cities. A
            // word that only starts a state's name, where no state is named, may start a city's ("em São Petersburgo").
            if (language.Settings.Script == "Arabic" || language.Settings.CapitalizesNouns
                || !sentence.Words[next].IsCapitalized || sentence.Words[next].Kind != TokenKind.Word
                || language.IsVocabularyWord(sentence.Keys[next])
                || (language.IsKnownWord(sentence.Keys[next]) && !StartsAName(sentence, language, next)))
            {
                continue;
            }

            var end = next;
            while (end + 1 < sentence.Count && !sentence.BreakBefore(end + 1)
                   && ((sentence.Words[end + 1].IsCapitalized && !language.IsKnownWord(sentence.Keys[end + 1]) && end - next < 2)
                       || HyphenatedOn(sentence, end + 1)))
            {
                end++;
            }

            if (end + 1 < sentence.Count && !sentence.BreakBefore(end + 1) && sentence.Words[end + 1].IsCapitalized
                && language.Cues.FirstKeys.Contains(sentence.Keys[end + 1]))
            {
                // "at the Shangri-La Dialogue", "at Raisina Dialogue": a capitalised cue word (talks, a company, a government) after the name
                // makes it an event's or a building's name, not a city.
                i = end + 1;
                continue;
            }

            places.Add(new PlaceMention(sentence.Index, next, end, sentence.SpanOf(next, end), sentence.TextOf(next, end), null));
            i = end;
        }

        return places;
    }

    /// <summary>Words a hyphenated name may run to ("Aix-la-Chapelle", "Saint-Jean-de-Luz").</summary>
    private const int MaxHyphenatedWords = 5;

    /// <summary>A word joined by a hyphen to the word before, in a hyphenated name that ends with a capitalised word:
    /// "Aix-la-Chapelle" is one town, its lower-case "la" included.</summary>
    private static bool HyphenatedOn(AnalyzedSentence sentence, int word)
    {
        for (var w = word; w < sentence.Count && w - word < MaxHyphenatedWords && sentence.Gap(w) is "-" or "‐"; w++)
        {
            if (sentence.Words[w].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word followed in one name by a capitalised word no lexicon lists ("São Petersburgo", "South
    /// Kordofan").</summary>
    private static bool StartsAName(AnalyzedSentence sentence, LanguageProfile language, int word) =>
        word + 1 < sentence.Count && !sentence.BreakBefore(word + 1) && sentence.Words[word + 1].IsCapitalized
        && sentence.Words[word + 1].Kind == TokenKind.Word && !language.IsKnownWord(sentence.Keys[word + 1]);

    /// <summary>Lower-case words at most before and after the noun for a town ("the southern port", "amazónica de").</summary>
    private const int MaxWordsAroundPlaceNoun = 3;

    /// <summary>
    /// The capitalised word that a noun for a town leads to, in one clause after a preposition of place: "in the
    /// southern port city of Aden", "en la ciudad amazónica de Leticia", "dans la ville portuaire de Tartous", "на острове
    /// Лангкави". Null when
    /// no such noun follows, or no name comes after it past a few lower-case words.
    /// </summary>
    private static int? NameAfterPlaceNoun(AnalyzedSentence sentence, LanguageProfile language, int first)
    {
        var nouns = language.Settings.PlaceNouns;
        if (nouns.Count == 0)
        {
            return null;
        }

        for (var w = first; w < sentence.Count && w - first <= MaxWordsAroundPlaceNoun; w++)
        {
            if ((w > first && sentence.BreakBefore(w)) || sentence.Words[w].IsCapitalized || sentence.Words[w].Kind != TokenKind.Word)
            {
                return null;
            }

            if (!nouns.Contains(sentence.WordText(w)))
            {
                continue;
            }

            for (var name = w + 1; name < sentence.Count && name - w <= MaxWordsAroundPlaceNoun + 1; name++)
            {
                if (sentence.BreakBefore(name) || sentence.Words[name].Kind != TokenKind.Word)
                {
                    return null;
                }

                if (sentence.Words[name].IsCapitalized)
                {
                    // "city of Aden" takes a word between; a language that inflects puts the name right after the noun
                    // ("на острове Лангкави", "у місті Дніпро").
                    return name - w > 1 || language.Settings.Inflection is not null ? name : null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "in the Qatari capital", "dans la capitale de la Mauritanie", "в белорусской столице", "في العاصمة السودانية":
    /// the word <paramref name="word"/> is the noun "capital", a place preposition stands at most three words before it,
    /// and a state is named right before it or right after it (past one small lower-case word: "of", "de"). The place
    /// is that state's capital, in the form capitals.tsv lists first; its words are the state's, so the state is
    /// not read as a party.
    /// </summary>
    private static PlaceMention? CapitalOfState(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int word)
    {
        if (language.FunctionWords.Match(sentence, word) is not { Value: FunctionRole.CapitalCity } noun
            || !(AfterPlacePreposition(sentence, language, word) || HasPlacePrefix(sentence, language, word)))
        {
            return null;
        }

        var state = EndingAt(countries, word - 1) is { } before && !sentence.BreakBefore(word) ? before : null;
        var next = noun.LastWord + 1;
        if (state is null && next < sentence.Count && !sentence.BreakBefore(next))
        {
            state = StartingAt(countries, next, capitalOnly: false);
            if (state is null && next + 1 < sentence.Count && !sentence.BreakBefore(next + 1) && !sentence.Words[next].IsCapitalized
                && sentence.Words[next].Span.Length <= 3)
            {
                state = StartingAt(countries, next + 1, capitalOnly: false);
            }
        }

        if (state is null || state.IsCapital || language.CapitalName(state.Code) is not { } name)
        {
            return null;
        }

        return new PlaceMention(sentence.Index, state.FirstWord, state.LastWord, sentence.SpanOf(Math.Min(word, state.FirstWord), Math.Max(noun.LastWord, state.LastWord)), name, state.Code);
    }

    /// <summary>A place preposition starts at most three words before the word, with no punctuation between.</summary>
    private static bool AfterPlacePreposition(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        for (var start = Math.Max(0, word - 3); start < word; start++)
        {
            if (language.FunctionWords.Match(sentence, start) is { Value: FunctionRole.Place } && sentence.NoBreakBetween(start, word))
            {
                return true;
            }
        }

        return false;
    }

    private static CountryMention? EndingAt(IReadOnlyList<CountryMention> countries, int word)
    {
        for (var c = 0; c < countries.Count; c++)
        {
            if (countries[c].LastWord == word)
            {
                return countries[c];
            }
        }

        return null;
    }

    /// <summary>
    /// The capital whose adjective the word is, when a capitalised noun follows it in the same phrase: the word is the
    /// capital's name with one of the language's city-adjective endings ("Berliner", "Moskauer", "Wiener").
    /// </summary>
    private static LexiconEntry<GazetteerEntry>? CityOfAdjective(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        var endings = language.Settings.CityAdjectiveEndings;
        if (endings.Count == 0 || !sentence.Words[word].IsCapitalized || word + 1 >= sentence.Count || sentence.BreakBefore(word + 1)
            || !sentence.Words[word + 1].IsCapitalized || sentence.Words[word + 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var text = sentence.WordText(word);
        foreach (var ending in endings)
        {
            if (text.Length > ending.Length + 2 && text.EndsWith(ending, StringComparison.Ordinal)
                && language.Gazetteer.OneWord(language.Keyer.Key(text.AsSpan(0, text.Length - ending.Length))) is { } entries)
            {
                foreach (var entry in entries)
                {
                    if (entry.Value.Type == NameType.Capital)
                    {
                        return entry;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first state named from this word (a capital only, if asked). A loop, not a lambda: it runs at
    /// every word of every sentence read for places, and a closure and delegate were allocated each time.</summary>
    private static CountryMention? StartingAt(IReadOnlyList<CountryMention> countries, int word, bool capitalOnly)
    {
        for (var c = 0; c < countries.Count; c++)
        {
            if (countries[c].FirstWord == word && (!capitalOnly || countries[c].IsCapital))
            {
                return countries[c];
            }
        }

        return null;
    }

    private static PlaceMention FromCapital(AnalyzedSentence sentence, LanguageProfile language, CountryMention capital)
    {
        // The dictionary form: the lexicon's own form when the text inflects it ("в Дохе" → "Доха"), also when the
        // inflected form is listed itself.
        var match = language.Gazetteer.Match(sentence, capital.FirstWord);
        var form = match?.Entries.FirstOrDefault(e => e.Value.Type == NameType.Capital)?.Form ?? capital.Text;
        form = language.DictionaryFormOfCapital(capital.Code, form);
        var name = string.Equals(KeyNormalizer.Normalize(form), KeyNormalizer.Normalize(capital.Text), StringComparison.Ordinal) ? capital.Text : form;
        return new PlaceMention(sentence.Index, capital.FirstWord, capital.LastWord, capital.Span, name, capital.Code);
    }

    /// <summary>
    /// A city that is no capital, named with its locative ending after an apostrophe ("İstanbul'da"): a capitalised
    /// word, not an acronym ("TBMM'de"), not a word of any lexicon (months: "Kasım'da"), not a state, and not the end
    /// of a longer name ("Genel Kurulu'nda", the General Assembly).
    /// </summary>
    private static bool IsNamedPlaceWithLocative(AnalyzedSentence sentence, LanguageProfile language, IReadOnlyList<CountryMention> countries, int word)
    {
        var token = sentence.Words[word];
        var text = sentence.WordText(word);
        if (!token.IsCapitalized || token.Kind != TokenKind.Word || text.Length < 3 || text.All(char.IsUpper)
            || word + 1 >= sentence.Count || sentence.Gap(word + 1) is not [var mark] || mark is not ('\'' or '’')
            || language.IsKnownWord(sentence.Keys[word]) || countries.Any(c => c.FirstWord <= word && c.LastWord >= word)
            || (word > 0 && !sentence.BreakBefore(word) && sentence.Words[word - 1].IsCapitalized))
        {
            return false;
        }

        return IsPlaceAfter(sentence, language, word);
    }

    private static bool IsPlaceAfter(AnalyzedSentence sentence, LanguageProfile language, int lastWord)
    {
        if (language.FunctionSuffixes.TryGetValue(sentence.EndingOf(lastWord), out var role) && role == FunctionRole.Place)
        {
            return true;
        }

        var next = lastWord + 1;
        return next < sentence.Count && !sentence.BreakBefore(next)
            && language.FunctionWords.Match(sentence, next) is { Value: FunctionRole.Place };
    }

    private static bool HasPlacePrefix(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        var normalized = KeyNormalizer.Normalize(sentence.WordText(word));
        foreach (var (suffix, role) in language.FunctionSuffixes)
        {
            // Prefix forms are stored with a trailing marker by the loader ("ب>").
            if (role == FunctionRole.Place && suffix.EndsWith('>') && normalized.StartsWith(suffix[..^1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
