using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Core.Articles;

/// <summary>
/// Reads title, byline and publication date from the first lines of a plain-text article, the way news pages
/// print them: the title on the first line, then "By NAME" / "Par NAME" and "published 14 December 2023" /
/// "Publié le 14 décembre 2023 à 15h13" (the words come from the language's function words and date words).
/// </summary>
public sealed class ArticleHeaderParser
{
    private const int HeaderLines = 6;

    /// <summary>The sentences <see cref="Parse(IReadOnlyList{Text.AnalyzedSentence}, LanguageProfile)"/> reads: the
    /// title and the header lines after it.</summary>
    public const int SentencesRead = HeaderLines + 1;
    private const int MaxTitleLength = 300;
    private const int MaxBylineWords = 5;

    private readonly DateRecognizer _dates = new();

    public ArticleHeader Parse(string text, LanguageProfile language) => Parse(language.Analyze(text), language);

    /// <summary>The header from a text's sentences already split and keyed, so the pipeline does that once per text.</summary>
    public ArticleHeader Parse(IReadOnlyList<Text.AnalyzedSentence> sentences, LanguageProfile language)
    {
        if (sentences.Count == 0)
        {
            return new ArticleHeader(null, null, null);
        }

        var first = sentences[0];
        var title = first.Span.Length <= MaxTitleLength && first.Sentence.Paragraph == 0 ? first.Quote.Trim() : null;
        string? byline = null;
        DateOnly? published = null;
        foreach (var sentence in sentences.Skip(1).Take(HeaderLines))
        {
            byline ??= Byline(sentence, language);
            if (published is null)
            {
                var dates = _dates.Recognize(sentence, language, null);
                var introduced = dates.FirstOrDefault(d => IsIntroduced(sentence, language, d)) ?? (byline is not null ? dates.FirstOrDefault() : null);
                if (introduced?.Past is { Precision: DatePrecision.Day } day)
                {
                    published = day.Start;
                }
            }
        }

        return new ArticleHeader(title, byline, published);
    }

    private static bool IsIntroduced(Text.AnalyzedSentence sentence, LanguageProfile language, DateMention date)
    {
        for (var w = Math.Max(0, date.FirstWord - 3); w < date.FirstWord; w++)
        {
            if (language.DateWords.Match(sentence, w) is { Value: DateWordRole.Published })
            {
                return true;
            }
        }

        return false;
    }

    private static string? Byline(Text.AnalyzedSentence sentence, LanguageProfile language)
    {
        if (!FirstWordMayOpenAByline(sentence, language) || sentence.Count < 2
            || language.FunctionWords.Match(sentence, 0) is not { Value: FunctionRole.By } by)
        {
            return null;
        }

        var start = by.LastWord + 1;
        var end = start - 1;
        for (var w = start; w < sentence.Count && w - start < MaxBylineWords; w++)
        {
            if (!sentence.Words[w].IsCapitalized || language.DateWords.Match(sentence, w) is not null || language.Months.Match(sentence, w) is not null
                || (w > start && sentence.BreakBefore(w) && !IsJoined(sentence, w)))
            {
                break;
            }

            end = w;
        }

        return end >= start ? sentence.TextOf(start, end) : null;
    }

    /// <summary>Whether the sentence's first word can start a byline word ("By", "Par"), keying that word alone: the
    /// header lines after the title are mostly the lead's sentences, and keying all their words to look at the first
    /// was a tenth of reading an article that reports nothing. Only the byline words are asked: "The" starts function
    /// words too ("the two sides"), and every lead sentence that began so was keyed whole.</summary>
    private static bool FirstWordMayOpenAByline(Text.AnalyzedSentence sentence, LanguageProfile language)
    {
        foreach (var span in Text.Tokenizer.Words(sentence.DocumentText, sentence.Span))
        {
            var word = sentence.DocumentText.AsSpan(span.Start, span.Length);
            if (language.BylineWords.CanStartWith(language.Keyer.Key(word)))
            {
                return true;
            }

            foreach (var variant in language.Keyer.PrefixVariants(word))
            {
                if (language.BylineWords.CanStartWith(variant))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private static bool IsJoined(Text.AnalyzedSentence sentence, int word)
    {
        var gap = sentence.Gap(word);
        return gap.Length == 1 && Text.Tokenizer.IsJoiner(gap[0]);
    }
}
