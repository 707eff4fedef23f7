namespace Pacta.Core.Analytics;

/// <summary>
/// How concentrated a state's agreements are on few partners. <see cref="Hhi"/> is the Herfindahl–Hirschman index,
/// the sum of the squared partner shares (1: a single partner; 1/n: n equal partners); <see cref="EffectivePartners"/>
/// is its inverse, the number of equal partners that would give the same index.
/// </summary>
public readonly record struct Concentration(double Hhi, double EffectivePartners)
{
    /// <summary>The concentration of the given per-partner counts; null when they add up to nothing.</summary>
    public static Concentration? OfCounts(IEnumerable<int> countsPerPartner)
    {
        var counts = countsPerPartner.Where(c => c > 0).ToArray();
        double total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var hhi = counts.Sum(c => (c / total) * (c / total));
        return new Concentration(hhi, 1 / hhi);
    }
}
