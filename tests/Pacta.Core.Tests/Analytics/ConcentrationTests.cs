using Pacta.Core.Analytics;
using Xunit;

namespace Pacta.Core.Tests.Analytics;

public sealed class ConcentrationTests
{
    [Fact]
    public void OfCounts_TwoOneOne_HhiIsSumOfSquaredShares()
    {
        // Shares 0.5, 0.25, 0.25: 0.25 + 0.0625 + 0.0625 = 0.375, and 1 / 0.375 = 2.667 effective partners.
        var concentration = Concentration.OfCounts([2, 1, 1])!.Value;
        Assert.Equal(0.375, concentration.Hhi, 12);
        Assert.Equal(8.0 / 3, concentration.EffectivePartners, 12);
    }

    [Fact]
    public void OfCounts_OnePartner_IsFullyConcentrated()
    {
        var concentration = Concentration.OfCounts([5])!.Value;
        Assert.Equal(1, concentration.Hhi, 12);
        Assert.Equal(1, concentration.EffectivePartners, 12);
    }

    [Fact]
    public void OfCounts_FourEqualPartners_HasFourEffectivePartners() =>
        Assert.Equal(4, Concentration.OfCounts([3, 3, 3, 3])!.Value.EffectivePartners, 12);

    [Fact]
    public void OfCounts_Nothing_IsNull()
    {
        Assert.Null(Concentration.OfCounts([]));
        Assert.Null(Concentration.OfCounts([0, 0]));
    }
}
