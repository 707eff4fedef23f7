using System.Globalization;
using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// The blocs partners are grouped into, read from <c>data/blocs.tsv</c> (embedded in Pacta.Core). Blocs are ordered as
/// in the file and a partner belongs to the first one that has it as a member in the year asked, so each partner is in
/// exactly one bloc (or in <see cref="Others"/>).
/// </summary>
public sealed class BlocCatalog
{
    /// <summary>The bloc of partners that are in no listed bloc.</summary>
    public const string Others = "others";

    private const string ResourceName = "blocs.tsv";

    private readonly Dictionary<PartyCode, List<BlocMembership>> _byMember;

    private BlocCatalog(IReadOnlyList<BlocMembership> memberships)
    {
        Memberships = memberships;
        Blocs = memberships.Select(m => m.Bloc).Distinct(StringComparer.Ordinal).Append(Others).ToArray();
        _byMember = memberships.GroupBy(m => m.Member).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The blocs of the embedded data file, loaded once.</summary>
    public static BlocCatalog Default { get; } = LoadEmbedded();

    /// <summary>Every bloc in assignment order, <see cref="Others"/> last.</summary>
    public IReadOnlyList<string> Blocs { get; }

    public IReadOnlyList<BlocMembership> Memberships { get; }

    /// <summary>Reads a blocs file in the layout of <c>data/blocs.tsv</c>: member, bloc, from, until.</summary>
    public static BlocCatalog Read(Stream stream, string fileName)
    {
        var rows = LexiconReader.Read(stream, fileName, out _);
        var memberships = new List<BlocMembership>(rows.Count);
        foreach (var row in rows)
        {
            if (!PartyCode.IsValid(row.Form) || row.Values.Count < 1 || row.Values[0].Length == 0)
            {
                throw new FormatException($"{row.File}:{row.Line}: expected 'member<TAB>bloc[<TAB>from[<TAB>until]]'.");
            }

            memberships.Add(new BlocMembership(
                new PartyCode(row.Form),
                row.Values[0],
                YearAt(row, 1),
                YearAt(row, 2)));
        }

        return new BlocCatalog(memberships);
    }

    /// <summary>The bloc <paramref name="party"/> counts in for an agreement of <paramref name="year"/> (null: today).</summary>
    public string BlocOf(PartyCode party, int? year)
    {
        if (!_byMember.TryGetValue(party, out var memberships))
        {
            return Others;
        }

        // Memberships of one party keep file order, which is bloc order: the first that holds wins.
        foreach (var membership in memberships)
        {
            if (membership.HoldsIn(year))
            {
                return membership.Bloc;
            }
        }

        return Others;
    }

    private static int? YearAt(TsvRow row, int column)
    {
        if (row.Values.Count <= column || row.Values[column].Length == 0)
        {
            return null;
        }

        return int.TryParse(row.Values[column], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new FormatException($"{row.File}:{row.Line}: '{row.Values[column]}' is not a year.");
    }

    private static BlocCatalog LoadEmbedded()
    {
        using var stream = typeof(BlocCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Pacta.Core was built without the embedded {ResourceName}.");
        return Read(stream, ResourceName);
    }
}
