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
}
