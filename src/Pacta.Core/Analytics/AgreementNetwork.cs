namespace Pacta.Core.Analytics;

/// <summary>
/// The undirected network of agreements: nodes in ordinal order of their codes, edges in ordinal order of their dyads.
/// Built by <see cref="AgreementNetworkBuilder"/>.
/// </summary>
public sealed record AgreementNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
