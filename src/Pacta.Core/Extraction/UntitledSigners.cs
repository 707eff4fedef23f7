using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.People;

namespace Pacta.Core.Extraction;

/// <summary>
/// People named bare, with no title, as the agents of a signing: leaders the reader knows ("signed by Vladimir Putin
/// and Kim Jong Un", "signé par Vladimir Poutine et Kim Jong-un", "X ile Y tarafından imzalanmıştı", "подписанный
/// Владимиром Путиным и Ким Чен Ыном"). Names are runs of two to four capitalised words no lexicon knows, joined by
/// "and" or "with", right after "by" next to a signing verb (before it where "by" is a postposition), right before the
/// verb as its subjects, or, in languages whose names take cases, right after the verb; a name in an oblique case is
/// given in its dictionary form.
/// </summary>
internal static class UntitledSigners
{
    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;

    public static IReadOnlyList<PersonMention> In(SentenceAnalysis sentence, LanguageProfile language)
    {
        List<PersonMention>? found = null;
        foreach (var status in sentence.Statuses)
        {
            if (status.Value != AgreementStatus.Signed)
            {
                continue;
            }

            var by = sentence.FunctionWords.FirstOrDefault(f => f.Value == FunctionRole.By && f.FirstWord > status.LastWord && f.FirstWord - status.LastWord <= 2);
            var byBefore = language.Settings.Postpositional
                ? sentence.FunctionWords.FirstOrDefault(f => f.Value == FunctionRole.By && f.LastWord < status.FirstWord && status.FirstWord - f.LastWord <= 2)
                : null;
            if (by is not null)
            {
                Forward(sentence, language, by.LastWord + 1, ref found);
            }
            else if (byBefore is not null)
            {
                Backward(sentence, language, byBefore.FirstWord - 1, ref found);
            }
            else if (language.Settings.NameCases.Count > 0)
            {
                Forward(sentence, language, status.LastWord + 1, ref found);
            }

            if (by is null && byBefore is null && status.FirstWord >= MinNameWords && !sentence.Sentence.BreakBefore(status.FirstWord))
            {
                // "Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed the document": the names right before the verb.
                Backward(sentence, language, status.FirstWord - 1, ref found);
            }
        }

        return found ?? (IReadOnlyList<PersonMention>)[];
    }

    /// <summary>Names from <paramref name="word"/> on: "Vladimir Putin and Kim Jong Un".</summary>
    private static void Forward(SentenceAnalysis sentence, LanguageProfile language, int word, ref List<PersonMention>? found)
    {
        while (NameFrom(sentence, language, word) is var last && last >= word + MinNameWords - 1)
        {
            Add(sentence, language, word, last, ref found);
            if (Joiner(sentence, last + 1) is not { } joiner)
            {
                break;
            }

            word = joiner + 1;
        }
    }

    /// <summary>Names ending at <paramref name="word"/>, read back: "Recep Tayyip Erdoğan ile Fayez es-Serrac".</summary>
    private static void Backward(SentenceAnalysis sentence, LanguageProfile language, int word, ref List<PersonMention>? found)
    {
        while (NameTo(sentence, language, word) is var first && first <= word - MinNameWords + 1)
        {
            Add(sentence, language, first, word, ref found);
            if (first < 2 || Joiner(sentence, first - 1) is not { } joiner)
            {
                break;
            }

            word = joiner - 1;
        }
    }

    /// <summary>The last word of the name starting at <paramref name="word"/> (less than it when none).</summary>
    private static int NameFrom(SentenceAnalysis sentence, LanguageProfile language, int word)
    {
        var last = word - 1;
        while (last + 1 < sentence.Sentence.Count && last + 1 - word < MaxNameWords && IsNameWord(sentence, language, last + 1)
               && (last < word || !sentence.Sentence.BreakBefore(last + 1)))
        {
            last++;
        }

        return last;
    }

    /// <summary>The first word of the name ending at <paramref name="word"/> (more than it when none).</summary>
    private static int NameTo(SentenceAnalysis sentence, LanguageProfile language, int word)
    {
        var first = word + 1;
        while (first - 1 >= 0 && word - (first - 1) < MaxNameWords && IsNameWord(sentence, language, first - 1)
               && (first > word || !sentence.Sentence.BreakBefore(first)))
        {
            first--;
        }

        return first;
    }

    private static bool IsNameWord(SentenceAnalysis sentence, LanguageProfile language, int word)
    {
        var words = sentence.Sentence;
        return words.Words[word].IsCapitalized && words.Words[word].Kind == Text.TokenKind.Word && !language.IsVocabularyWord(words.Keys[word])
            && !sentence.Countries.Any(c => c.FirstWord <= word && c.LastWord >= word)
            && !sentence.People.Any(p => p.FirstWord <= word && p.LastWord >= word);
    }

    /// <summary>"and" or "with" at <paramref name="word"/>, between two names: its word.</summary>
    private static int? Joiner(SentenceAnalysis sentence, int word) =>
        word < sentence.Sentence.Count && sentence.FunctionWords.FirstOrDefault(f => f.FirstWord == word && f.LastWord == word
            && f.Value is FunctionRole.And or FunctionRole.With) is not null ? word : null;

    private static void Add(SentenceAnalysis sentence, LanguageProfile language, int first, int last, ref List<PersonMention>? found)
    {
        var words = sentence.Sentence;
        var span = words.SpanOf(first, last);
        // The case shows on the surname ("Владимиром Путиным"); a name in the nominative ("Сергей Шойгу") has none.
        var name = NameDictionaryForm.Of(words.TextOf(first, last), [words.WordText(last)], language);
        (found ??= []).Add(new PersonMention(sentence.Index, first, last, span, name, "official", span, null, false));
    }
}
