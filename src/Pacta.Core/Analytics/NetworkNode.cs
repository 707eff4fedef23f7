using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// A state or organisation in the agreement network. <see cref="Degree"/> counts distinct partners;
/// <see cref="WeightedDegree"/> sums the agreements on its edges; <see cref="Betweenness"/> is the number of shortest
/// paths between other pairs of nodes that pass through it (each unordered pair once, paths by hops, edge weights
/// ignored), and <see cref="NormalizedBetweenness"/> divides it by the (n−1)(n−2)/2 pairs it could lie between.
/// </summary>
public sealed record NetworkNode(
    PartyCode Party,
    int Degree,
    int WeightedDegree,
    double Betweenness,
    double NormalizedBetweenness);
