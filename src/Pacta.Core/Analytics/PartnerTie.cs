using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// One partner of a state in one agreement. A state's ties are the unit every partner figure counts: a bilateral
/// agreement gives the state one tie, an agreement of k parties gives each of them k−1 ties (one per other party),
/// as <see cref="Dyad.AllOf"/> does for the whole network.
/// </summary>
public readonly record struct PartnerTie(PartyCode Partner, PartnershipFact Fact)
{
    /// <summary>The ties of <paramref name="state"/> in the facts that <paramref name="period"/> includes.</summary>
    public static IReadOnlyList<PartnerTie> Of(PartyCode state, IEnumerable<PartnershipFact> facts, Period period)
    {
        var ties = new List<PartnerTie>();
        foreach (var fact in facts)
        {
            if (!period.Includes(fact.Date) || !fact.Parties.Contains(state))
            {
                continue;
            }

            foreach (var partner in fact.Parties.Distinct())
            {
                if (partner != state)
                {
                    ties.Add(new PartnerTie(partner, fact));
                }
            }
        }

        return ties;
    }

    /// <summary>How many distinct agreements the ties come from (a multilateral one gives several ties).</summary>
    public static int CountAgreements(IEnumerable<PartnerTie> ties) =>
        ties.Select(t => t.Fact).Distinct(ReferenceEqualityComparer.Instance).Count();
}
