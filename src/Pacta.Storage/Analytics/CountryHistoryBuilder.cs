using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Storage.Analytics;

/// <summary>
/// Builds a <see cref="CountryHistory"/> from stored agreements (those the state is party to, or more): pure, so the
/// CLI and the web server give the same figures. Which agreements count is <see cref="StoredAgreementFacts.Counts"/>.
/// </summary>
public sealed class CountryHistoryBuilder(PartnerProfiler profiler)
{
    /// <summary>DCAD starts in 1980: the default first year of a history.</summary>
    public const int DefaultFirstYear = 1980;

    public CountryHistoryBuilder()
        : this(new PartnerProfiler())
    {
    }

    /// <param name="lastYear">The last year; null for the year of the state's latest dated agreement.</param>
    public CountryHistory Build(PartyCode state, IEnumerable<StoredAgreement> agreements, int firstYear = DefaultFirstYear, int? lastYear = null)
    {
        var mine = agreements
            .Where(a => a.Agreement.Parties.Contains(state) && StoredAgreementFacts.Counts(a.Agreement.Status))
            .ToList();
        var facts = mine.Select(StoredAgreementFacts.ToFact).ToList();
        var origins = mine.ToDictionary(a => a.Id, StoredAgreementFacts.EvidenceOrigins, StringComparer.Ordinal);
        var latest = facts.Where(f => f.Date is not null).Select(f => f.Date!.Value.Year).DefaultIfEmpty(firstYear).Max();
        var period = Period.Years(firstYear, Math.Max(firstYear, lastYear ?? latest));

        var years = new List<CountryYear>();
        for (var year = period.FirstYear; year <= period.LastYear; year++)
        {
            var inYear = facts.Where(f => f.Date?.Year == year).ToList();
            var profile = profiler.Profile(state, inYear, Period.Year(year));
            if (profile.Concentration is not { } concentration)
            {
                continue;
            }

            years.Add(new CountryYear(
                year,
                profile.Agreements,
                profile.Partners,
                concentration,
                inYear.SelectMany(f => origins[f.Id]).Distinct().Order().ToList()));
        }

        var inPeriod = facts.Where(f => period.Includes(f.Date)).ToList();
        return new CountryHistory(state, period, profiler.Profile(state, inPeriod, period), years, inPeriod);
    }
}
