namespace Pacta.Web.Contracts;

/// <summary>The undirected agreement network.</summary>
public sealed record NetworkView(IReadOnlyList<NodeView> Nodes, IReadOnlyList<EdgeView> Edges);
