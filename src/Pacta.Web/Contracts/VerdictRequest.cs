namespace Pacta.Web.Contracts;

/// <summary>Body of confirm and reject: who decides (optional; "web" when left out).</summary>
public sealed record VerdictRequest(string? By = null);
