using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// One row of <c>data/blocs.tsv</c>: <see cref="Member"/> belongs to <see cref="Bloc"/> from <see cref="FromYear"/>
/// (null: always) until the year before <see cref="UntilYear"/> (null: still a member).
/// </summary>
public sealed record BlocMembership(PartyCode Member, string Bloc, int? FromYear, int? UntilYear)
{
    /// <summary>
    /// Whether the membership holds in <paramref name="year"/>; an unknown year asks about today's membership, so a
    /// membership that has ended does not hold for undated facts.
    /// </summary>
    public bool HoldsIn(int? year) => year is { } known
        ? (FromYear is null || known >= FromYear) && (UntilYear is null || known < UntilYear)
        : UntilYear is null;
}
