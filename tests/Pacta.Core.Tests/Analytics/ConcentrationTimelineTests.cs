using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Core.Tests.Analytics;

public sealed class ConcentrationTimelineTests
{
    private static readonly PartyCode Kazakhstan = new("KAZ");
    private static readonly ConcentrationTimeline Timeline = new();

    [Fact]
    public void ByYear_Kazakhstan_DiversifiesFrom2022To2023()
    {
        var years = Timeline.ByYear(Kazakhstan, Kazakhstan());

        Assert.Equal([2022, 2023], years.Select(y => y.Year));

        // 2022: TUR 2, RUS 1 → 4/9 + 1/9 = 5/9.
        Assert.Equal((3, 2), (years[0].Agreements, years[0].Partners));
        Assert.Equal(5.0 / 9, years[0].Concentration.Hhi, 12);
        Assert.Equal([FactOrigin.News], years[0].Origins);

        // 2023: SRB, QAT, TUR, RUS, BLR once each (the plan gives two ties) → five equal partners.
        Assert.Equal((4, 5), (years[1].Agreements, years[1].Partners));
        Assert.Equal(0.2, years[1].Concentration.Hhi, 12);
        Assert.Equal(5, years[1].Concentration.EffectivePartners, 12);
        Assert.Equal([FactOrigin.News, FactOrigin.Dataset], years[1].Origins);
    }

    [Fact]
    public void ByYear_GapYears_AreLeftOut()
    {
        var facts = new[] { Fact("1", "2010", "KAZ", "TUR"), Fact("2", "2013", "KAZ", "CHN") };

        Assert.Equal([2010, 2013], Timeline.ByYear(Kazakhstan, facts).Select(y => y.Year));
    }

    [Fact]
    public void ByYear_TwoYearWindow_CountsTheYearBeforeToo()
    {
        var facts = new[] { Fact("1", "2010", "KAZ", "TUR"), Fact("2", "2011", "KAZ", "CHN"), Fact("3", "2013", "KAZ", "CHN") };

        var years = Timeline.ByYear(Kazakhstan, facts, windowYears: 2);

        Assert.Equal([2010, 2011, 2012, 2013], years.Select(y => y.Year));
        Assert.Equal(0.5, years[1].Concentration.Hhi, 12);
        Assert.Equal(1, years[2].Concentration.Hhi, 12);
    }

    [Fact]
    public void ByYear_OnlyUndatedFacts_IsEmpty() =>
        Assert.Empty(Timeline.ByYear(Kazakhstan, [Fact("1", null, "KAZ", "TUR")]));
}
