using Pacta.Core.Analytics;
using Pacta.Web.Contracts;

namespace Pacta.Web.Analytics;

/// <summary>The agreement network of Core (<see cref="AgreementNetworkBuilder"/>) in the shape the UI draws.</summary>
public sealed class NetworkViewBuilder
{
    private readonly AgreementNetworkBuilder _builder = new();

    public NetworkView Build(IEnumerable<PartnershipFact> facts, Period period)
    {
        var network = _builder.Build(facts, period);
        return new NetworkView(
            network.Nodes.Select(n => new NodeView(n.Party.Value, n.Party.IsOrganization, n.Degree, n.WeightedDegree, n.Betweenness, n.NormalizedBetweenness)).ToArray(),
            network.Edges.Select(e => new EdgeView(e.Dyad.First.Value, e.Dyad.Second.Value, e.Agreements)).ToArray());
    }
}
