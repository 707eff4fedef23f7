using Pacta.Core.Analysis;
using Pacta.Core.Model;

namespace Pacta.Core.Extraction;

/// <summary>
/// The pair of states the sentence before names as one subject ("Kazakhstan and Uzbekistan went further."), which
/// "the two …" of the next sentence refers to ("a treaty … between the two largest states of the region"), even
/// when another pair was in focus before.
/// </summary>
internal static class PairNamedBefore
{
    /// <summary>The two states coordinated by "and" in the sentence just before <paramref name="sentence"/>, in the
    /// same paragraph, when it names exactly those two; else null.</summary>
    public static List<PartyCode>? Find(DocumentAnalysis analysis, SentenceAnalysis sentence)
    {
        var index = sentence.Index - 1;
        if (index < 0 || index >= analysis.Sentences.Count || analysis.Sentences[index] is not { } before
            || before.Paragraph != sentence.Paragraph)
        {
            return null;
        }

        var countries = before.Countries;
        if (countries.Count != 2 || countries[0].Code == countries[1].Code || countries.Any(c => c.Code.IsOrganization)
            || !Coordination.Listed(before, countries[0].LastWord, countries[1].FirstWord))
        {
            return null;
        }

        return [countries[0].Code, countries[1].Code];
    }
}
