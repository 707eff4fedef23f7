using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Ingest.Dcad;
using Xunit;

namespace Pacta.Ingest.Tests.Dcad;

public sealed partial class DcadReaderTests
{
    private const string OfficialHeader =
        "ccode1,cowName1,ccode2,cowName2,signDay,signMonth,signYear,EIFDay,EIFMonth,EIFYear,type,category1,category2," +
        "category3,span,renewType,renewYears,terminated,durationActual,endYearEstimate,asymmetry,categoryConf,UNTS," +
        "fullText,sourceType,source,factivaConf,factivaSign,factivaEIF,DCAid";

    // Rows written for this test (not DCAD's): a framework agreement in force, a terminated one between two former
    // states, the Soviet Union before 1992 and Russia after, Czechoslovakia, and a quoted source with a comma.
    private const string Official =
        OfficialHeader + "\n" +
        "2,United States of America,705,Kazakhstan,14,2,1994,14,2,1994,general,training,exercises,,5,1,5,0,,2010,1,1,1,0,1,\"Treaty Series, vol. 1\",1,1,1,9001\n" +
        "265,German Democratic Republic,680,Yemen People's Republic,,5,1984,.,.,.,sector,procurement,,,,,,1,6,1990,0,1,0,0,2,press,0,0,0,9002\n" +
        "365,Russia,705,Kazakhstan,15,5,1992,,,1993,general,,,,,,,0,,2010,1,,,,,,,,,9003\n" +
        "365,Russia,710,China,0,0,1990,,,,sector,arms transfer,,,,,,NA,,NA,NA,,,,,,,,,9004\n" +
        "315,Czechoslovakia,290,Poland,21,10,1991,,,,general,,,,,,,0,,1992,0,,,,,,,,,9005\n";

    [Fact]
    public void Read_OfficialLayout_GivesEveryRowAsAnAgreement()
    {
        var results = Read(Official);

        Assert.Equal([1, 2, 3, 4, 5], results.Select(r => r.Row));
        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.All(results, r => Assert.Equal(DcadLayout.Official, r.Agreement!.Layout));
        Assert.Equal(
            ["USA-KAZ 1994-02-14", "DDR-YMD 1984-05", "RUS-KAZ 1992-05-15", "SUN-CHN 1990", "CSK-POL 1991-10-21"],
            results.Select(r => $"{r.Agreement!.Party1}-{r.Agreement.Party2} {r.Agreement.Signed}"));
    }

    [Fact]
    public void Read_OfficialLayout_InForceAgreementHasItsEntryIntoForce()
    {
        var usaKaz = Agreement(Read(Official)[0]);

        Assert.Equal("9001", usaKaz.DcaId);
        Assert.Equal(["2", "705"], usaKaz.CowCodes);
        Assert.Equal(PartialDate.OfDay(1994, 2, 14), usaKaz.EnteredIntoForce);
        Assert.Equal(DcadType.General, usaKaz.Type);
        Assert.Equal(["training", "exercises"], usaKaz.Categories);
        Assert.Equal((false, 2010, 1), (usaKaz.Terminated!.Value, usaKaz.EndYearEstimate!.Value, usaKaz.Asymmetry!.Value));
        Assert.Equal(AgreementStatus.InForce, usaKaz.Status);
        Assert.Equal("DCAD v1.0, row 1 (DCAid 9001)", usaKaz.Provenance);
        Assert.Equal("dcad-9001", usaKaz.Id);
    }

    [Fact]
    public void Read_OfficialLayout_TerminatedAgreementOfFormerStatesEndsInItsEndYear()
    {
        var ddrYmd = Agreement(Read(Official)[1]);

        Assert.Equal(PartialDate.OfMonth(1984, 5), ddrYmd.Signed);
        Assert.Null(ddrYmd.EnteredIntoForce);
        Assert.Equal(DcadType.Sector, ddrYmd.Type);
        Assert.Equal(AgreementKind.Agreement, ddrYmd.Kind);
        Assert.Equal(AgreementStatus.Terminated, ddrYmd.Status);
        Assert.Equal([new StatusDate(AgreementStatus.Terminated, PartialDate.OfYear(1990))], ddrYmd.LaterSteps);
    }

    [Fact]
    public void Read_OfficialLayout_DatesKeepThePrecisionGiven()
    {
        var results = Read(Official);

        Assert.Equal(PartialDate.OfYear(1993), Agreement(results[2]).EnteredIntoForce);
        Assert.Equal(DatePrecision.Year, Agreement(results[3]).Signed.Precision);
        Assert.Null(Agreement(results[3]).Terminated);
        Assert.Equal(AgreementStatus.Signed, Agreement(results[3]).Status);
    }

    [Fact]
    public void ToFact_OfficialRow_IsADatasetFactWithItsLaterSteps()
    {
        var fact = Agreement(Read(Official)[0]).ToFact();

        Assert.Equal("dcad-9001", fact.Id);
        Assert.Equal([new PartyCode("USA"), new PartyCode("KAZ")], fact.Parties);
        Assert.Equal(PartialDate.OfDay(1994, 2, 14), fact.Date);
        Assert.Equal(
            (AgreementStatus.InForce, AgreementKind.Agreement, AgreementDomain.Defense, 1, FactOrigin.Dataset),
            (fact.Status, fact.Kind, fact.Domain, fact.SourceCount, fact.Origin));
        Assert.Equal(PartialDate.OfDay(1994, 2, 14), fact.DateOf(AgreementStatus.InForce));
    }

    [Fact]
    public void Read_OfficialLayoutInAnotherColumnOrder_ReadsByName()
    {
        var results = Read("DCAid,signYear,type,ccode2,ccode1\n77,1999,general,705,2\n");

        Assert.Equal("USA-KAZ 1999 dcad-77", $"{Agreement(results[0]).Party1}-{Agreement(results[0]).Party2} {Agreement(results[0]).Signed} {Agreement(results[0]).Id}");
    }
}
