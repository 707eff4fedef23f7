using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;

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
        if (city.FirstWord != 0 || !city.IsCapital || city.LastWord + 1 >= words.Count || words.Gap(city.LastWord + 1).Trim() is not [',', ..])
        {
            return null;
        }

        var date = sentence.Dates.FirstOrDefault(d => d.FirstWord == city.LastWord + 1);
        // "МОСКВА, 14 марта." is a sentence of its own: the date ends it.
        return date is not null && (date.LastWord + 1 == words.Count || words.Gap(date.LastWord + 1).Trim() is ['–' or '—' or '-' or '(' or '.' or '/', ..])
            ? date
            : null;
    }
}
