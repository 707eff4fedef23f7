using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// One row of <c>data/cow-states.tsv</c>: a Correlates of War state (abbreviation and numeric code) and the party code
/// it stands for in the years from <see cref="FromYear"/> up to, not including, <see cref="UntilYear"/>.
/// </summary>
/// <param name="Party">Null exactly when <see cref="Marker"/> is <see cref="CowStateMarker.Unmappable"/>.</param>
/// <param name="Note">Why the row is what it is; for an unmappable state, the reason reported to the user.</param>
public sealed record CowState(
    string Abbreviation,
    int Code,
    PartyCode? Party,
    int? FromYear,
    int? UntilYear,
    CowStateMarker Marker,
    string Name,
    string Note)
{
    public bool AppliesIn(int year) => (FromYear is null || year >= FromYear) && (UntilYear is null || year < UntilYear);

    /// <summary>The years of the row as text ("until 1991", "from 2006", "1948–").</summary>
    public string Years => (FromYear, UntilYear) switch
    {
        (null, null) => "all years",
        (null, { } until) => $"until {until - 1}",
        ({ } from, null) => $"from {from}",
        ({ } from, { } until) => $"{from}–{until - 1}",
    };
}
