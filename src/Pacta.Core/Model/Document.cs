namespace Pacta.Core.Model;

/// <summary>
/// One article as read from a source: its text and what is known about it. <see cref="Published"/> is the date
/// relative expressions are resolved against; null when neither the text nor its source gives one.
/// </summary>
public sealed record Document(
    string Id,
    string Source,
    string Text,
    string? Title = null,
    string? Byline = null,
    DateOnly? Published = null,
    string? Language = null);
