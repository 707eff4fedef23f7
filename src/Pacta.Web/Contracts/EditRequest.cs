namespace Pacta.Web.Contracts;

/// <summary>Body of edit: the field (status, date, kind, domain or place), its new value (empty clears date or
/// place) and who decides.</summary>
public sealed record EditRequest(string Field, string? Value, string? By = null);
