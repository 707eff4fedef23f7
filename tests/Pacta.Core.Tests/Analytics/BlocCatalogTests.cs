using System.Text;
using Pacta.Core.Analytics;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Analytics;

public sealed class BlocCatalogTests
{
    private static readonly BlocCatalog Blocs = BlocCatalog.Default;

    [Fact]
    public void Default_ListsTheBlocsOfTheIssueInOrder() =>
        Assert.Equal(["united-states", "russia", "china", "nato", "csto", "eu", "gcc", "others"], Blocs.Blocs);

    [Theory]
    [InlineData("USA", 2020, "united-states")]
    [InlineData("RUS", 2020, "russia")]
    [InlineData("SUN", 1985, "russia")]
    [InlineData("CHN", 2020, "china")]
    [InlineData("FIN", 2022, "eu")]
    [InlineData("FIN", 2023, "nato")]
    [InlineData("SWE", 2023, "eu")]
    [InlineData("SWE", 2024, "nato")]
    [InlineData("GBR", 2021, "nato")]
    [InlineData("IRL", 2010, "eu")]
    [InlineData("IRL", 1970, "others")]
    [InlineData("UZB", 1995, "csto")]
    [InlineData("UZB", 2000, "others")]
    [InlineData("UZB", 2007, "csto")]
    [InlineData("UZB", 2013, "others")]
    [InlineData("QAT", 2023, "gcc")]
    [InlineData("NATO", 2023, "nato")]
    [InlineData("SRB", 2023, "others")]
    public void BlocOf_YearOfTheAgreement_GivesFirstBlocThatHolds(string party, int year, string bloc) =>
        Assert.Equal(bloc, Blocs.BlocOf(new PartyCode(party), year));

    [Theory]
    [InlineData("SWE", "nato")]
    [InlineData("UZB", "others")]
    [InlineData("SUN", "others")]
    public void BlocOf_UnknownYear_UsesTodaysMembership(string party, string bloc) =>
        Assert.Equal(bloc, Blocs.BlocOf(new PartyCode(party), null));

    [Fact]
    public void Default_EveryMembershipStartsBeforeItEnds() =>
        Assert.All(Blocs.Memberships, m => Assert.True(m.FromYear is null || m.UntilYear is null || m.FromYear < m.UntilYear, m.ToString()));

    [Fact]
    public void Default_EveryStateMemberIsACountryOfTheGazetteer()
    {
        using var stream = EmbeddedLexiconSource.Instance.Open("en", "countries.tsv");
        var known = LexiconReader.Read(stream, "en/countries.tsv", out _).Select(r => r.Values[0]).ToHashSet(StringComparer.Ordinal);

        // SUN is the ISO 3166-3 code of the Soviet Union, which the gazetteer of current states does not list.
        var unknown = Blocs.Memberships
            .Select(m => m.Member)
            .Where(m => !m.IsOrganization && m.Value != "SUN" && !known.Contains(m.Value))
            .ToArray();
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("member\tbloc\nkazakhstan\tcsto\n")]
    [InlineData("member\tbloc\nKAZ\n")]
    [InlineData("member\tbloc\tfrom\nKAZ\tcsto\tninety-two\n")]
    public void Read_MalformedRow_ThrowsWithItsLine(string text)
    {
        var error = Assert.Throws<FormatException>(() => BlocCatalog.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.tsv"));
        Assert.StartsWith("test.tsv:2:", error.Message, StringComparison.Ordinal);
    }
}
