namespace Pacta.Web.Contracts;

/// <summary>One partner of a state: agreements, first and last year, share of the state's partner ties, bloc, and
/// the ISO numeric code the world map knows it by (null for organisations and codes without one).</summary>
public sealed record PartnerView(string Partner, string? MapId, string Bloc, int Agreements, int? FirstYear, int? LastYear, double Share);
