namespace Pacta.Web.Contracts;

/// <summary>A state's partnerships over all time: partners and bloc shares, overall concentration (null without a
/// partner), concentration by year and the partner-by-year counts of the timeline.</summary>
public sealed record CountryView(
    string Code,
    string? MapId,
    int Agreements,
    IReadOnlyList<PartnerView> Partners,
    IReadOnlyList<BlocView> Blocs,
    double? Hhi,
    double? EffectivePartners,
    IReadOnlyList<YearView> ByYear,
    IReadOnlyList<TimelinePoint> Timeline);
