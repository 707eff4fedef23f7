using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Analysis;

/// <summary>
/// The day a story was filed, from a dated dateline ("Roma, 6 marzo -", "MOSCOW, March 19 (Reuters) -", "МОСКВА, 14
/// марта."), when it falls on or up to two weeks before the publication date: "oggi", "yesterday" and weekdays count
/// from it. A page's date often lags the dateline by a day (time zones, a late edition), and a week when a story is
/// taken up again or the page is dated by its last update; the words of the story still count from its filing.
/// </summary>
internal static class DatelineDay
{
    private const int MaxDaysBeforePublication = 14;

    /// <summary>The sentences after the headline a dateline may open.</summary>
    private const int MaxSentence = 2;

    /// <summary>Characters before a dateline's comma at most ("SAN SALVADOR DE JUJUY").</summary>
    private const int MaxCityLength = 32;

    /// <summary>The day filed and the index of the sentence the dateline opens, or null.</summary>
    public static (DateOnly Day, int Sentence)? Of(IReadOnlyList<AnalyzedSentence> sentences, LanguageProfile language, DateOnly? published, SentenceRecognizers recognizers)
    {
        if (published is not { } day)
        {
            return null;
        }

        for (var i = 1; i <= MaxSentence && i < sentences.Count; i++)
        {
            // A dateline's city is a word or two before its comma: most sentences are passed over before any recognizer runs.
            var span = sentences[i].Span;
            if (sentences[i].DocumentText.AsSpan(span.Start, Math.Min(span.Length, MaxCityLength + 1)).IndexOf(',') < 1)
            {
                continue;
            }

            var sentence = new SentenceAnalysis(sentences[i], language, published, recognizers);
            foreach (var city in sentence.Countries)
            {
                if (Dateline.DateAfter(sentence, city)?.Past is { Precision: DatePrecision.Day } filed
                    && filed.Start <= day && day.DayNumber - filed.Start.DayNumber <= MaxDaysBeforePublication)
                {
                    return (filed.Start, i);
                }
            }
        }

        return null;
    }
}
