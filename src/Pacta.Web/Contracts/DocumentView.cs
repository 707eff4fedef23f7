namespace Pacta.Web.Contracts;

/// <summary>A stored document as ingested. Its text is untrusted input: clients must show it as text, never as
/// HTML.</summary>
public sealed record DocumentView(string Id, string Source, string? Title, string? Byline, string? Published, string? Language, string Text);
