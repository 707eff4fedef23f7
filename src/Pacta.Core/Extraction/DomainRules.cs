using Pacta.Core.Analysis;
using Pacta.Core.Languages;

namespace Pacta.Core.Extraction;

/// <summary>
/// Reads the domain of an instrument from the domain words around it, or from its sentence when none stands near.
/// </summary>
internal static class DomainRules
{
    private const int DomainWindowBefore = 4;
    private const int DomainWindowAfter = 10;

    public static DomainClass? DomainOf(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, bool headFinal)
    {
        // Head-final languages put what the instrument is about before it ("terörle mücadele alanlarında iş
        // birliğini öngören mutabakat zaptı"), the others mostly after ("agreement on military cooperation").
        var otherAnchors = sentence.Instruments.Where(a => a != anchor).ToList();
        var from = anchor.FirstWord - (headFinal ? DomainWindowAfter : DomainWindowBefore);
        var to = anchor.LastWord + (headFinal ? DomainWindowBefore : DomainWindowAfter);
        foreach (var other in otherAnchors)
        {
            if (other.LastWord < anchor.FirstWord)
            {
                from = Math.Max(from, other.LastWord + 1);
            }
            else if (other.FirstWord > anchor.LastWord)
            {
                to = Math.Min(to, other.FirstWord - 1);
            }
        }

        var inWindow = sentence.Domains.Where(d => d.FirstWord >= from && d.LastWord <= to).ToList();
        if (inWindow.Count == 0)
        {
            return SentenceDomain(sentence);
        }

        // The nearest domain word decides ("un accord antiterroriste ainsi qu'un protocole gazier": the protocol
        // is about gas); among defence and security words, the more frequent wins.
        var nearest = inWindow.OrderBy(d => WordDistance.Between(d.FirstWord, d.LastWord, anchor.FirstWord, anchor.LastWord)).ThenBy(d => d.FirstWord < anchor.FirstWord ? 1 : 0).First();
        if (nearest.Value == DomainClass.Other && inWindow.All(d => d.Value == DomainClass.Other
            || (WordDistance.Between(d.FirstWord, d.LastWord, anchor.FirstWord, anchor.LastWord) > 2 && !AreCoordinated(sentence, d, nearest))))
        {
            return DomainClass.Other;
        }

        var defense = inWindow.Count(d => d.Value == DomainClass.Defense);
        var security = inWindow.Count(d => d.Value == DomainClass.Security);
        if (defense == 0 && security == 0)
        {
            return DomainClass.Other;
        }

        return security > defense ? DomainClass.Security : DomainClass.Defense;
    }

    /// <summary>Two field words joined by "and" alone ("Defense and Economic Cooperation Agreement", "Savunma ve Ekonomik
    /// İşbirliği Anlaşması"): the instrument covers both, however far the first stands from its noun.</summary>
    private static bool AreCoordinated(SentenceAnalysis sentence, Languages.LexiconMatch<DomainClass> one, Languages.LexiconMatch<DomainClass> other)
    {
        var (first, second) = one.FirstWord < other.FirstWord ? (one, other) : (other, one);
        var between = second.FirstWord - first.LastWord - 1;
        return between == 1
            && sentence.Sentence.NoBreakBetween(first.LastWord, second.FirstWord)
            && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord == first.LastWord + 1 && f.LastWord == first.LastWord + 1);
    }

    /// <summary>
    /// For an instrument with no field words near it, the fields its sentence names: "The treaty, signed by …,
    /// set up cooperation in economic, cultural and defence matters" covers defence.
    /// </summary>
    private static DomainClass? SentenceDomain(SentenceAnalysis sentence)
    {
        var defense = sentence.Domains.Count(d => d.Value == DomainClass.Defense);
        var security = sentence.Domains.Count(d => d.Value == DomainClass.Security);
        return defense + security > 0 ? (security > defense ? DomainClass.Security : DomainClass.Defense)
            : sentence.Domains.Count > 0 ? DomainClass.Other
            : null;
    }
}
