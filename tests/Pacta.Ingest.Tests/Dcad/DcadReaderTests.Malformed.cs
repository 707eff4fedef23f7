using Xunit;

namespace Pacta.Ingest.Tests.Dcad;

public sealed partial class DcadReaderTests
{
    [Fact]
    public void Read_MalformedRows_GiveOneLineReasonsAndTheRestIsRead()
    {
        var results = Read(
            "country1,country2,Year,type,asymmetry\n" +
            "USA,CAN,1990,general,0\n" +
            "USA,XYZ,1990,general,0\n" +
            "USA,CAN,19x0,general,0\n" +
            "USA,CAN,1990,general\n" +
            "USA,CAN,1990,framework,0\n" +
            "USA,\"CAN,1990,general,0\n" +
            "GDR,FRN,1995,sector,0\n" +
            "USA,USA,1990,general,0\n" +
            ",CAN,1990,general,0\n" +
            "UKG,FRN,2010,sector,1\n");

        Assert.Equal(Enumerable.Range(1, 10), results.Select(r => r.Row));
        Assert.Equal(
            [
                "DCAD v1.0 (derived dyad file), row 1",
                "row 2: country2: COW abbreviation 'XYZ' is not in cow-states.tsv",
                "row 3: Year '19x0' is not a whole number",
                "row 4: expected 5 fields, found 4",
                "row 5: type 'framework' is neither 'general' nor 'sector'",
                "row 6: malformed quoting: a quote that is never closed on its line",
                "row 7: country1: COW abbreviation 'GDR' stands for no state in 1995 (German Democratic Republic until 1990)",
                "row 8: country1 and country2 are the same party USA",
                "row 9: country1 is missing",
                "DCAD v1.0 (derived dyad file), row 10",
            ],
            results.Select(r => r.ToString()));
        Assert.All(results, r => Assert.DoesNotContain('\n', r.ToString()));
    }

    [Fact]
    public void Read_OfficialRowWithSeveralProblems_NamesThemAllInOneLine()
    {
        var results = Read("ccode1,ccode2,signDay,signMonth,signYear,type\n2,999,1,2,1999,treaty\n2,240,,,1999,sector\n2,20,31,2,1999,general\n");

        Assert.Equal(
            [
                "row 1: type 'treaty' is neither 'general' nor 'sector'; ccode2: COW code 999 is not in cow-states.tsv",
                "row 2: ccode2: COW code 240 (Hanover) cannot be mapped: a German state of the 19th century (ended 1866); ISO 3166 never coded it",
                "row 3: signYear/signMonth/signDay 1999-2-31 is not a date",
            ],
            results.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("", "row 0: the file is empty")]
    [InlineData("a,b,c\n1,2,3\n", "row 0: the header is neither the official DCAD layout")]
    public void Read_UnknownHeader_GivesOneFileProblem(string csv, string problem)
    {
        var result = Assert.Single(Read(csv));

        Assert.StartsWith(problem, result.ToString(), StringComparison.Ordinal);
    }
}
