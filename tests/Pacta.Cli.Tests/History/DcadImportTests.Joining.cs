using Xunit;

namespace Pacta.Cli.Tests.History;

public sealed partial class DcadImportTests
{
    [Fact]
    public void Ingest_NewsOfAnInstrumentDcadHas_JoinsTheImportedRecord()
    {
        _db.Import(WriteOfficial());

        _db.Ingest(_db.Write("news/usa-kaz-1994.txt", HistoryFiles.SameInstrument1994));

        var usaKaz = _db.Agreements("USA");
        var joined = Assert.Single(usaKaz);
        Assert.Equal("KAZ-USA-1994-02-14-agreement", joined["id"]!.GetValue<string>());
        Assert.Equal(["news", "dataset"], joined["origins"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(2, joined["sources"]!.GetValue<int>());
        Assert.Equal("Washington", joined["place"]!.GetValue<string>());
        Assert.Equal("1994-02-14", joined["date"]!.GetValue<string>());
    }

    [Fact]
    public void Ingest_NewsOfAnotherYear_StaysApartFromTheImportedRecord()
    {
        _db.Import(WriteOfficial());

        _db.Ingest(_db.Write("news/usa-kaz-2015.txt", HistoryFiles.Later2015));

        var usaKaz = _db.Agreements("USA");
        Assert.Equal(2, usaKaz.Count);
        Assert.Contains(usaKaz, a => a["origins"]!.AsArray().Single()!.GetValue<string>() == "news" && a["date"]!.GetValue<string>() == "2015-03-10");
        Assert.Contains(usaKaz, a => a["origins"]!.AsArray().Single()!.GetValue<string>() == "dataset");
    }

    [Fact]
    public void Import_AfterTheNews_JoinsTheSameWay()
    {
        _db.Ingest(_db.Write("news/usa-kaz-1994.txt", HistoryFiles.SameInstrument1994));

        var (_, output, _) = _db.Import(WriteOfficial());

        Assert.Contains("1 joining dataset and news evidence", output, StringComparison.Ordinal);
        Assert.Single(_db.Agreements("USA"));
    }
}
