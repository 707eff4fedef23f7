using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Ingest.Dcad;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Ingest.Tests.Dcad;

/// <summary>
/// DCAD's facts (1980–2010) and the news' facts counted together by <see cref="ConcentrationTimeline"/>: each year
/// says which origin its figures rest on.
/// </summary>
public sealed class JoinedConcentrationTimelineTests
{
    private static readonly ConcentrationTimeline Timeline = new();

    // The seed article's agreements of Kazakhstan, as the news gives them.
    private static readonly PartnershipFact[] KazakhstanNews =
    [
        Fact("news-kaz-tur", "2022-01-20", "KAZ", "TUR"),
        Fact("news-kaz-srb", "2023-11-15", "KAZ", "SRB"),
        Fact("news-kaz-qat", "2023-12-12", "QAT", "KAZ"),
    ];

    [Fact]
    public void ByYear_DatasetThenNews_EachYearNamesItsOrigin()
    {
        var dataset = DatasetFacts(
            "country1,country2,Year,type,asymmetry\n" +
            "USA,KZK,1994,general,1\nRUS,KZK,1994,sector,1\nRUS,KZK,1994,general,1\nTUR,KZK,2010,general,0\n");
        var news = KazakhstanNews.Append(Fact("news-kaz-chn", "2010-06", "KAZ", "CHN"));

        var years = Timeline.ByYear(new PartyCode("KAZ"), dataset.Concat(news));

        Assert.Equal([1994, 2010, 2022, 2023], years.Select(y => y.Year));

        // 1994: Russia twice, the United States once → (2/3)² + (1/3)² = 5/9.
        Assert.Equal((3, 2), (years[0].Agreements, years[0].Partners));
        Assert.Equal(5.0 / 9, years[0].Concentration.Hhi, 12);
        Assert.Equal([FactOrigin.Dataset], years[0].Origins);
        Assert.Equal([FactOrigin.News, FactOrigin.Dataset], years[1].Origins);
        Assert.Equal([FactOrigin.News], years[2].Origins);
        Assert.Equal([FactOrigin.News], years[3].Origins);
        Assert.Equal(2, years[3].Concentration.EffectivePartners, 12);
    }

    [SkippableFact]
    public void ByYear_SharedDcadAndTheSeedArticle_Kazakhstan1992To2010FromDatasetThenNews()
    {
        var dataset = SharedDcad.DyadFacts();

        var years = Timeline.ByYear(new PartyCode("KAZ"), dataset.Concat(KazakhstanNews));

        Assert.InRange(years[0].Year, 1992, 2000);
        Assert.All(years.Where(y => y.Year <= 2010), y => Assert.Equal([FactOrigin.Dataset], y.Origins));
        Assert.All(years.Where(y => y.Year > 2010), y => Assert.Equal([FactOrigin.News], y.Origins));
        Assert.Equal([2022, 2023], years.Where(y => y.Year > 2010).Select(y => y.Year));
        Assert.True(years.Count(y => y.Year <= 2010) >= 5, $"DCAD years of Kazakhstan: {string.Join(", ", years.Select(y => y.Year))}");
    }

    [SkippableFact]
    public void ByYear_SharedDcad_UnitedStatesFrom1980()
    {
        var dataset = SharedDcad.DyadFacts();

        var years = Timeline.ByYear(new PartyCode("USA"), dataset.Append(Fact("news-usa-pol", "2024-05", "USA", "POL")));

        Assert.InRange(years[0].Year, 1980, 1985);
        Assert.Equal(2024, years[^1].Year);
        Assert.Equal([FactOrigin.News], years[^1].Origins);
        Assert.All(years.SkipLast(1), y => Assert.Equal([FactOrigin.Dataset], y.Origins));
    }

    private static List<PartnershipFact> DatasetFacts(string csv)
    {
        using var text = new StringReader(csv);
        return new DcadReader().Read(text).Select(r => r.Agreement?.ToFact() ?? throw new InvalidOperationException(r.ToString())).ToList();
    }
}
