using System.Text;
using Xunit;

namespace Pacta.Export.Tests;

public sealed class DyadCsvWriterTests
{
    [Fact]
    public async Task WriteAsync_Facts_OneRowPerDyadWithDcadLikeHeader()
    {
        var lines = Encoding.UTF8.GetString(await ExportFacts.WriteAsync(new DyadCsvWriter(), ExportFacts.All())).Split('\n');

        Assert.Equal(
            "agreementId,party1,party2,partyCount,signYear,signMonth,signDay,status,ratifiedDate,inForceDate,terminatedDate,kind,domain,sourceCount,origin",
            lines[0]);
        Assert.Equal("kaz-tur-1,KAZ,TUR,2,2022,1,20,signed,,,,agreement,defense,1,news", lines[1]);
        Assert.Equal("kaz-rus-1,KAZ,RUS,2,2022,,,signed,,,,agreement,defense,1,news", lines[3]);

        // Seven bilateral agreements and one of three parties (three dyads), then the final line end.
        Assert.Equal(1 + 7 + 3, lines.Length - 1);
        Assert.Equal("", lines[^1]);
        Assert.Equal(
            ["csto-plan,BLR,KAZ,3,2023,,,planned,,,,plan,security,3,dataset", "csto-plan,BLR,RUS,3,2023,,,planned,,,,plan,security,3,dataset", "csto-plan,KAZ,RUS,3,2023,,,planned,,,,plan,security,3,dataset"],
            lines.Where(l => l.StartsWith("csto-plan,", StringComparison.Ordinal)));
        Assert.Equal("kaz-qat-ratified,KAZ,QAT,2,2023,12,12,ratified,2024-03,,,memorandum,defense,4,news", lines[^2]);
    }

    [Fact]
    public async Task WriteAsync_IdWithCommaAndQuote_IsQuotedPerRfc4180()
    {
        var fact = TestKit.SampleFacts.Fact("a,\"b\"", null, "KAZ", "TUR");

        var text = Encoding.UTF8.GetString(await ExportFacts.WriteAsync(new DyadCsvWriter(), [fact]));

        Assert.StartsWith("\"a,\"\"b\"\"\",KAZ,TUR,2,,,,", text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NoFacts_HeaderOnlyWithoutByteOrderMark()
    {
        var bytes = await ExportFacts.WriteAsync(new DyadCsvWriter(), []);

        Assert.Equal((byte)'a', bytes[0]);
        Assert.Single(Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
