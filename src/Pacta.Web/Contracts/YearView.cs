namespace Pacta.Web.Contracts;

/// <summary>A state's concentration in one year: agreements, distinct partners, HHI and effective partners.</summary>
public sealed record YearView(int Year, int Agreements, int Partners, double Hhi, double EffectivePartners);
