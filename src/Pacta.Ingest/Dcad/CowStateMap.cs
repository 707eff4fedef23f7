using System.Globalization;
using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// Correlates of War state codes mapped to Pacta party codes, read from <c>data/cow-states.tsv</c> (embedded in
/// Pacta.Ingest). A code can map to different parties in different years (COW's 365 is the Soviet Union until 1991
/// and Russia from 1992), so every lookup takes the year the code is used in.
/// </summary>
public sealed class CowStateMap
{
    private const string ResourceName = "cow-states.tsv";

    private readonly ILookup<string, CowState> _byAbbreviation;
    private readonly ILookup<int, CowState> _byCode;

    private CowStateMap(IReadOnlyList<CowState> states)
    {
        States = states;
        _byAbbreviation = states.ToLookup(s => s.Abbreviation, StringComparer.Ordinal);
        _byCode = states.ToLookup(s => s.Code);
    }

    /// <summary>The mapping of the embedded data file, loaded once.</summary>
    public static CowStateMap Default { get; } = LoadEmbedded();

    /// <summary>Every row in file order, which is the order lookups try them in.</summary>
    public IReadOnlyList<CowState> States { get; }

    /// <summary>Reads a file in the layout of <c>data/cow-states.tsv</c>; a malformed row throws with its line.</summary>
    public static CowStateMap Read(Stream stream, string fileName)
    {
        var rows = LexiconReader.Read(stream, fileName, out _);
        return new CowStateMap(rows.Select(ParseRow).ToArray());
    }

    /// <summary>The party a COW abbreviation (USA, KZK, GDR) stands for in <paramref name="year"/>.</summary>
    public CowResolution Resolve(string abbreviation, int year) =>
        Resolve(_byAbbreviation[abbreviation], $"COW abbreviation '{abbreviation}'", year);

    /// <summary>The party a COW numeric code (2, 705, 265) stands for in <paramref name="year"/>.</summary>
    public CowResolution Resolve(int code, int year) =>
        Resolve(_byCode[code], $"COW code {code.ToString(CultureInfo.InvariantCulture)}", year);

    private static CowResolution Resolve(IEnumerable<CowState> candidates, string what, int year)
    {
        var all = candidates.ToArray();
        if (all.Length == 0)
        {
            return CowResolution.Unmapped($"{what} is not in cow-states.tsv");
        }

        // File order decides between rows that hold in the same year, as in blocs.tsv.
        var state = Array.Find(all, s => s.AppliesIn(year));
        if (state is null)
        {
            var spans = string.Join(", ", all.Select(s => $"{s.Name} {s.Years}"));
            return CowResolution.Unmapped($"{what} stands for no state in {year} ({spans})");
        }

        return state.Party is { } party
            ? CowResolution.Mapped(party)
            : CowResolution.Unmapped($"{what} ({state.Name}) cannot be mapped: {state.Note}");
    }

    private static CowState ParseRow(TsvRow row)
    {
        string Cell(int column) => row.Values.Count > column ? row.Values[column] : "";

        var marker = ParseMarker(row, Cell(4));
        var iso = Cell(1);
        if (!int.TryParse(Cell(0), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ||
            Cell(5).Length == 0 ||
            (marker == CowStateMarker.Unmappable) != (iso.Length == 0) ||
            (iso.Length > 0 && (!PartyCode.IsValid(iso) || new PartyCode(iso).IsOrganization)) ||
            (marker == CowStateMarker.Unmappable && Cell(6).Length == 0))
        {
            throw new FormatException(
                $"{row.File}:{row.Line}: expected 'cow<TAB>ccode<TAB>iso<TAB>from<TAB>until<TAB>marker<TAB>name[<TAB>note]', " +
                "an ISO state code unless the marker is 'unmappable', and a note for every unmappable state.");
        }

        return new CowState(
            row.Form,
            code,
            iso.Length == 0 ? null : new PartyCode(iso),
            YearAt(row, Cell(2)),
            YearAt(row, Cell(3)),
            marker,
            Cell(5),
            Cell(6));
    }

    private static CowStateMarker ParseMarker(TsvRow row, string text) => text switch
    {
        "" => CowStateMarker.Current,
        "historical" => CowStateMarker.Historical,
        "alias" => CowStateMarker.Alias,
        "unmappable" => CowStateMarker.Unmappable,
        _ => throw new FormatException($"{row.File}:{row.Line}: unknown marker '{text}'."),
    };

    private static int? YearAt(TsvRow row, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
            ? year
            : throw new FormatException($"{row.File}:{row.Line}: '{text}' is not a year.");
    }

    private static CowStateMap LoadEmbedded()
    {
        using var stream = typeof(CowStateMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Pacta.Ingest was built without the embedded {ResourceName}.");
        return Read(stream, ResourceName);
    }
}
