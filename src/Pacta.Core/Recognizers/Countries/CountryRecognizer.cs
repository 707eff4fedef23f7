using Pacta.Core.Languages;
using Pacta.Core.Text;

namespace Pacta.Core.Recognizers.Countries;

/// <summary>
/// Finds states and organisations in a sentence: the longest gazetteer form at each word (so "Guinea-Bissau" wins
/// over "Guinea", "South Sudan" over "Sudan"), forms written with a capital only on capitalised words.
/// </summary>
public sealed class CountryRecognizer
{
    public List<CountryMention> Recognize(AnalyzedSentence sentence, LanguageProfile language)
    {
        var mentions = new List<CountryMention>();
        foreach (var match in language.Gazetteer.FindAll(sentence))
        {
            var entry = match.Entries.OrderBy(e => Rank(e.Value.Type)).First();
            if (!IsPlausible(sentence, match, entry.Value, language) || IsNameLikeDemonym(sentence, match, entry, language))
            {
                continue;
            }

            var span = sentence.SpanOf(match.FirstWord, match.LastWord);
            span = Model.TextSpan.FromBounds(SkipLetters(sentence.DocumentText, span.Start, match.PrefixLetters), span.End);
            mentions.Add(new CountryMention(
                sentence.Index,
                match.FirstWord,
                match.LastWord,
                span,
                entry.Value.Code,
                entry.Value.Type,
                span.Slice(sentence.DocumentText)));
        }

        return mentions;
    }

    /// <summary>Moves past a number of letters (and the marks that sit on them) of a word.</summary>
    private static int SkipLetters(string text, int start, int letters)
    {
        var i = start;
        while (letters > 0 && i < text.Length)
        {
            i++;
            while (i < text.Length && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }

            letters--;
        }

        return i;
    }

    private static int Rank(NameType type) => type switch
    {
        NameType.Name => 0,
        NameType.Official => 1,
        NameType.Alternate => 2,
        NameType.Organization => 3,
        NameType.Former => 4,
        NameType.Historical => 5,
        NameType.Demonym => 6,
        _ => 7,
    };

    /// <summary>
    /// A one-word name directly followed by a capitalised word that Pacta does not know is most likely part of a
    /// person's or a company's name ("Jordan Peterson", "Qatar Airways", "Washington Post"). Languages that
    /// capitalise every noun (German) skip this test, and so does a name with a case ending: a first name does not
    /// take the genitive, so "министр обороны Казахстана Руслан Жаксылыков" names the state before the minister.
    /// Nor does a name that cannot decline right after a title where the state follows the title ("министром обороны
    /// Мали Садио Камарой"): there it is the state's genitive too.
    /// </summary>
    private static bool IsPlausible(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match, GazetteerEntry entry, LanguageProfile language)
    {
        if (match.FirstWord == 0 && match.WordCount == 1 && IsCommonWordAtStart(sentence, language))
        {
            return false;
        }

        if (language.Settings.CapitalizesNouns || entry.Type is NameType.Demonym or NameType.Organization || match.WordCount > 1
            || IsInflected(sentence, match) || FollowsATitle(sentence, match, language))
        {
            return true;
        }

        if (EndsAName(sentence, match, language))
        {
            return false;
        }

        var next = match.LastWord + 1;
        if (next >= sentence.Count || sentence.BreakBefore(next) || !sentence.Words[next].IsCapitalized)
        {
            return true;
        }

        return language.IsKnownWord(sentence.Keys[next]) || AcronymBeforeAFullName(sentence, match);
    }

    /// <summary>
    /// An acronym ("КНР", "США") is no given name: before a full name (two capitalised words) it is the state of the
    /// title before it ("заместителем председателя Центрального военного совета КНР Чжан Юся"), where "Jordan Peterson"
    /// stays a person ("USA Today", one word after, stays a newspaper).
    /// </summary>
    private static bool AcronymBeforeAFullName(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match)
    {
        var word = sentence.Words[match.FirstWord];
        var text = sentence.DocumentText.AsSpan(word.Span.Start, word.Span.Length);
        var surname = match.LastWord + 2;
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return text.Length >= 2 && surname < sentence.Count && !sentence.BreakBefore(surname)
            && sentence.Words[surname].IsCapitalized && sentence.Words[surname].Kind == TokenKind.Word;
    }

    /// <summary>The sentence opens with one of the profile's phrases ("Того ж", "Того же"), word by word.</summary>
    private static bool IsCommonWordAtStart(AnalyzedSentence sentence, LanguageProfile language)
    {
        foreach (var common in language.Settings.CommonWordsAtSentenceStart)
        {
            var w = 0;
            var matched = true;
            foreach (var part in common.Split(' '))
            {
                if (w >= sentence.Count || (w > 0 && sentence.BreakBefore(w))
                    || !sentence.DocumentText.AsSpan(sentence.Words[w].Span.Start, sentence.Words[w].Span.Length).Equals(part, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }

                w++;
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A one-word name right after a capitalised word Pacta does not know, inside a sentence, ends a person's or a
    /// company's name: "pelo primeiro-ministro Luís Montenegro", "a Fábrica Argentina de Aviones", "Air India". Not in
    /// a headline written in title case ("Erdogan Meets Ukraine's President"), where every word is capitalised.
    /// </summary>
    private static bool EndsAName(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match, LanguageProfile language)
    {
        var before = match.FirstWord - 1;
        return before >= 1 && !sentence.BreakBefore(match.FirstWord) && sentence.Words[before].IsCapitalized
            && sentence.Words[before].Kind == TokenKind.Word && !language.IsKnownWord(sentence.Keys[before])
            && !IsTitleCase(sentence);
    }

    /// <summary>Most longer words capitalised: a headline in title case.</summary>
    private static bool IsTitleCase(AnalyzedSentence sentence)
    {
        const int MinLetters = 4;
        var words = 0;
        var capitalised = 0;
        for (var w = 0; w < sentence.Count; w++)
        {
            if (sentence.Words[w].Kind == TokenKind.Word && sentence.Words[w].Span.Length >= MinLetters)
            {
                words++;
                capitalised += sentence.Words[w].IsCapitalized ? 1 : 0;
            }
        }

        return words > 0 && capitalised * 2 > words;
    }

    private static bool FollowsATitle(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match, LanguageProfile language)
    {
        if (!language.Settings.StateAfterTitle || match.FirstWord == 0 || sentence.BreakBefore(match.FirstWord))
        {
            return false;
        }

        var before = sentence.Keys[match.FirstWord - 1];
        return !sentence.Words[match.FirstWord - 1].IsCapitalized
            && (language.Titles.FirstKeys.Contains(before) || language.Domains.FirstKeys.Contains(before) || TitleEndsAt(sentence, language, match.FirstWord - 1));
    }

    /// <summary>A title of several words ends at the word: "председатель госсовета КНДР Ким Чен Ын".</summary>
    private static bool TitleEndsAt(AnalyzedSentence sentence, LanguageProfile language, int word)
    {
        const int MaxTitleWords = 4;
        for (var start = Math.Max(0, word - MaxTitleWords + 1); start < word; start++)
        {
            if (language.Titles.Match(sentence, start) is { } title && title.LastWord == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A demonym the language writes small ("германський", "français") met capitalised inside a sentence before
    /// another capitalised word Pacta does not know is a person's name: "міністр … України Герман Сметанін". So is one
    /// written capitalised right after a title, where no demonym stands: "Gürcistan Savunma Bakanı İrakli Çikovani".
    /// </summary>
    private static bool IsNameLikeDemonym(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match, LexiconEntry<GazetteerEntry> entry, LanguageProfile language)
    {
        var next = match.LastWord + 1;
        return entry.Value.Type == NameType.Demonym && !language.Settings.CapitalizesNouns
            && (!entry.RequiresCapital || (match.FirstWord > 0 && (TitleEndsAt(sentence, language, match.FirstWord - 1)
                || language.Titles.Match(sentence, match.FirstWord - 1) is { } title && title.LastWord == match.FirstWord - 1)))
            && match.FirstWord > 0 && !sentence.BreakBefore(match.FirstWord) && sentence.Words[match.FirstWord].IsCapitalized
            && next < sentence.Count && !sentence.BreakBefore(next) && sentence.Words[next].IsCapitalized
            && !language.IsKnownWord(sentence.Keys[next]);
    }

    /// <summary>The word carries an ending none of its gazetteer forms has ("Казахстана" for "Казахстан", "Мьянмы"
    /// for "Мьянма"); a form written with other accents ("Turkiye" for "Türkiye") keeps its length and last letter.</summary>
    private static bool IsInflected(AnalyzedSentence sentence, LexiconMatch<GazetteerEntry> match)
    {
        if (match.PrefixLetters > 0)
        {
            return false;
        }

        var word = sentence.Words[match.FirstWord].Span;
        var text = sentence.DocumentText.AsSpan(word.Start, word.Length);
        foreach (var entry in match.Entries)
        {
            var form = entry.Form;
            if (form.Length == text.Length && char.ToLowerInvariant(form[^1]) == char.ToLowerInvariant(text[^1]))
            {
                return false;
            }
        }

        return true;
    }
}
