using Pacta.Core.Analytics;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Core.Tests.Analytics;

public sealed class AgreementNetworkBuilderTests
{
    private static readonly AgreementNetworkBuilder Builder = new();

    [Fact]
    public void Build_Kazakhstan_EdgesWeightedByAgreements()
    {
        var network = Builder.Build(Kazakhstan(), Period.AllTime);

        Assert.Equal(
            ["BLR–KAZ:1", "BLR–RUS:1", "KAZ–QAT:1", "KAZ–RUS:2", "KAZ–SRB:1", "KAZ–TUR:3"],
            network.Edges.Select(e => $"{e.Dyad}:{e.Agreements}"));
        Assert.Equal(["BLR", "KAZ", "QAT", "RUS", "SRB", "TUR"], network.Nodes.Select(n => n.Party.Value));
    }

    [Fact]
    public void Build_Kazakhstan_DegreesAndBetweennessByHand()
    {
        var nodes = Builder.Build(Kazakhstan(), Period.AllTime).Nodes.ToDictionary(n => n.Party.Value);

        // KAZ: five partners, 1+1+2+1+3 agreements; it lies on every shortest path among its partners except
        // BLR–RUS (joined directly): C(5,2) − 1 = 9 pairs, out of (6−1)(6−2)/2 = 10.
        Assert.Equal((5, 8, 9.0), (nodes["KAZ"].Degree, nodes["KAZ"].WeightedDegree, nodes["KAZ"].Betweenness));
        Assert.Equal(0.9, nodes["KAZ"].NormalizedBetweenness, 12);
        Assert.Equal((2, 3, 0.0), (nodes["RUS"].Degree, nodes["RUS"].WeightedDegree, nodes["RUS"].Betweenness));
        Assert.Equal((1, 3, 0.0), (nodes["TUR"].Degree, nodes["TUR"].WeightedDegree, nodes["TUR"].Betweenness));
    }

    [Fact]
    public void Build_Period_LeavesOutOtherYears()
    {
        var network = Builder.Build(Kazakhstan(), Period.Year(2022));

        Assert.Equal(["KAZ–RUS:1", "KAZ–TUR:2"], network.Edges.Select(e => $"{e.Dyad}:{e.Agreements}"));
        Assert.Equal(1.0, network.Nodes.Single(n => n.Party.Value == "KAZ").NormalizedBetweenness, 12);
    }

    [Fact]
    public void Build_NoFacts_IsEmpty()
    {
        var network = Builder.Build([], Period.AllTime);
        Assert.Empty(network.Nodes);
        Assert.Empty(network.Edges);
    }
}
