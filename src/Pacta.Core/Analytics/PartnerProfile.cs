using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// A state's partners over a period: how many agreements it is party to, its partners by count (most first), its
/// ties by bloc (in bloc order, blocs without ties left out) and the concentration of its partner shares (null when it
/// has no partner in the period).
/// </summary>
public sealed record PartnerProfile(
    PartyCode State,
    Period Period,
    int Agreements,
    IReadOnlyList<PartnerCount> Partners,
    IReadOnlyList<BlocShare> Blocs,
    Concentration? Concentration);
