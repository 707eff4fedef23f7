using Pacta.Core.Analysis;
using Pacta.Core.Recognizers.Places;

namespace Pacta.Core.Extraction;

/// <summary>
/// The capital a story was filed from ("PORT MORESBY, Aug 22 (Reuters) -", "ANKARA (AA) -"), as a place in its
/// dictionary form: where a signing reported as this week's news took place when the text names no other place.
/// </summary>
internal static class DatelineCity
{
    /// <summary>The headline and the sentence after it: a dateline opens the body.</summary>
    private const int MaxSentence = 2;

    public static PlaceMention? Of(DocumentAnalysis analysis)
    {
        for (var i = 0; i < analysis.Sentences.Count && i <= MaxSentence; i++)
        {
            var sentence = analysis.Sentences[i];
            foreach (var country in sentence.Countries)
            {
                if (PartyFinder.IsDateline(sentence, country))
                {
                    var name = analysis.Language.DictionaryFormOfCapital(country.Code, country.Text);
                    return new PlaceMention(i, country.FirstWord, country.LastWord, country.Span, name, country.Code);
                }
            }
        }

        return null;
    }

    /// <summary>Characters before a dateline's comma at most ("SAN SALVADOR DE JUJUY").</summary>
    private const int MaxCityLength = 32;

    /// <summary>
    /// The dictionary form of a town no lexicon knows, from a dateline that names it ("Нью-Йорк, 24 вересня
    /// /Укрінформ/." for "у Нью-Йорку"): the words before the comma that opens the body, when they key alike with the
    /// place as the text inflects it. Null otherwise.
    /// </summary>
    public static string? FormOf(DocumentAnalysis analysis, string place)
    {
        for (var i = 0; i < analysis.Sentences.Count && i <= MaxSentence; i++)
        {
            var sentence = analysis.Sentences[i].Sentence;
            var head = sentence.DocumentText.AsSpan(sentence.Span.Start, Math.Min(sentence.Span.Length, MaxCityLength + 1));
            var comma = head.IndexOf(',');
            if (comma < 2 || !char.IsUpper(head[0]))
            {
                continue;
            }

            var city = head[..comma].Trim().ToString();
            var keyer = analysis.Language.Keyer;
            return city != place && city.Length <= place.Length && string.Equals(keyer.Key(city), keyer.Key(place), StringComparison.Ordinal) ? city : null;
        }

        return null;
    }
}
