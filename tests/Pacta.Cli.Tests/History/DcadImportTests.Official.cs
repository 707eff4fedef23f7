using Xunit;

namespace Pacta.Cli.Tests.History;

public sealed partial class DcadImportTests
{
    [Fact]
    public void Run_OfficialLayout_StoresEveryRowWithItsStatusHistory()
    {
        var (code, output, errors) = _db.Import(WriteOfficial());

        Assert.True(code == ExitCodes.Success, errors);
        Assert.StartsWith("4 rows: 4 stored, 0 already stored, 0 reported; 4 agreements", output, StringComparison.Ordinal);
        var usaKaz = _db.Show("KAZ-USA-1994-02-14-agreement");
        Assert.Equal("terminated", usaKaz["status"]!.GetValue<string>());
        Assert.Equal(
            ["signed 1994-02-14", "in_force 1994-05-01", "terminated 2004"],
            usaKaz["history"]!.AsArray().Select(s => $"{s!["status"]} {s["date"]}"));
        Assert.Equal(["dataset"], usaKaz["origins"]!.AsArray().Select(o => o!.GetValue<string>()));
        var evidence = usaKaz["history"]![0]!["evidence"]![0]!;
        Assert.Equal("dataset", evidence["origin"]!.GetValue<string>());
        Assert.StartsWith("DCAD v1.0, row 1 (DCAid 7001): USA–KAZ", evidence["quote"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("DCAD v1.0", usaKaz["source_documents"]![0]!["source"]!.GetValue<string>());
    }

    [Fact]
    public void Run_TwoRowsOfOneDyadAndYear_StayTwoAgreements()
    {
        _db.Import(WriteOfficial());

        var franceKazakhstan = _db.Agreements("FRA");

        Assert.Equal(2, franceKazakhstan.Count);
    }

    [Fact]
    public void Run_SameFileAgain_ChangesNothing()
    {
        var file = WriteOfficial();
        _db.Import(file);
        var before = _db.Agreements().Select(a => a.ToJsonString()).ToList();

        var (code, output, _) = _db.Import(file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("4 rows: 0 stored, 4 already stored", output, StringComparison.Ordinal);
        Assert.Equal(before, _db.Agreements().Select(a => a.ToJsonString()));
    }

    [Fact]
    public void Run_NoSuchFile_FailsWithTheReason()
    {
        var (code, _, errors) = _db.Import(_db.Combine("missing.csv"));

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("no such file", errors, StringComparison.Ordinal);
    }
}
