using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Core.Tests.Analytics;

public sealed class PartnerProfilerTests
{
    private static readonly PartyCode Kazakhstan = new("KAZ");
    private static readonly PartnerProfiler Profiler = new();

    [Fact]
    public void Profile_TwoOneOneInOneYear_SharesAndHhiByHand()
    {
        var facts = new[]
        {
            Fact("1", "2023-01", "KAZ", "TUR"),
            Fact("2", "2023-06", "TUR", "KAZ"),
            Fact("3", "2023-11", "KAZ", "SRB"),
            Fact("4", "2023-12-12", "KAZ", "QAT"),
            Fact("elsewhere", "2023", "TUR", "QAT"),
        };

        var profile = Profiler.Profile(Kazakhstan, facts, Period.Year(2023));

        Assert.Equal(4, profile.Agreements);
        Assert.Equal(["TUR", "QAT", "SRB"], profile.Partners.Select(p => p.Partner.Value));
        Assert.Equal([0.5, 0.25, 0.25], profile.Partners.Select(p => p.Share));
        Assert.Equal(0.375, profile.Concentration!.Value.Hhi, 12);
        Assert.Equal(2.667, profile.Concentration.Value.EffectivePartners, 3);
        Assert.Equal(
            [("nato", 2, 0.5), ("gcc", 1, 0.25), ("others", 1, 0.25)],
            profile.Blocs.Select(b => (b.Bloc, b.Ties, b.Share)));
    }

    [Fact]
    public void Profile_Partners_HaveFirstAndLastYearAndBloc()
    {
        var profile = Profiler.Profile(Kazakhstan, Kazakhstan(), Period.AllTime);

        var turkiye = profile.Partners.Single(p => p.Partner.Value == "TUR");
        Assert.Equal((3, 2022, 2023, "nato"), (turkiye.Agreements, turkiye.FirstYear, turkiye.LastYear, turkiye.Bloc));
        var russia = profile.Partners.Single(p => p.Partner.Value == "RUS");
        Assert.Equal((2, 2022, 2023, "russia"), (russia.Agreements, russia.FirstYear, russia.LastYear, russia.Bloc));
    }

    [Fact]
    public void Profile_MultilateralAgreement_CountsOncePerOtherParty()
    {
        var facts = new[] { Fact("csto", "2023", "KAZ", "RUS", "BLR", "KAZ") };

        var profile = Profiler.Profile(Kazakhstan, facts, Period.AllTime);

        Assert.Equal(1, profile.Agreements);
        Assert.Equal([("BLR", 1, 0.5), ("RUS", 1, 0.5)], profile.Partners.Select(p => (p.Partner.Value, p.Agreements, p.Share)));
        Assert.Equal(1.0, profile.Blocs.Sum(b => b.Share), 12);
    }

    [Fact]
    public void Profile_Period_LeavesOutOtherYearsAndUndatedFacts()
    {
        var facts = Kazakhstan().Append(Fact("undated", null, "KAZ", "CHN")).ToArray();

        var in2022 = Profiler.Profile(Kazakhstan, facts, Period.Year(2022));
        var allTime = Profiler.Profile(Kazakhstan, facts, Period.AllTime);

        Assert.Equal(3, in2022.Agreements);
        Assert.Equal(["TUR", "RUS"], in2022.Partners.Select(p => p.Partner.Value));
        Assert.Equal(8, allTime.Agreements);
        var china = allTime.Partners.Single(p => p.Partner.Value == "CHN");
        Assert.Equal((null, null, "china"), (china.FirstYear, china.LastYear, china.Bloc));
    }

    [Fact]
    public void Profile_PartnerThatJoinedABloc_TiesCountInTheBlocOfTheirYear()
    {
        var facts = new[] { Fact("1", "2022", "KAZ", "FIN"), Fact("2", "2023", "KAZ", "FIN") };

        var profile = Profiler.Profile(Kazakhstan, facts, Period.AllTime);

        Assert.Equal([("nato", 1), ("eu", 1)], profile.Blocs.Select(b => (b.Bloc, b.Ties)));
    }

    [Fact]
    public void Profile_NoAgreements_IsEmptyWithNoConcentration()
    {
        var profile = Profiler.Profile(new PartyCode("ISL"), Kazakhstan(), Period.AllTime);

        Assert.Equal(0, profile.Agreements);
        Assert.Empty(profile.Partners);
        Assert.Empty(profile.Blocs);
        Assert.Null(profile.Concentration);
    }
}
