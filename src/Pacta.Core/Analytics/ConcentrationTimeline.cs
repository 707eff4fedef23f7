using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// A state's concentration (<see cref="Concentration"/>) year by year: whether it spreads its partnerships or leans on
/// few partners. Undated facts are left out. With a window of w years, year y counts the facts of years y−w+1 to y,
/// which steadies the index for states that sign a handful of agreements a year.
/// </summary>
public sealed class ConcentrationTimeline
{
    /// <summary>
    /// One entry per year from the first to the last dated agreement of the state, leaving
    /// out years whose window holds no agreement, since the index is not defined there.
    /// </summary>
    public IReadOnlyList<YearConcentration> ByYear(PartyCode state, IEnumerable<PartnershipFact> facts, int windowYears = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowYears, 1);
        var ties = PartnerTie.Of(state, facts, Period.Years(1, 9999));
        if (ties.Count == 0)
        {
            return [];
        }

        var firstYear = ties.Min(t => t.Fact.Date!.Value.Year);
        var lastYear = ties.Max(t => t.Fact.Date!.Value.Year);
        var timeline = new List<YearConcentration>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var window = Period.Years(year - windowYears + 1, year);
            var inWindow = ties.Where(t => window.Includes(t.Fact.Date)).ToArray();
            var concentration = Concentration.OfCounts(inWindow.GroupBy(t => t.Partner).Select(g => g.Count()));
            if (concentration is null)
            {
                continue;
            }

            timeline.Add(new YearConcentration(
                year,
                PartnerTie.CountAgreements(inWindow),
                inWindow.Select(t => t.Partner).Distinct().Count(),
                concentration.Value,
                inWindow.Select(t => t.Fact.Origin).Distinct().Order().ToArray()));
        }

        return timeline;
    }
}
