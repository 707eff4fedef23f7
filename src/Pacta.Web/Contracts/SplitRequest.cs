namespace Pacta.Web.Contracts;

/// <summary>Body of split: the key of the mention (m-…) that becomes an agreement of its own.</summary>
public sealed record SplitRequest(string Mention, string? By = null);
