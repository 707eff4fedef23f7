namespace Pacta.Web.Contracts;

/// <summary>One step of an agreement's life (signed, ratified…) with its date when known.</summary>
public sealed record StepView(string Status, string? Date);
