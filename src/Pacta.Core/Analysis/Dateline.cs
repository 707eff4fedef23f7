using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Text;

namespace Pacta.Core.Analysis;

/// <summary>The date of a dated dateline, where a story says it was filed from.</summary>
internal static class Dateline
{
    /// <summary>
    /// The date after <paramref name="city"/> when the city is a capital opening the sentence, followed by a comma, a
    /// date, then a dash, a source in brackets or slashes or a full stop ("MOSCOW, March 19 (Reuters) -", "Roma, 6 marzo -",
    /// "МОСКВА, 14 марта.", "КИЇВ, 12 лютого /Укрінформ/."); null otherwise ("Astana, last year, signed…").
    /// </summary>
    public static DateMention? DateAfter(SentenceAnalysis sentence, CountryMention city)
    {
        var words = sentence.Sentence;
        if (!OpensBody(words, city.FirstWord) || !city.IsCapital || city.LastWord + 1 >= words.Count || words.Gap(city.LastWord + 1).Trim() is not [',', ..])
        {
            return null;
        }

        var date = sentence.Dates.FirstOrDefault(d => d.FirstWord == city.LastWord + 1);
        // "МОСКВА, 14 марта." is a sentence of its own: the date ends it.
        return date is not null && (date.LastWord + 1 == words.Count || words.Gap(date.LastWord + 1).Trim() is ['–' or '—' or '-' or '(' or '.' or '/', ..])
            ? date
            : null;
    }

    /// <summary>Characters of a source tag before a dateline at most ("(Europa Press)").</summary>
    private const int MaxSourceTagLength = 24;

    /// <summary>
    /// True when the word opens the sentence, or follows only a source tag in brackets and a dash ("(ANSA) - ROMA, 08
    /// LUG -", "(AFP) – DAKAR"): agencies put their name before the city as often as after it.
    /// </summary>
    public static bool OpensBody(AnalyzedSentence words, int firstWord)
    {
        if (firstWord == 0)
        {
            return true;
        }

        var before = words.DocumentText.AsSpan(words.Span.Start, words.Words[firstWord].Start - words.Span.Start).Trim();
        var close = before.IndexOf(')');
        return before is ['(', ..] && close > 1 && close <= MaxSourceTagLength
            && before[(close + 1)..].Trim() is ['–' or '—' or '-'] && before[1..close].IndexOfAny('(', '.') < 0;
    }
}
