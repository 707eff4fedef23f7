using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Ingest.Dcad;
using Xunit;

namespace Pacta.Ingest.Tests.Dcad;

public sealed partial class DcadReaderTests
{
    [Fact]
    public void Read_DerivedDyads_GivesYearDatedAgreements()
    {
        var results = Read("country1,country2,Year,type,asymmetry\r\nUSA,CAN,1984,sector,1\r\nRUS,NIG,1984,sector,0\r\nHUN ,ROM ,1990,general,1");

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(
            ["USA-CAN 1984 Sector", "SUN-NGA 1984 Sector", "HUN-ROU 1990 General"],
            results.Select(r => $"{r.Agreement!.Party1}-{r.Agreement.Party2} {r.Agreement.Signed} {r.Agreement.Type}"));
        var first = Agreement(results[0]);
        Assert.Equal((DcadLayout.DerivedDyads, "dcad-dyads-row-1", "DCAD v1.0 (derived dyad file), row 1"), (first.Layout, first.Id, first.Provenance));
        Assert.Equal((AgreementStatus.Signed, 1), (first.Status, first.Asymmetry!.Value));
        Assert.Equal(FactOrigin.Dataset, first.ToFact().Origin);
    }

    /// <summary>
    /// The file has 1,871 data rows (shared/data/README.md's "1,870" is a line count that misses the last row, which
    /// has no line break). Every COW code in it is mapped. Two rows pair a state with itself, which no bilateral
    /// agreement can, so they are reported and 1,869 agreements are read.
    /// </summary>
    [SkippableFact]
    public void Read_SharedDerivedDyads_Gives1869AgreementsWithEveryCowCodeMapped()
    {
        var results = ReadShared();

        Assert.Equal(Enumerable.Range(1, 1871), results.Select(r => r.Row));
        Assert.Equal(
            [
                "row 1592: country1 and country2 are the same party MOZ",
                "row 1810: country1 and country2 are the same party IND",
            ],
            results.Where(r => r.Problem is not null).Select(r => r.ToString()));
        var agreements = results.Select(r => r.Agreement).OfType<DcadAgreement>().ToList();
        Assert.Equal(1869, agreements.Count);
        Assert.All(agreements, a => Assert.InRange(a.Signed.Year, 1980, 2010));
        Assert.Equal(1869, agreements.Select(a => a.Id).Distinct().Count());
    }

    [SkippableFact]
    public void Read_SharedDerivedDyads_MapsFormerStatesByYear()
    {
        var agreements = ReadShared().Select(r => r.Agreement).OfType<DcadAgreement>().ToList();
        var parties = agreements.SelectMany(a => new[] { (a.Party1.Value, a.Signed.Year), (a.Party2.Value, a.Signed.Year) }).ToList();

        // COW's 365 before 1992 is the Soviet Union, 315 Czechoslovakia until its end, 345 Serbia from 2006.
        Assert.All(parties.Where(p => p.Value == "SUN"), p => Assert.True(p.Year < 1992));
        Assert.All(parties.Where(p => p.Value == "RUS"), p => Assert.True(p.Year >= 1992));
        Assert.All(parties.Where(p => p.Value == "CSK"), p => Assert.True(p.Year < 1993));
        Assert.All(parties.Where(p => p.Value == "YUG"), p => Assert.True(p.Year < 2006));
        Assert.All(parties.Where(p => p.Value == "SRB"), p => Assert.True(p.Year >= 2006));
        Assert.Contains(("SUN", 1984), parties);
        Assert.Contains(("CSK", 1991), parties);
        Assert.Contains(("KAZ", 2001), parties);
    }

    [SkippableFact]
    public void Read_SharedDerivedDyads_IsDeterministic()
    {
        var first = ReadShared().Select(Describe).ToList();
        var second = ReadShared().Select(Describe).ToList();

        Assert.Equal(first, second);
    }

    private static string Describe(DcadRowResult result) => result.Agreement?.ToFact() is { } fact
        ? $"{fact.Id} {string.Join('-', fact.Parties)} {fact.Date} {fact.Status} {fact.Kind} {fact.Origin}"
        : result.ToString();

    private static List<DcadRowResult> ReadShared() => SharedDcad.ReadDyads();
}
