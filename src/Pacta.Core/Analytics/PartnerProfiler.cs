using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// Computes a state's <see cref="PartnerProfile"/> from facts. Shares are shares of the state's partner ties
/// (<see cref="PartnerTie"/>), so they add up to 1 with multilateral agreements too; which statuses count is the
/// caller's choice (filter the facts first).
/// </summary>
public sealed class PartnerProfiler(BlocCatalog blocs)
{
    public PartnerProfiler()
        : this(BlocCatalog.Default)
    {
    }

    public PartnerProfile Profile(PartyCode state, IEnumerable<PartnershipFact> facts, Period period)
    {
        var ties = PartnerTie.Of(state, facts, period);
        var agreements = PartnerTie.CountAgreements(ties);
        double total = ties.Count;

        var partners = ties
            .GroupBy(t => t.Partner)
            .Select(g =>
            {
                var years = g.Where(t => t.Fact.Date is not null).Select(t => t.Fact.Date!.Value.Year).ToArray();
                return new PartnerCount(
                    g.Key,
                    blocs.BlocOf(g.Key, years.Length > 0 ? years.Max() : null),
                    g.Count(),
                    years.Length > 0 ? years.Min() : null,
                    years.Length > 0 ? years.Max() : null,
                    g.Count() / total);
            })
            .OrderByDescending(p => p.Agreements)
            .ThenBy(p => p.Partner)
            .ToArray();

        // Each tie is put in a bloc by its own year, so a partner that joined NATO midway counts on both sides.
        var tiesByBloc = ties
            .GroupBy(t => blocs.BlocOf(t.Partner, t.Fact.Date?.Year))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var blocShares = blocs.Blocs
            .Where(tiesByBloc.ContainsKey)
            .Select(b => new BlocShare(b, tiesByBloc[b], tiesByBloc[b] / total))
            .ToArray();

        return new PartnerProfile(
            state,
            period,
            agreements,
            partners,
            blocShares,
            Concentration.OfCounts(partners.Select(p => p.Agreements)));
    }
}
