using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Core.Tests.Analytics;

public sealed class DyadTests
{
    [Fact]
    public void Constructor_EitherOrder_IsOneDyad() =>
        Assert.Equal(new Dyad(new PartyCode("TUR"), new PartyCode("KAZ")), new Dyad(new PartyCode("KAZ"), new PartyCode("TUR")));

    [Fact]
    public void Constructor_SameParty_Throws() =>
        Assert.Throws<ArgumentException>(() => new Dyad(new PartyCode("KAZ"), new PartyCode("KAZ")));

    [Fact]
    public void AllOf_FourParties_GivesSixPairsEachOnce()
    {
        var dyads = Dyad.AllOf(Parties("KAZ", "RUS", "BLR", "ARM", "RUS"));
        Assert.Equal(6, dyads.Count);
        Assert.Equal(6, dyads.Distinct().Count());
        Assert.All(dyads, d => Assert.True(d.First.CompareTo(d.Second) < 0));
    }

    [Fact]
    public void AllOf_Bilateral_GivesOneDyad() =>
        Assert.Equal("KAZ–QAT", Assert.Single(Dyad.AllOf(Parties("QAT", "KAZ"))).ToString());
}
