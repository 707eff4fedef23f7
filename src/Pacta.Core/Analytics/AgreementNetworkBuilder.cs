using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// Builds the <see cref="AgreementNetwork"/> of the facts in a period: a node per party, an edge per dyad weighted by
/// the agreements of the dyad (a multilateral agreement adds one to each of its dyads, <see cref="Dyad.AllOf"/>).
/// </summary>
public sealed class AgreementNetworkBuilder
{
    public AgreementNetwork Build(IEnumerable<PartnershipFact> facts, Period period)
    {
        var weights = new SortedDictionary<Dyad, int>();
        foreach (var fact in facts.Where(f => period.Includes(f.Date)))
        {
            foreach (var dyad in Dyad.AllOf(fact.Parties))
            {
                weights[dyad] = weights.GetValueOrDefault(dyad) + 1;
            }
        }

        var parties = weights.Keys.SelectMany(d => new[] { d.First, d.Second }).Distinct().Order().ToArray();
        var index = parties.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var neighbours = parties.Select(_ => new List<int>()).ToArray();
        var weightedDegrees = new int[parties.Length];
        foreach (var (dyad, agreements) in weights)
        {
            var (a, b) = (index[dyad.First], index[dyad.Second]);
            neighbours[a].Add(b);
            neighbours[b].Add(a);
            weightedDegrees[a] += agreements;
            weightedDegrees[b] += agreements;
        }

        var betweenness = BetweennessCentrality.Compute(neighbours);
        var pairsBetween = (parties.Length - 1) * (parties.Length - 2) / 2.0;
        var nodes = parties.Select((party, i) => new NetworkNode(
            party,
            neighbours[i].Count,
            weightedDegrees[i],
            betweenness[i],
            pairsBetween > 0 ? betweenness[i] / pairsBetween : 0)).ToArray();
        var edges = weights.Select(w => new NetworkEdge(w.Key, w.Value)).ToArray();
        return new AgreementNetwork(nodes, edges);
    }
}
