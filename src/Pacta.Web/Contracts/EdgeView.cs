namespace Pacta.Web.Contracts;

/// <summary>Two parties that signed agreements together, and how many.</summary>
public sealed record EdgeView(string Source, string Target, int Agreements);
