using System.Text;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Ingest.Dcad;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Ingest.Tests.Dcad;

public sealed class CowStateMapTests
{
    private static readonly CowStateMap States = CowStateMap.Default;

    [Theory]
    [InlineData("USA", 1990, "USA")]
    [InlineData("KZK", 1995, "KAZ")]
    [InlineData("RUS", 1984, "SUN")]
    [InlineData("RUS", 1991, "SUN")]
    [InlineData("RUS", 1992, "RUS")]
    [InlineData("YUG", 1996, "YUG")]
    [InlineData("YUG", 2005, "YUG")]
    [InlineData("YUG", 2006, "SRB")]
    [InlineData("CZE", 1992, "CSK")]
    [InlineData("CZR", 1993, "CZE")]
    [InlineData("SLO", 1994, "SVK")]
    [InlineData("SLV", 1996, "SVN")]
    [InlineData("GDR", 1989, "DDR")]
    [InlineData("GFR", 1989, "DEU")]
    [InlineData("GMY", 1995, "DEU")]
    [InlineData("YPR", 1985, "YMD")]
    [InlineData("YAR", 1985, "YEM")]
    [InlineData("YEM", 1998, "YEM")]
    [InlineData("AUS", 1990, "AUT")]
    [InlineData("AUL", 1990, "AUS")]
    [InlineData("SWZ", 2000, "CHE")]
    [InlineData("SWA", 2000, "SWZ")]
    [InlineData("MNG", 2007, "MNE")]
    [InlineData("MON", 2007, "MNG")]
    [InlineData("NIG", 1984, "NGA")]
    [InlineData("NIR", 1984, "NER")]
    [InlineData("KOS", 2010, "XKX")]
    [InlineData("TAW", 2000, "TWN")]
    [InlineData("GER", 2000, "DEU")]
    [InlineData("FRG", 1988, "DEU")]
    [InlineData("KOR", 1999, "KOR")]
    [InlineData("ROK", 1999, "KOR")]
    public void Resolve_Abbreviation_GivesThePartyOfThatYear(string abbreviation, int year, string party) =>
        Assert.Equal(new PartyCode(party), States.Resolve(abbreviation, year).Party);

    [Theory]
    [InlineData(365, 1985, "SUN")]
    [InlineData(365, 1995, "RUS")]
    [InlineData(265, 1989, "DDR")]
    [InlineData(680, 1985, "YMD")]
    [InlineData(315, 1991, "CSK")]
    [InlineData(316, 1996, "CZE")]
    [InlineData(345, 2009, "SRB")]
    [InlineData(732, 1999, "KOR")]
    public void Resolve_NumericCode_GivesThePartyOfThatYear(int code, int year, string party) =>
        Assert.Equal(new PartyCode(party), States.Resolve(code, year).Party);

    [Theory]
    [InlineData("HAN", 1850, "COW abbreviation 'HAN' (Hanover) cannot be mapped: a German state")]
    [InlineData("RVN", 1970, "COW abbreviation 'RVN' (Republic of Vietnam) cannot be mapped: South Vietnam")]
    [InlineData("GDR", 1995, "COW abbreviation 'GDR' stands for no state in 1995 (German Democratic Republic until 1990)")]
    [InlineData("CZE", 1995, "COW abbreviation 'CZE' stands for no state in 1995 (Czechoslovakia until 1992)")]
    [InlineData("XYZ", 2000, "COW abbreviation 'XYZ' is not in cow-states.tsv")]
    public void Resolve_UnmappableOrUnknown_GivesTheReason(string abbreviation, int year, string reason)
    {
        var resolution = States.Resolve(abbreviation, year);

        Assert.Null(resolution.Party);
        Assert.StartsWith(reason, resolution.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Default_EveryStateOfTheCowListIsMappedOrUnmappableWithAReason()
    {
        var path = Path.Combine(RepoPaths.SharedData, "cow-states.csv");
        Skip.IfNot(File.Exists(path), $"{path} is not next to the repository.");

        var listed = File.ReadLines(path)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] != "StateAbb")
            .Select(cells => (Abbreviation: cells[0], Code: int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var ours = States.States
            .Where(s => s.Marker != CowStateMarker.Alias)
            .Select(s => (s.Abbreviation, s.Code))
            .ToHashSet();

        Assert.Equal(217, listed.Length);
        var notInOurs = listed.Where(state => !ours.Contains(state)).ToArray();
        var notInCow = ours.Where(state => !listed.Contains(state)).ToArray();
        Assert.Empty(notInOurs);
        Assert.Empty(notInCow);
        Assert.All(
            States.States.Where(s => s.Party is null),
            s => Assert.True(s.Marker == CowStateMarker.Unmappable && s.Note.Length > 0, s.ToString()));
    }

    [Fact]
    public void Default_EveryPartyIsAGazetteerStateOrAHistoricalAliasOfOne()
    {
        var gazetteer = Codes("countries.tsv", _ => true);
        var historical = Codes("country-aliases.tsv", row => row.Values.Count > 1 && row.Values[1] == "historical");

        Assert.All(
            States.States.Where(s => s.Party is not null),
            s => Assert.True(
                s.Marker == CowStateMarker.Historical ? historical.Contains(s.Party!.Value.Value) : gazetteer.Contains(s.Party!.Value.Value),
                s.ToString()));
    }

    [Fact]
    public void Default_NoTwoRowsOfOneCodeMapTheSameYearToDifferentParties()
    {
        // File order would decide silently between overlapping rows; the data file should never need it.
        var clashes =
            from a in States.States
            from b in States.States
            where !ReferenceEquals(a, b) && a.Party != b.Party && (a.Abbreviation == b.Abbreviation || a.Code == b.Code)
            where Enumerable.Range(1800, 300).Any(year => a.AppliesIn(year) && b.AppliesIn(year))
            select $"{a.Abbreviation}/{a.Code} {a.Years} vs {b.Abbreviation}/{b.Code} {b.Years}";

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nUSA\ttwo\tUSA\t\t\t\tUnited States\n")]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nHAN\t240\t\t\t\tunmappable\tHanover\n")]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nUSA\t2\t\t\t\t\tUnited States\n")]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nUSA\t2\tNATO\t\t\t\tUnited States\n")]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nRUS\t365\tSUN\t\tsoon\thistorical\tSoviet Union\n")]
    [InlineData("cow\tccode\tiso\tfrom\tuntil\tmarker\tname\nRUS\t365\tSUN\t\t1992\tformer\tSoviet Union\n")]
    public void Read_MalformedRow_ThrowsWithItsLine(string text)
    {
        var error = Assert.Throws<FormatException>(() => CowStateMap.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.tsv"));
        Assert.StartsWith("test.tsv:2:", error.Message, StringComparison.Ordinal);
    }

    private static HashSet<string> Codes(string file, Func<TsvRow, bool> keep)
    {
        using var stream = EmbeddedLexiconSource.Instance.Open("en", file);
        return LexiconReader.Read(stream, $"en/{file}", out _).Where(keep).Select(r => r.Values[0]).ToHashSet(StringComparer.Ordinal);
    }
}
