using Pacta.Core.Analytics;

namespace Pacta.Storage.Analytics;

/// <summary>
/// One year of a state's history: its partners that year (with their agreement counts), the concentration of its
/// partner ties, and where the figures come from: the dataset, the news, or both (a joined record counts for both).
/// </summary>
public sealed record CountryYear(
    int Year,
    int Agreements,
    IReadOnlyList<PartnerCount> Partners,
    Concentration Concentration,
    IReadOnlyList<FactOrigin> Origins)
{
    /// <summary>"dataset", "news" or "both", as CLI, API and UI show it.</summary>
    public string Source => Origins.Count > 1 ? "both" : Origins[0] == FactOrigin.Dataset ? "dataset" : "news";
}
