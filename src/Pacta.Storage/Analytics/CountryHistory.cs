using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Storage.Analytics;

/// <summary>
/// A state's defense partners over a span of years, DCAD and news together: the partners and blocs of the whole span,
/// then year by year (years with no counted agreement are left out), and the facts it was computed from, for charts
/// and exports.
/// </summary>
public sealed record CountryHistory(
    PartyCode State,
    Period Period,
    PartnerProfile Profile,
    IReadOnlyList<CountryYear> Years,
    IReadOnlyList<PartnershipFact> Facts);
