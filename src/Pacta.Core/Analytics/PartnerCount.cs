using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// One partner of a state over a period: the agreements with it, the first and last years among the dated ones (null
/// when none is dated), its share of all the state's partner ties in the period, and its bloc in the year of the last
/// agreement (today's bloc when none is dated).
/// </summary>
public sealed record PartnerCount(PartyCode Partner, string Bloc, int Agreements, int? FirstYear, int? LastYear, double Share);
