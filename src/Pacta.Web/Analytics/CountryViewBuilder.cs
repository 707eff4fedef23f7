using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Web.Contracts;

namespace Pacta.Web.Analytics;

/// <summary>Puts the Core analytics of one state (partner profile over all time, concentration by year, partner
/// ties by year) into the country view the UI draws.</summary>
public sealed class CountryViewBuilder(MapCodes mapCodes)
{
    private readonly PartnerProfiler _profiler = new();
    private readonly ConcentrationTimeline _timeline = new();

    public CountryView Build(PartyCode state, IReadOnlyList<PartnershipFact> facts, int windowYears)
    {
        var profile = _profiler.Profile(state, facts, Period.AllTime);
        var byYear = _timeline.ByYear(state, facts, windowYears);
        return new CountryView(
            state.Value,
            mapCodes.IdOf(state),
            profile.Agreements,
            profile.Partners.Select(p => new PartnerView(p.Partner.Value, mapCodes.IdOf(p.Partner), p.Bloc, p.Agreements, p.FirstYear, p.LastYear, p.Share)).ToArray(),
            profile.Blocs.Select(b => new BlocView(b.Bloc, b.Ties, b.Share)).ToArray(),
            profile.Concentration?.Hhi,
            profile.Concentration?.EffectivePartners,
            byYear.Select(y => new YearView(y.Year, y.Agreements, y.Partners, y.Concentration.Hhi, y.Concentration.EffectivePartners)).ToArray(),
            Timeline(state, facts));
    }

    /// <summary>One point per partner and year: how many dated agreements the state has with that partner then.</summary>
    private static TimelinePoint[] Timeline(PartyCode state, IEnumerable<PartnershipFact> facts) => facts
        .Where(f => f.Date is not null && f.Parties.Contains(state))
        .SelectMany(f => f.Parties.Where(p => p != state).Distinct().Select(p => (Partner: p.Value, f.Date!.Value.Year)))
        .GroupBy(t => t)
        .Select(g => new TimelinePoint(g.Key.Partner, g.Key.Year, g.Count()))
        .OrderBy(p => p.Partner, StringComparer.Ordinal)
        .ThenBy(p => p.Year)
        .ToArray();
}
