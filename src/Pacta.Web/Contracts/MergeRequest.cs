namespace Pacta.Web.Contracts;

/// <summary>Body of merge: the agreement that is the same instrument and joins this one.</summary>
public sealed record MergeRequest(string Other, string? By = null);
