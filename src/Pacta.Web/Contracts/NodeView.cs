namespace Pacta.Web.Contracts;

/// <summary>A state or organisation of the agreement network with its degree and betweenness.</summary>
public sealed record NodeView(string Id, bool Organization, int Degree, int WeightedDegree, double Betweenness, double NormalizedBetweenness);
