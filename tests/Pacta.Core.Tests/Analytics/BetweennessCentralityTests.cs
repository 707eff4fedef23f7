using Pacta.Core.Analytics;
using Xunit;

namespace Pacta.Core.Tests.Analytics;

public sealed class BetweennessCentralityTests
{
    [Fact]
    public void Compute_PathOfFour_InnerNodesCarryTwoPairsEach()
    {
        // 0 – 1 – 2 – 3: node 1 lies between (0,2) and (0,3); node 2 between (1,3) and (0,3).
        var centrality = BetweennessCentrality.Compute([[1], [0, 2], [1, 3], [2]]);
        Assert.Equal([0.0, 2.0, 2.0, 0.0], centrality);
    }

    [Fact]
    public void Compute_StarOfFourLeaves_CentreCarriesAllSixPairs()
    {
        var centrality = BetweennessCentrality.Compute([[1, 2, 3, 4], [0], [0], [0], [0]]);
        Assert.Equal([6.0, 0, 0, 0, 0], centrality);
    }

    [Fact]
    public void Compute_SquareCycle_SplitsTwoShortestPaths()
    {
        // 0 – 1 – 2 – 3 – 0: opposite nodes have two shortest paths, so each node carries half of one pair.
        var centrality = BetweennessCentrality.Compute([[1, 3], [0, 2], [1, 3], [2, 0]]);
        Assert.Equal([0.5, 0.5, 0.5, 0.5], centrality);
    }

    [Fact]
    public void Compute_TwoComponents_NoPathsBetweenThem()
    {
        var centrality = BetweennessCentrality.Compute([[1], [0, 2], [1], [4], [3]]);
        Assert.Equal([0.0, 1, 0, 0, 0], centrality);
    }
}
