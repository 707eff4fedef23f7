namespace Pacta.Core.Analytics;

/// <summary>
/// A state's concentration in one year (or in the window of years ending with it): the agreements and distinct partners
/// counted, the index, and which origins the figures rest on (news, dataset or both), so a joined history can show it.
/// </summary>
public sealed record YearConcentration(
    int Year,
    int Agreements,
    int Partners,
    Concentration Concentration,
    IReadOnlyList<FactOrigin> Origins);
