namespace Pacta.Core.Analytics;

/// <summary>An edge of the agreement network: a dyad and the number of agreements that both its parties are party to.</summary>
public sealed record NetworkEdge(Dyad Dyad, int Agreements);
